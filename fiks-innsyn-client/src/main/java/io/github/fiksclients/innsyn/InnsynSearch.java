package io.github.fiksclients.innsyn;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * The query parameters of an Innsyn search: the terms, which page of hits, the message versions the caller can
 * show, and optionally the organisation searched for and the order.
 *
 * <p>Every parameter is optional; Innsyn's defaults apply to those left out. A search that has no such parameter
 * refuses one that is set (for example the multi search has no {@code fra}), rather than ignoring it. Instances are
 * immutable.
 *
 * <pre>{@code
 * InnsynSearch search = InnsynSearch.builder().term("byggesak").antall(20).sortering(Sortering.DATO_DESC).build();
 * }</pre>
 */
public final class InnsynSearch {

    private final String term;
    private final Integer fra;
    private final Integer antall;
    private final List<MeldingVersjon> akseptertMeldingVersjon;
    private final String onBehalfOf;
    private final Sortering sortering;

    private InnsynSearch(Builder builder) {
        this.term = builder.term;
        this.fra = builder.fra;
        this.antall = builder.antall;
        this.akseptertMeldingVersjon = List.copyOf(builder.akseptertMeldingVersjon);
        this.onBehalfOf = builder.onBehalfOf;
        this.sortering = builder.sortering;
    }

    /**
     * A search for terms with Innsyn's defaults for everything else.
     *
     * @param term the search terms
     * @return the search
     */
    public static InnsynSearch of(String term) {
        return builder().term(term).build();
    }

    /**
     * Starts a search with no parameter set.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * The search terms.
     *
     * @return the terms, or empty to match everything
     */
    public Optional<String> term() {
        return Optional.ofNullable(term);
    }

    /**
     * The position of the first hit to return, from 0.
     *
     * @return the position, or empty for Innsyn's default (0)
     */
    public OptionalInt fra() {
        return fra == null ? OptionalInt.empty() : OptionalInt.of(fra);
    }

    /**
     * The most hits to return.
     *
     * @return the number, or empty for Innsyn's default
     */
    public OptionalInt antall() {
        return antall == null ? OptionalInt.empty() : OptionalInt.of(antall);
    }

    /**
     * The message versions the caller can show, in the order given; a hit stored in a newer version comes back in
     * the highest one listed.
     *
     * @return the versions, empty to let Innsyn choose
     */
    public List<MeldingVersjon> akseptertMeldingVersjon() {
        return akseptertMeldingVersjon;
    }

    /**
     * The organisation searched for, which the citizen must be entitled to act for.
     *
     * @return its organisasjonsnummer, or empty to search for the citizen
     */
    public Optional<String> onBehalfOf() {
        return Optional.ofNullable(onBehalfOf);
    }

    /**
     * The order of the hits.
     *
     * @return the order, or empty for relevance
     */
    public Optional<Sortering> sortering() {
        return Optional.ofNullable(sortering);
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof InnsynSearch that
                && Objects.equals(term, that.term)
                && Objects.equals(fra, that.fra)
                && Objects.equals(antall, that.antall)
                && akseptertMeldingVersjon.equals(that.akseptertMeldingVersjon)
                && Objects.equals(onBehalfOf, that.onBehalfOf)
                && sortering == that.sortering;
    }

    @Override
    public int hashCode() {
        return Objects.hash(term, fra, antall, akseptertMeldingVersjon, onBehalfOf, sortering);
    }

    @Override
    public String toString() {
        return "InnsynSearch{term=" + term + ", fra=" + fra + ", antall=" + antall + ", akseptertMeldingVersjon="
                + akseptertMeldingVersjon + ", onBehalfOf=" + onBehalfOf + ", sortering=" + sortering + "}";
    }

    /** Collects the parameters of an {@link InnsynSearch}. */
    public static final class Builder {
        private String term;
        private Integer fra;
        private Integer antall;
        private final Set<MeldingVersjon> akseptertMeldingVersjon = new LinkedHashSet<>();
        private String onBehalfOf;
        private Sortering sortering;

        private Builder() {
        }

        /**
         * Sets the search terms.
         *
         * @param term the terms, or {@code null} to match everything
         * @return this builder
         */
        public Builder term(String term) {
            this.term = term;
            return this;
        }

        /**
         * Sets the position of the first hit to return.
         *
         * @param fra zero or more
         * @return this builder
         * @throws IllegalArgumentException if negative
         */
        public Builder fra(int fra) {
            if (fra < 0) {
                throw new IllegalArgumentException("fra must not be negative, was " + fra);
            }
            this.fra = fra;
            return this;
        }

        /**
         * Sets the most hits to return.
         *
         * @param antall one or more
         * @return this builder
         * @throws IllegalArgumentException if less than one
         */
        public Builder antall(int antall) {
            if (antall < 1) {
                throw new IllegalArgumentException("antall must be at least 1, was " + antall);
            }
            this.antall = antall;
            return this;
        }

        /**
         * Adds message versions the caller can show.
         *
         * @param versjoner the versions, such as {@link MeldingVersjon#FORSENDELSE_V2}
         * @return this builder
         */
        public Builder akseptertMeldingVersjon(MeldingVersjon... versjoner) {
            return akseptertMeldingVersjon(List.of(versjoner));
        }

        /**
         * Adds message versions the caller can show.
         *
         * @param versjoner the versions
         * @return this builder
         */
        public Builder akseptertMeldingVersjon(Collection<MeldingVersjon> versjoner) {
            versjoner.forEach(versjon -> akseptertMeldingVersjon.add(Objects.requireNonNull(versjon, "versjon")));
            return this;
        }

        /**
         * Searches for an organisation the citizen may act for, instead of for the citizen.
         *
         * @param organisasjonsnummer the organisation's number, 9 digits
         * @return this builder
         * @throws IllegalArgumentException if it is not 9 digits
         */
        public Builder onBehalfOf(String organisasjonsnummer) {
            Objects.requireNonNull(organisasjonsnummer, "organisasjonsnummer");
            this.onBehalfOf = EksponertFor.organisasjonsnummer(organisasjonsnummer).verdi();
            return this;
        }

        /**
         * Sets the order of the hits.
         *
         * @param sortering the order
         * @return this builder
         */
        public Builder sortering(Sortering sortering) {
            this.sortering = Objects.requireNonNull(sortering, "sortering");
            return this;
        }

        /**
         * Creates the search.
         *
         * @return the search
         */
        public InnsynSearch build() {
            return new InnsynSearch(this);
        }
    }
}
