/**
 * Turns a downloaded forsendelse into verified files on disk, as a stream and in constant memory.
 *
 * <p>{@link io.github.fiksclients.svarinn.receive.EnvelopeDecryptor} decrypts the CMS envelope with the
 * receiving system's private key; {@link io.github.fiksclients.svarinn.receive.ForsendelseExtractor} unpacks
 * the ZIP archive inside, checks every file against the metadata
 * ({@link io.github.fiksclients.svarinn.receive.ExpectedFile}) and moves the files to their own directory in
 * one step, or leaves nothing behind. Every failure is a
 * {@link io.github.fiksclients.svarinn.receive.ForsendelseReceiveException}; acknowledge a forsendelse only
 * after the files it returned have been imported.
 */
package io.github.fiksclients.svarinn.receive;
