package io.github.fiksclients.testkit;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Predicate;
import java.util.regex.Pattern;

/**
 * The simulated Fiks Innsyn: an in-memory index of meldinger, the integrasjoner allowed to use it, and the
 * person tokens for search and lookup. Get it from {@link FiksSimulator#innsyn()}.
 *
 * <p>Credentials: index and delete need {@code Authorization: Bearer} with a Maskinporten access token from the
 * simulator; search and lookup need a {@link #personToken(String) person token}. Both also need the
 * {@code IntegrasjonId} and {@code IntegrasjonPassord} headers of a registered integrasjon. A missing or invalid
 * token or missing integrasjon headers give 401; a valid token with an unknown integrasjon or a wrong
 * IntegrasjonPassord gives 403.
 *
 * <p>Index requests are checked as Innsyn checks them, before anything is written: a request with an invalid melding
 * (a required field missing or malformed, a {@code versjon} Innsyn does not know, metadata that does not match its
 * versjon's model) is refused whole with a 400 whose message names the first invalid melding and whose
 * {@code errorJson.feil} lists every invalid one (melding, meldingId, felt, feilmelding); more than 5000 meldinger is
 * a 422.
 *
 * <p>Search and lookup show a person only meldinger whose {@code eksponertFor} is {@code FODSELSNUMMER} with the
 * token's {@code pid}, whose {@code tilgjengeligTil} has not passed, and whose {@code sikkerhetsniva} is at most
 * the token's level (others are only counted, as {@code treffMedHoyereInnloggingsniva}). A {@code term} matches
 * case-insensitively as a substring of any value in the metadata JSON. Hits come in the order the meldinger were
 * first indexed; a hit's {@code dokumentId} is its meldingId, its {@code sorteringDato} when it was last indexed,
 * and its {@code korrelasjonId} and {@code forelder} are the metadata's own top-level properties of those names.
 */
public final class InnsynSimulator {

    private static final Pattern FODSELSNUMMER = Pattern.compile("\\d{11}");

    private final Map<UUID, IndexedMelding> meldinger = new LinkedHashMap<>();
    private final Set<String> withoutConsent = ConcurrentHashMap.newKeySet();
    private final FiksAuthorization authorization;
    private final TokenService tokens;

    InnsynSimulator(FiksAuthorization authorization, TokenService tokens) {
        this.authorization = authorization;
        this.tokens = tokens;
    }

    /**
     * Registers a Fiks integrasjon, or replaces the password of one already registered.
     *
     * @param integrasjonId the id sent in the {@code IntegrasjonId} header
     * @param integrasjonPassord the password sent in the {@code IntegrasjonPassord} header
     */
    public void registerIntegrasjon(UUID integrasjonId, String integrasjonPassord) {
        authorization.registerIntegrasjon(integrasjonId, integrasjonPassord);
    }

    /**
     * Issues an ID-porten-like access token for a person at the highest login level (4), for the search and
     * lookup APIs in the integration-person mode.
     *
     * @param fodselsnummer the person's 11-digit fødselsnummer, the token's {@code pid}
     * @return a JWT signed by the simulator, valid for one hour
     */
    public String personToken(String fodselsnummer) {
        return personToken(fodselsnummer, 4);
    }

    /**
     * Issues an ID-porten-like access token for a person at a given login level.
     *
     * @param fodselsnummer the person's 11-digit fødselsnummer, the token's {@code pid}
     * @param sikkerhetsniva 3 ({@code acr} {@code idporten-loa-substantial}) or 4 ({@code idporten-loa-high})
     * @return a JWT signed by the simulator, valid for one hour
     */
    public String personToken(String fodselsnummer, int sikkerhetsniva) {
        requireFodselsnummer(fodselsnummer);
        if (sikkerhetsniva != 3 && sikkerhetsniva != 4) {
            throw new IllegalArgumentException("sikkerhetsniva must be 3 or 4: " + sikkerhetsniva);
        }
        return tokens.personToken(fodselsnummer, sikkerhetsniva);
    }

    /**
     * Makes a person one who has not consented to Fiks Innsyn: meldinger exposed to this fødselsnummer are then
     * not indexed, and the index response counts them in {@code manglerSamtykke}.
     *
     * @param fodselsnummer the person's 11-digit fødselsnummer
     */
    public void withoutConsent(String fodselsnummer) {
        requireFodselsnummer(fodselsnummer);
        withoutConsent.add(fodselsnummer);
    }

    /**
     * Lists every indexed melding, in the order they were first indexed.
     *
     * @return a snapshot of the index
     */
    public List<IndexedMelding> indexed() {
        synchronized (meldinger) {
            return List.copyOf(meldinger.values());
        }
    }

    /**
     * Looks up one indexed melding.
     *
     * @param meldingId the melding's id
     * @return the melding, or empty if it is not (or no longer) indexed
     */
    public Optional<IndexedMelding> melding(UUID meldingId) {
        synchronized (meldinger) {
            return Optional.ofNullable(meldinger.get(meldingId));
        }
    }

    FiksAuthorization authorization() {
        return authorization;
    }

    /** Writes valid meldinger, except those exposed to a person without consent. */
    IndexOutcome index(List<IndexedMelding> valid) {
        IndexOutcome outcome = new IndexOutcome();
        synchronized (meldinger) {
            for (IndexedMelding melding : valid) {
                if ("FODSELSNUMMER".equals(melding.eksponertForType())
                        && withoutConsent.contains(melding.eksponertForVerdi())) {
                    outcome.utenSamtykke.add(melding.meldingId());
                } else if (meldinger.put(melding.meldingId(), melding) == null) {
                    outcome.opprettet++;
                } else {
                    outcome.oppdatert++;
                }
            }
        }
        return outcome;
    }

    long delete(Predicate<IndexedMelding> which) {
        long deleted = 0;
        synchronized (meldinger) {
            for (Iterator<IndexedMelding> it = meldinger.values().iterator(); it.hasNext(); ) {
                if (which.test(it.next())) {
                    it.remove();
                    deleted++;
                }
            }
        }
        return deleted;
    }

    private static void requireFodselsnummer(String fodselsnummer) {
        Objects.requireNonNull(fodselsnummer, "fodselsnummer");
        if (!FODSELSNUMMER.matcher(fodselsnummer).matches()) {
            throw new IllegalArgumentException("A fødselsnummer has 11 digits");
        }
    }

    /** What one index request did. */
    static final class IndexOutcome {
        int opprettet;
        int oppdatert;
        final List<UUID> utenSamtykke = new ArrayList<>();
    }
}
