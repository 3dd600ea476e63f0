/**
 * Client for SvarInn, the Fiks service through which archive systems receive forsendelser.
 *
 * <p>Every exception thrown here extends {@link io.github.fiksclients.svarinn.SvarInnException}. The
 * sub-package {@code receive} turns a downloaded, encrypted forsendelse into verified files on disk.
 */
package io.github.fiksclients.svarinn;
