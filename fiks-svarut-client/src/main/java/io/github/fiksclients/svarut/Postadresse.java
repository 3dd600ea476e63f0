package io.github.fiksclients.svarut;

import java.util.Objects;
import java.util.Optional;

/**
 * A postal address, for a forsendelse that may be printed and sent by post. Every field is optional: SvarUt can
 * often find a recipient's address itself, and a digital-only forsendelse needs none.
 */
public final class Postadresse {

    private final String adresselinje1;
    private final String adresselinje2;
    private final String adresselinje3;
    private final String postnummer;
    private final String poststed;
    private final String land;

    private Postadresse(Builder builder) {
        this.adresselinje1 = builder.adresselinje1;
        this.adresselinje2 = builder.adresselinje2;
        this.adresselinje3 = builder.adresselinje3;
        this.postnummer = builder.postnummer;
        this.poststed = builder.poststed;
        this.land = builder.land;
    }

    /**
     * A Norwegian address with one street line.
     *
     * @param adresselinje1 the street address
     * @param postnummer the postal code
     * @param poststed the postal town
     * @return the address
     */
    public static Postadresse norsk(String adresselinje1, String postnummer, String poststed) {
        return builder().adresselinje1(adresselinje1).postnummer(postnummer).poststed(poststed).build();
    }

    /**
     * Starts an address with any of its fields.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the first street line, if set */
    public Optional<String> adresselinje1() {
        return Optional.ofNullable(adresselinje1);
    }

    /** @return the second street line, if set */
    public Optional<String> adresselinje2() {
        return Optional.ofNullable(adresselinje2);
    }

    /** @return the third street line, if set */
    public Optional<String> adresselinje3() {
        return Optional.ofNullable(adresselinje3);
    }

    /** @return the postal code, if set */
    public Optional<String> postnummer() {
        return Optional.ofNullable(postnummer);
    }

    /** @return the postal town, if set */
    public Optional<String> poststed() {
        return Optional.ofNullable(poststed);
    }

    /** @return the country, if set (left out for Norway) */
    public Optional<String> land() {
        return Optional.ofNullable(land);
    }

    @Override
    public String toString() {
        return "Postadresse{postnummer=" + postnummer + ", poststed=" + poststed + ", land=" + land + "}";
    }

    /** Collects the fields of a {@link Postadresse}; all are optional. */
    public static final class Builder {
        private String adresselinje1;
        private String adresselinje2;
        private String adresselinje3;
        private String postnummer;
        private String poststed;
        private String land;

        private Builder() {
        }

        /**
         * @param value the first street line
         * @return this builder
         */
        public Builder adresselinje1(String value) {
            this.adresselinje1 = Objects.requireNonNull(value, "adresselinje1");
            return this;
        }

        /**
         * @param value the second street line
         * @return this builder
         */
        public Builder adresselinje2(String value) {
            this.adresselinje2 = Objects.requireNonNull(value, "adresselinje2");
            return this;
        }

        /**
         * @param value the third street line
         * @return this builder
         */
        public Builder adresselinje3(String value) {
            this.adresselinje3 = Objects.requireNonNull(value, "adresselinje3");
            return this;
        }

        /**
         * @param value the postal code
         * @return this builder
         */
        public Builder postnummer(String value) {
            this.postnummer = Objects.requireNonNull(value, "postnummer");
            return this;
        }

        /**
         * @param value the postal town
         * @return this builder
         */
        public Builder poststed(String value) {
            this.poststed = Objects.requireNonNull(value, "poststed");
            return this;
        }

        /**
         * @param value the country; leave it out for an address in Norway
         * @return this builder
         */
        public Builder land(String value) {
            this.land = Objects.requireNonNull(value, "land");
            return this;
        }

        /**
         * Creates the address.
         *
         * @return the address
         */
        public Postadresse build() {
            return new Postadresse(this);
        }
    }
}
