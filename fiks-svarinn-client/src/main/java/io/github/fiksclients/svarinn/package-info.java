/**
 * Client for SvarInn, the Fiks service through which archive systems receive forsendelser.
 *
 * <p>{@link io.github.fiksclients.svarinn.SvarInnClient} lists new forsendelser, downloads, decrypts and verifies
 * them onto disk, and acknowledges them only once the caller's
 * {@link io.github.fiksclients.svarinn.ForsendelseHandler} has handled them (at-least-once delivery). Every exception
 * thrown here extends {@link io.github.fiksclients.errors.FiksException}, and those about SvarInn itself extend
 * {@link io.github.fiksclients.svarinn.SvarInnException}. The sub-package {@code receive} turns a downloaded,
 * encrypted forsendelse into verified files on disk; the generated APIs are in {@code v1}, {@code v2} and
 * {@code svarinn2.v1}.
 */
package io.github.fiksclients.svarinn;
