package io.github.fiksclients.svarut;

import io.github.fiksclients.svarut.send.v2.model.Adresse;
import io.github.fiksclients.svarut.send.v2.model.NoarkMetadataForImport;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

/**
 * A forsendelse to send through SvarUt: its recipient, title, documents and delivery options, as
 * {@link SvarUtClient#send} sends them.
 *
 * <pre>{@code
 * Forsendelse forsendelse = Forsendelse.builder()
 *         .tittel("Vedtak i sak 2025/42")
 *         .mottaker(Mottaker.organisasjon("999888777").navn("Eksempel kommune"))
 *         .dokument(Dokument.fromFile(Path.of("vedtak.pdf")))
 *         .eksternReferanse("sak-2025-42-vedtak")
 *         .avgivendeSystem("Mitt arkiv")
 *         .build();
 * }</pre>
 *
 * <p>{@link Builder#build()} checks only that the title, recipient and at least one document are set; everything
 * else (number formats, lengths, duplicate file names, readable and non-empty documents, the limits of print and of
 * Norsk Helsenett) is checked by {@link SvarUtClient#send} before anything is sent, and reported all at once in an
 * {@link InvalidForsendelseException}. Instances are immutable.
 */
public final class Forsendelse {

    private final String tittel;
    private final Mottaker mottaker;
    private final List<Dokument> dokumenter;
    private final String avgivendeSystem;
    private final String eksternReferanse;
    private final boolean kunDigitalLevering;
    private final boolean krevNiva4Innlogging;
    private final boolean kryptert;
    private final String forsendelsestype;
    private final Mottaker svarSendesTil;
    private final NoarkMetadataForImport metadataForImport;
    private final UUID svarPaForsendelse;
    private final String korrelasjonsid;
    private final boolean tilHelsenett;
    private final Consumer<io.github.fiksclients.svarut.send.v2.model.Forsendelse> customization;

    private Forsendelse(Builder builder) {
        this.tittel = builder.tittel;
        this.mottaker = builder.mottaker;
        this.dokumenter = List.copyOf(builder.dokumenter);
        this.avgivendeSystem = builder.avgivendeSystem;
        this.eksternReferanse = builder.eksternReferanse;
        this.kunDigitalLevering = builder.kunDigitalLevering;
        this.krevNiva4Innlogging = builder.krevNiva4Innlogging;
        this.kryptert = builder.kryptert;
        this.forsendelsestype = builder.forsendelsestype;
        this.svarSendesTil = builder.svarSendesTil;
        this.metadataForImport = builder.metadataForImport;
        this.svarPaForsendelse = builder.svarPaForsendelse;
        this.korrelasjonsid = builder.korrelasjonsid;
        this.tilHelsenett = builder.tilHelsenett;
        this.customization = builder.customization;
    }

    /**
     * Starts a forsendelse.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /** @return the title */
    public String tittel() {
        return tittel;
    }

    /** @return the recipient */
    public Mottaker mottaker() {
        return mottaker;
    }

    /** @return the documents, in the order they are sent and printed */
    public List<Dokument> dokumenter() {
        return dokumenter;
    }

    /** @return the name of the sending system, if set */
    public Optional<String> avgivendeSystem() {
        return Optional.ofNullable(avgivendeSystem);
    }

    /** @return the sender's own reference, which makes an uncertain send resolvable, if set */
    public Optional<String> eksternReferanse() {
        return Optional.ofNullable(eksternReferanse);
    }

    /** @return whether the forsendelse must never be printed */
    public boolean kunDigitalLevering() {
        return kunDigitalLevering;
    }

    /** @return whether the recipient must log in at level 4 */
    public boolean krevNiva4Innlogging() {
        return krevNiva4Innlogging;
    }

    /** @return whether the documents are sent CMS-encrypted to SvarUt's certificate */
    public boolean kryptert() {
        return kryptert;
    }

    /** @return the forsendelsestype, if set */
    public Optional<String> forsendelsestype() {
        return Optional.ofNullable(forsendelsestype);
    }

    /** @return where answers should go, if set */
    public Optional<Mottaker> svarSendesTil() {
        return Optional.ofNullable(svarSendesTil);
    }

    /** @return the Noark metadata for the receiver's import, if set */
    public Optional<NoarkMetadataForImport> metadataForImport() {
        return Optional.ofNullable(metadataForImport);
    }

    /** @return whether the limits of Norsk Helsenett are checked */
    public boolean tilHelsenett() {
        return tilHelsenett;
    }

