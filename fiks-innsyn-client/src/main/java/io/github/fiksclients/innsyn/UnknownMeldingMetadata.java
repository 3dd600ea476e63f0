package io.github.fiksclients.innsyn;

import java.util.Optional;

/**
 * The metadata of a search hit or lookup of a kind this library does not know, such as a {@code versjon} Innsyn added
 * after it was built: kept as Innsyn sent it instead of being lost or failing the page.
 *
 * <p>Such a hit is still an instance of its API's base type ({@code LegacySokHit}, {@code PostSokHit},
 * {@code OppslagMetadata}), whose {@code getVersjon()} is {@code UNKNOWN_DEFAULT_OPEN_API}; it also implements this
 * interface. Read its JSON with any JSON library, or upgrade the library for a typed model.
 *
 * <pre>{@code
 * if (hit.getMeldingMetadata() instanceof UnknownMeldingMetadata unknown) {
 *     log.info("A {} hit this version cannot show: {}", unknown.versjon().orElse("(no versjon)"), unknown.json());
 * }
 * }</pre>
 */
public interface UnknownMeldingMetadata {

    /**
     * The {@code versjon} Innsyn sent, exactly as it was spelled.
     *
     * @return the versjon, or empty if the metadata had none or it was not a string
     */
    Optional<String> versjon();

    /**
     * The whole metadata object as Innsyn sent it, including {@code versjon}.
     *
     * @return a JSON object, as compact text
     */
    String json();
}
