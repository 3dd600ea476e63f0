package io.github.fiksclients.docs.context;

import java.time.Instant;
import java.util.UUID;

/**
 * A decision from the caller's own case system, as the Innsyn snippets index it.
 *
 * @param id the melding's id
 * @param fodselsnummer the citizen it is about
 * @param tittel its title
 * @param sendt when it was sent
 * @param lenke where its document can be downloaded
 */
public record Vedtak(UUID id, String fodselsnummer, String tittel, Instant sendt, String lenke) {
}