    /**
     * The metadata as SvarUt's send API takes it: the JSON of the {@code forsendelse} part.
     *
     * @return a new generated model object
     */
    io.github.fiksclients.svarut.send.v2.model.Forsendelse toMetadata() {
        io.github.fiksclients.svarut.send.v2.model.Forsendelse metadata =
                new io.github.fiksclients.svarut.send.v2.model.Forsendelse()
                        .tittel(tittel)
                        .mottaker(adresse(mottaker))
                        .avgivendeSystem(avgivendeSystem)
                        .eksternReferanse(eksternReferanse)
                        .kunDigitalLevering(kunDigitalLevering)
                        .krevNiva4Innlogging(krevNiva4Innlogging)
                        .kryptert(kryptert)
                        .forsendelsestype(forsendelsestype)
                        .svarSendesTil(svarSendesTil == null ? null : adresse(svarSendesTil))
                        .metadataForImport(metadataForImport)
                        .svarPaForsendelse(svarPaForsendelse)
                        .korrelasjonsid(korrelasjonsid);
        List<io.github.fiksclients.svarut.send.v2.model.Dokument> wire = new ArrayList<>();
        for (Dokument dokument : dokumenter) {
            wire.add(new io.github.fiksclients.svarut.send.v2.model.Dokument()
                    .filnavn(dokument.filnavn())
                    .mimeType(dokument.mimeType())
                    .skalSigneres(dokument.skalSigneres())
                    .dokumentType(dokument.dokumentType().orElse(null))
                    .skalEkskluderesFraUtskrift(dokument.skalEkskluderesFraUtskrift())
                    .inneholderPersonsensitivInformasjon(dokument.inneholderPersonsensitivInformasjon()));
        }
        metadata.dokumenter(wire);
        if (customization != null) {
            customization.accept(metadata);
        }
        return metadata;
    }

    /** SvarUt requires a name: without one, the recipient's number stands in its place. */
    private static Adresse adresse(Mottaker mottaker) {
        Adresse adresse = new Adresse()
                .navn(mottaker.navn().orElse(mottaker.digitalId()))
                .digitalId(mottaker.digitalId());
        mottaker.postadresse().ifPresent(post -> adresse
                .adresselinje1(post.adresselinje1().orElse(null))
                .adresselinje2(post.adresselinje2().orElse(null))
                .adresselinje3(post.adresselinje3().orElse(null))
                .postnummer(post.postnummer().orElse(null))
                .poststed(post.poststed().orElse(null))
                .land(post.land().orElse(null)));
        return adresse;
    }

    @Override
    public String toString() {
        return "Forsendelse{mottaker=" + mottaker + ", dokumenter=" + dokumenter.size() + ", eksternReferanse="
                + eksternReferanse + ", kryptert=" + kryptert + "}";
    }

    /** Collects a {@link Forsendelse}. */
    public static final class Builder {
        private String tittel;
        private Mottaker mottaker;
        private final List<Dokument> dokumenter = new ArrayList<>();
        private String avgivendeSystem;
        private String eksternReferanse;
        private boolean kunDigitalLevering;
        private boolean krevNiva4Innlogging;
        private boolean kryptert;
        private String forsendelsestype;
        private Mottaker svarSendesTil;
        private NoarkMetadataForImport metadataForImport;
        private UUID svarPaForsendelse;
        private String korrelasjonsid;
        private boolean tilHelsenett;
        private Consumer<io.github.fiksclients.svarut.send.v2.model.Forsendelse> customization;

        private Builder() {
        }

        /**
         * Sets the title (at most 1000 characters), shown as the subject in digital mailboxes.
         *
         * @param tittel the title
         * @return this builder
         */
        public Builder tittel(String tittel) {
            this.tittel = Objects.requireNonNull(tittel, "tittel");
            return this;
        }

        /**
         * Sets the recipient.
         *
         * @param mottaker an organisation or a person
         * @return this builder
         */
        public Builder mottaker(Mottaker mottaker) {
            this.mottaker = Objects.requireNonNull(mottaker, "mottaker");
            return this;
        }

        /**
         * Adds a document after those already added.
         *
         * @param dokument the document
         * @return this builder
         */
        public Builder dokument(Dokument dokument) {
            dokumenter.add(Objects.requireNonNull(dokument, "dokument"));
            return this;
        }

        /**
         * Adds documents after those already added, in the order given.
         *
         * @param dokumenter the documents
         * @return this builder
         */
        public Builder dokumenter(List<Dokument> dokumenter) {
            dokumenter.forEach(this::dokument);
            return this;
        }

        /**
         * Names the sending system (at most 100 characters), for statistics and tracing.
         *
         * @param avgivendeSystem the name
         * @return this builder
         */
        public Builder avgivendeSystem(String avgivendeSystem) {
            this.avgivendeSystem = Objects.requireNonNull(avgivendeSystem, "avgivendeSystem");
            return this;
        }

