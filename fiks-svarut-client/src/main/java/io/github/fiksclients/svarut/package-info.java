/**
 * Sending through SvarUt: {@link io.github.fiksclients.svarut.SvarUtClient} sends a
 * {@link io.github.fiksclients.svarut.Forsendelse} (streamed, optionally CMS-encrypted, checked first, never created
 * twice) and follows it up. The generated APIs of SvarUt's nine specs live in the sub-packages, one per spec.
 */
package io.github.fiksclients.svarut;
