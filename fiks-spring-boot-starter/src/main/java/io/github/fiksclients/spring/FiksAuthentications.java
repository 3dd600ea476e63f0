package io.github.fiksclients.spring;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.AuthenticationMode;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.PersonTokenSupplier;
import io.github.fiksclients.auth.Secret;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.beans.factory.ObjectProvider;

/**
 * Makes the authentications the properties and beans allow: integrasjon (the integration's id and password with the
 * {@link AccessTokenProvider} bean), basic (SvarInn's receiving system, for SvarInn only) and integrasjon-person (the
 * integration with a {@link PersonTokenSupplier} bean).
 */
final class FiksAuthentications {

    /** Which mode a service's client authenticates with when it could use several. */
    static final List<AuthenticationMode> PREFERENCE = List.of(AuthenticationMode.BASIC,
            AuthenticationMode.INTEGRASJON, AuthenticationMode.INTEGRASJON_PERSON);

    /** The service whose APIs authenticate with HTTP Basic as the receiving system. */
    static final String SVARINN = "svarinn";

    private final FiksProperties properties;
    private final ObjectProvider<AccessTokenProvider> tokens;
    private final ObjectProvider<PersonTokenSupplier> personTokens;

    FiksAuthentications(FiksProperties properties, ObjectProvider<AccessTokenProvider> tokens,
            ObjectProvider<PersonTokenSupplier> personTokens) {
        this.properties = properties;
        this.tokens = tokens;
        this.personTokens = personTokens;
    }

    /**
     * The modes the settings allow for a service.
     *
     * @param properties the properties
     * @param service the manifest's id of the service
     * @param hasTokens whether an {@link AccessTokenProvider} bean exists
     * @param hasPersonTokens whether a {@link PersonTokenSupplier} bean exists
     * @return the modes
     */
    static Set<AuthenticationMode> available(FiksProperties properties, String service, boolean hasTokens,
            boolean hasPersonTokens) {
        Set<AuthenticationMode> modes = EnumSet.noneOf(AuthenticationMode.class);
        boolean integrasjon = hasText(properties.getIntegrasjon().getId())
                && hasText(properties.getIntegrasjon().getPassword());
        if (integrasjon && hasTokens) {
            modes.add(AuthenticationMode.INTEGRASJON);
        }
        if (integrasjon && hasPersonTokens) {
            modes.add(AuthenticationMode.INTEGRASJON_PERSON);
        }
        FiksProperties.Mottakersystem mottakersystem = properties.getSvarinn().getMottakersystem();
        if (SVARINN.equals(service) && hasText(mottakersystem.getId()) && hasText(mottakersystem.getPassword())) {
            modes.add(AuthenticationMode.BASIC);
        }
        return modes;
    }

    /**
     * The authentication a client of a service uses for APIs that accept some modes: the first of
     * {@link #PREFERENCE} that they accept and the settings allow.
     *
     * @param service the manifest's id of the service
     * @param accepted the modes accepted
     * @return the authentication, or empty if none can be made
     */
    Optional<FiksAuthentication> forModes(String service, Set<AuthenticationMode> accepted) {
        Set<AuthenticationMode> available = available(properties, service, tokens.getIfAvailable() != null,
                personTokens.getIfAvailable() != null);
        return PREFERENCE.stream()
                .filter(accepted::contains)
                .filter(available::contains)
                .findFirst()
                .map(mode -> make(mode));
    }

    private FiksAuthentication make(AuthenticationMode mode) {
        FiksProperties.Integrasjon integrasjon = properties.getIntegrasjon();
        return switch (mode) {
            case INTEGRASJON -> FiksAuthentication.integrasjon(integrasjon.getId(),
                    Secret.of(integrasjon.getPassword()), tokens.getObject());
            case INTEGRASJON_PERSON -> FiksAuthentication.person(integrasjon.getId(),
                    Secret.of(integrasjon.getPassword()), personTokens.getObject());
            case BASIC -> FiksAuthentication.basic(properties.getSvarinn().getMottakersystem().getId(),
                    Secret.of(properties.getSvarinn().getMottakersystem().getPassword()));
        };
    }

    /**
     * Says what to configure so that one of some modes can be used.
     *
     * @param service the manifest's id of the service
     * @param accepted the modes accepted
     * @return a sentence naming the properties and beans
     */
    static String whatToConfigure(String service, Set<AuthenticationMode> accepted) {
        return PREFERENCE.stream().filter(accepted::contains).map(mode -> switch (mode) {
            case INTEGRASJON -> "fiks.integrasjon.id and fiks.integrasjon.password with Maskinporten "
                    + "(fiks.maskinporten.*, a Maskinportenklient bean or an AccessTokenProvider bean)";
            case INTEGRASJON_PERSON -> "fiks.integrasjon.id and fiks.integrasjon.password with a "
                    + "PersonTokenSupplier bean";
            case BASIC -> SVARINN.equals(service)
                    ? "fiks.svarinn.mottakersystem.id and fiks.svarinn.mottakersystem.password"
                    : "HTTP Basic credentials (not configurable by properties for " + service + ")";
        }).collect(Collectors.joining("; or "));
    }

    static boolean hasText(String value) {
        return value != null && !value.isBlank();
    }
}
