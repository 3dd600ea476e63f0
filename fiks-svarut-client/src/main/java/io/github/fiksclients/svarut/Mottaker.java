package io.github.fiksclients.svarut;

import java.util.Objects;
import java.util.Optional;

/**
 * Who a forsendelse is for: an organisation by its organisation number or a person by fødselsnummer, with an optional
 * name and postal address for print. Also used for {@code svarSendesTil}, where answers should go.
 *
 * <pre>{@code
 * Mottaker kommune = Mottaker.organisasjon("999888777").navn("Eksempel kommune");
 * Mottaker innbygger = Mottaker.person("01017012345").navn("Kari Nordmann")
 *         .postadresse(Postadresse.norsk("Storgata 1", "0155", "Oslo"));
 * }</pre>
 *
 * <p>The number is checked when the forsendelse is sent: 9 digits for an organisation, 11 for a person. Instances
 * are immutable; {@link #navn} and {@link #postadresse} return changed copies.
 */
public final class Mottaker {

    /** The kind of recipient, which fixes the form of its {@link #digitalId()}. */
    public enum Type {
        /** An organisation, by its 9-digit organisation number. */
        ORGANISASJON,
        /** A person, by the 11-digit fødselsnummer (or d-nummer). */
        PERSON
    }

    private final Type type;
    private final String digitalId;
    private final String navn;
    private final Postadresse postadresse;

    private Mottaker(Type type, String digitalId, String navn, Postadresse postadresse) {
        this.type = type;
        this.digitalId = digitalId;
        this.navn = navn;
        this.postadresse = postadresse;
    }

    /**
     * An organisation.
     *
     * @param organisasjonsnummer its 9-digit organisation number
     * @return the recipient, without name or address
     */
    public static Mottaker organisasjon(String organisasjonsnummer) {
        return new Mottaker(Type.ORGANISASJON, Objects.requireNonNull(organisasjonsnummer, "organisasjonsnummer"),
                null, null);
    }

    /**
     * A person.
     *
     * @param fodselsnummer the person's 11-digit fødselsnummer or d-nummer
     * @return the recipient, without name or address
     */
    public static Mottaker person(String fodselsnummer) {
        return new Mottaker(Type.PERSON, Objects.requireNonNull(fodselsnummer, "fodselsnummer"), null, null);
    }

    /**
     * Returns a copy with a name, as printed on the envelope and shown in SvarUt.
     *
     * @param navn the name
     * @return the changed copy
     */
    public Mottaker navn(String navn) {
        return new Mottaker(type, digitalId, Objects.requireNonNull(navn, "navn"), postadresse);
    }

    /**
     * Returns a copy with a postal address, for print.
     *
     * @param postadresse the address
     * @return the changed copy
     */
    public Mottaker postadresse(Postadresse postadresse) {
        return new Mottaker(type, digitalId, navn, Objects.requireNonNull(postadresse, "postadresse"));
    }

    /** @return organisation or person */
    public Type type() {
        return type;
    }

    /** @return the organisation number or fødselsnummer, as given */
    public String digitalId() {
        return digitalId;
    }

    /** @return the name, if set */
    public Optional<String> navn() {
        return Optional.ofNullable(navn);
    }

    /** @return the postal address, if set */
    public Optional<Postadresse> postadresse() {
        return Optional.ofNullable(postadresse);
    }

    /** Shows the kind of recipient only: a fødselsnummer is personal data and stays out of logs. */
    @Override
    public String toString() {
        return "Mottaker{" + type + (type == Type.ORGANISASJON ? " " + digitalId : "") + "}";
    }
}