        /**
         * Sets the sender's own reference (at most 100 characters). Give every forsendelse its own: after a send
         * whose outcome is uncertain (a timeout, a dropped connection, a 5xx after the body went out), the client
         * looks the forsendelse up by it instead of guessing, and returns its id or sends it again.
         *
         * @param eksternReferanse the reference
         * @return this builder
         */
        public Builder eksternReferanse(String eksternReferanse) {
            this.eksternReferanse = Objects.requireNonNull(eksternReferanse, "eksternReferanse");
            return this;
        }

        /**
         * Never prints the forsendelse; the limits of print then do not apply. Without a digital channel the
         * recipient gets nothing, and the sender is not told.
         *
         * @param kunDigitalLevering whether to deliver digitally only
         * @return this builder
         */
        public Builder kunDigitalLevering(boolean kunDigitalLevering) {
            this.kunDigitalLevering = kunDigitalLevering;
            return this;
        }

        /**
         * Requires the recipient to log in at security level 4; requires {@link #kryptert(boolean) kryptert}.
         *
         * @param krevNiva4Innlogging whether to require it
         * @return this builder
         */
        public Builder krevNiva4Innlogging(boolean krevNiva4Innlogging) {
            this.krevNiva4Innlogging = krevNiva4Innlogging;
            return this;
        }

        /**
         * Encrypts every document (CMS, streamed) to SvarUt's public certificate before it is sent.
         *
         * @param kryptert whether to encrypt
         * @return this builder
         */
        public Builder kryptert(boolean kryptert) {
            this.kryptert = kryptert;
            return this;
        }

        /**
         * Sets the kind of forsendelse (at most 100 characters), which receiving systems may be registered for.
         *
         * @param forsendelsestype the kind, as {@link SvarUtClient#forsendelsestyper()} lists them
         * @return this builder
         */
        public Builder forsendelsestype(String forsendelsestype) {
            this.forsendelsestype = Objects.requireNonNull(forsendelsestype, "forsendelsestype");
            return this;
        }

        /**
         * Says where answers should go, in place of the sender's usual reply address.
         *
         * @param svarSendesTil the reply address
         * @return this builder
         */
        public Builder svarSendesTil(Mottaker svarSendesTil) {
            this.svarSendesTil = Objects.requireNonNull(svarSendesTil, "svarSendesTil");
            return this;
        }

        /**
         * Gives Noark 5 metadata that lets the receiving system file the forsendelse on the right case.
         *
         * @param metadataForImport the metadata
         * @return this builder
         */
        public Builder metadataForImport(NoarkMetadataForImport metadataForImport) {
            this.metadataForImport = Objects.requireNonNull(metadataForImport, "metadataForImport");
            return this;
        }

        /**
         * Marks this forsendelse as the answer to another.
         *
         * @param forsendelseId the id of the forsendelse answered
         * @return this builder
         */
        public Builder svarPaForsendelse(UUID forsendelseId) {
            this.svarPaForsendelse = Objects.requireNonNull(forsendelseId, "forsendelseId");
            return this;
        }

        /**
         * Ties this forsendelse to others by a free text of at most 100 characters.
         *
         * @param korrelasjonsid the shared text
         * @return this builder
         */
        public Builder korrelasjonsid(String korrelasjonsid) {
            this.korrelasjonsid = Objects.requireNonNull(korrelasjonsid, "korrelasjonsid");
            return this;
        }

        /**
         * Checks the limits of a forsendelse to Norsk Helsenett (NHN) before sending: exactly one PDF of at most
         * 18 MB. It changes nothing in what is sent.
         *
         * @param tilHelsenett whether the forsendelse goes to NHN
         * @return this builder
         */
        public Builder tilHelsenett(boolean tilHelsenett) {
            this.tilHelsenett = tilHelsenett;
            return this;
        }

        /**
         * Sets metadata fields this builder has no method for (links, print settings, signing options, ...) on the
         * generated model just before it is sent. The documents' entries are already there, in order: change their
         * options, not their number, order or names.
         *
         * @param customization changes the metadata
         * @return this builder
         */
        public Builder customizeMetadata(
                Consumer<io.github.fiksclients.svarut.send.v2.model.Forsendelse> customization) {
            this.customization = Objects.requireNonNull(customization, "customization");
            return this;
        }

        /**
         * Creates the forsendelse.
         *
         * @return the forsendelse
         * @throws IllegalStateException if the title, the recipient or every document is missing
         */
        public Forsendelse build() {
            if (tittel == null) {
                throw new IllegalStateException("Set tittel(...)");
            }
            if (mottaker == null) {
                throw new IllegalStateException("Set mottaker(...)");
            }
            if (dokumenter.isEmpty()) {
                throw new IllegalStateException("Add at least one dokument(...)");
            }
            return new Forsendelse(this);
        }
    }
}
