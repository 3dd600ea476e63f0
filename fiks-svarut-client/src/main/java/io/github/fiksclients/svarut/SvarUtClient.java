package io.github.fiksclients.svarut;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.FiksClientBuilder;
import io.github.fiksclients.core.RetryBudget;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.errors.FiksHttpException;
import io.github.fiksclients.errors.FiksTransportException;
import io.github.fiksclients.errors.FiksUnreadableResponseException;
import io.github.fiksclients.svarut.eksternref.v2.api.EksternRefApi;
import io.github.fiksclients.svarut.hendelser.v2.api.HendelserApi;
import io.github.fiksclients.svarut.hendelser.v2.model.Hendelse;
import io.github.fiksclients.svarut.hendelser.v2.model.Signeringshendelse;
import io.github.fiksclients.svarut.lest.v2.api.LestApi;
import io.github.fiksclients.svarut.lest.v2.model.LestAv;
import io.github.fiksclients.svarut.metadata.v2.api.MetadataApi;
import io.github.fiksclients.svarut.metadata.v2.model.DokumentMetadata;
import io.github.fiksclients.svarut.mottakersystem.v2.api.MottakersystemApi;
import io.github.fiksclients.svarut.mottakersystem.v2.model.Mottakersystem;
import io.github.fiksclients.svarut.send.v2.api.SendApi;
import io.github.fiksclients.svarut.send.v2.model.SendForsendelseResponse;
import io.github.fiksclients.svarut.slett.v2.api.SlettApi;
import io.github.fiksclients.svarut.status.v2.api.StatusApi;
import io.github.fiksclients.svarut.status.v2.model.ForsendelseStatus;
import io.github.fiksclients.svarut.status.v2.model.StatusSok;
import io.github.fiksclients.svarut.typer.v2.api.ForsendelsestyperApi;
import java.io.IOException;
import java.io.Reader;
import java.security.cert.X509Certificate;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import okhttp3.MultipartBody;
import okhttp3.Request;
import okhttp3.Response;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Sends forsendelser through SvarUt and follows them up: streamed, optionally encrypted, checked before sending, and
 * never created twice.
 *
 * <pre>{@code
 * try (SvarUtClient svarUt = SvarUtClient.builder()
 *         .environment(FiksEnvironment.TEST)
 *         .konto(kontoId)
 *         .integrasjon(integrasjonId, Secret.of(integrasjonPassord))
 *         .accessTokenProvider(maskinporten)
 *         .build()) {
 *     UUID id = svarUt.send(Forsendelse.builder()
 *             .tittel("Vedtak")
 *             .mottaker(Mottaker.organisasjon("999888777").navn("Eksempel kommune"))
 *             .dokument(Dokument.fromFile(Path.of("vedtak.pdf")))
 *             .eksternReferanse("sak-2025-42-vedtak")
 *             .build());
 *     svarUt.statuser(List.of(id)).forEach(s -> System.out.println(s.getId() + " " + s.getStatus()));
 * }
 * }</pre>
 *
 * <p><b>What is sent.</b> {@link #send} posts the multipart body SvarUt documents to
 * {@code v2/kontoer/{kontoId}/forsendelser}: first the part {@code forsendelse} with the metadata as JSON, then one
 * part per document in the order of the metadata's {@code dokumenter}, each part's filename being the document's
 * {@code filnavn}. Documents stream from their files or {@link DokumentStream}s, so a document of any size is sent in
 * constant memory. A {@linkplain Forsendelse#kryptert() kryptert} forsendelse has each document CMS-encrypted on the
 * way to SvarUt's public certificate (the one given to the builder, or fetched from SvarUt's own host and cached).
 *
 * <p><b>Checked first.</b> Before anything is sent the forsendelse is checked: numbers, lengths, file names, that
 * every document is there, readable and not empty, and the limits of print and of Norsk Helsenett. Every problem is
 * reported at once in an {@link InvalidForsendelseException}, and no request is made.
 *
 * <p><b>Exactly once.</b> A send creates a forsendelse every time it succeeds, so it is never repeated blindly:
 * <ul>
 *   <li>A failure before any byte of the body went out (a refused connection, an unreachable host; a Maskinporten
 *       outage is retried by the runtime itself) created nothing and is retried as the {@link RetryPolicy} allows.</li>
 *   <li>A 4xx answer created nothing either; 408 and 429 are retried as the policy allows, the others end the send
 *       with a {@link ForsendelseNotSentException} that carries SvarUt's reason.</li>
 *   <li>Any other failure after the body went out (a timeout, a reset, a 5xx, an unreadable answer) is uncertain.
 *       With an {@code eksternReferanse} the client asks SvarUt for forsendelser with that reference: if there is one,
 *       its id is returned; if there is none, the send is repeated within the policy. Without an
 *       {@code eksternReferanse}, or if the lookup fails or finds several, nothing is repeated and an
 *       {@link UncertainSendException} says so.</li>
 * </ul>
 * Give every forsendelse its own {@code eksternReferanse}: a reference used before could point at an earlier
 * forsendelse.
 *
 * <p><b>Timeouts.</b> SvarUt allows 16 minutes for one send. Unless set on the builder, a write or read that makes
 * no progress for {@value #DEFAULT_WRITE_TIMEOUT_SECONDS} s (write) or {@value #DEFAULT_READ_TIMEOUT_SECONDS} s
 * (read, while SvarUt processes what it got) fails the call, and no call lasts longer than
 * {@value #DEFAULT_CALL_TIMEOUT_MINUTES} minutes: a stalled upload fails, it never hangs.
 *
 * <p>Every failure is a typed, unchecked {@link FiksException} whose message holds no secret. Instances are immutable
 * and thread-safe; close the client to release its connections and threads.
 */
public final class SvarUtClient implements AutoCloseable {

    /** Default write timeout, in seconds. */
    public static final int DEFAULT_WRITE_TIMEOUT_SECONDS = 60;
    /** Default read timeout, in seconds: long enough for SvarUt to take in a large forsendelse after its upload. */
    public static final int DEFAULT_READ_TIMEOUT_SECONDS = 300;
    /** Default call timeout, in minutes: SvarUt's 16 minutes for a send, with a margin. */
    public static final int DEFAULT_CALL_TIMEOUT_MINUTES = 20;
    /** How many ids one status search asks for; {@link #statuser} splits longer lists. */
    public static final int STATUS_BATCH_SIZE = 100;

    private static final Logger LOG = LoggerFactory.getLogger(FiksClient.LOGGER_NAME);

    private final FiksClient fiks;
    private final UUID kontoId;

    private final RetryPolicy retryPolicy;
    private final SvarUtCertificate certificate;
    private final SendApi sendApi;
    private final EksternRefApi eksternRefApi;
    private final StatusApi statusApi;
    private final HendelserApi hendelserApi;
    private final MetadataApi metadataApi;
    private final LestApi lestApi;
    private final SlettApi slettApi;
    private final ForsendelsestyperApi typerApi;
    private final MottakersystemApi mottakersystemApi;

    private SvarUtClient(Builder builder, FiksClient fiks) {
        this.fiks = fiks;
        this.kontoId = builder.kontoId;
        this.retryPolicy = fiks.retryPolicy();
        this.sendApi = fiks.create(SendApi.class);
        this.eksternRefApi = fiks.create(EksternRefApi.class);
        this.statusApi = fiks.create(StatusApi.class);
        this.hendelserApi = fiks.create(HendelserApi.class);
        this.metadataApi = fiks.create(MetadataApi.class);
        this.lestApi = fiks.create(LestApi.class);
        this.slettApi = fiks.create(SlettApi.class);
        this.typerApi = fiks.create(ForsendelsestyperApi.class);
        this.mottakersystemApi = fiks.create(MottakersystemApi.class);
        this.certificate = new SvarUtCertificate(builder.svarUtCertificate, fiks, fiks.baseUrl(SendApi.class),
                Clock.systemUTC());
    }

    /**
     * Starts a client.
     *
     * @return a builder with SvarUt's default timeouts and the default retry policy
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Sends a forsendelse and returns the id SvarUt gave it; see the class description for what is checked, sent and
     * repeated.
     *
     * @param forsendelse what to send
     * @return the forsendelse's id
     * @throws InvalidForsendelseException if the forsendelse breaks a rule; nothing was sent
     * @throws ForsendelseNotSentException if no forsendelse was created (a failure before the body went out, or a 4xx
     *     answer), after the retries the policy allows
     * @throws UncertainSendException if the outcome could not be settled; the forsendelse was not sent again
     * @throws FiksException if SvarUt's certificate was needed and could not be had; nothing was sent
     * @throws IllegalStateException if the client has no konto
     */
    public UUID send(Forsendelse forsendelse) {
        Objects.requireNonNull(forsendelse, "forsendelse");
        UUID konto = requireKonto();
        io.github.fiksclients.svarut.send.v2.model.Forsendelse metadata = forsendelse.toMetadata();
        ForsendelseCheck.check(forsendelse, metadata);
        CmsEncryption encryption = forsendelse.kryptert() ? new CmsEncryption(certificate.get()) : null;
        List<MultipartBody.Part> parts = new ArrayList<>();
        for (Dokument dokument : forsendelse.dokumenter()) {
            parts.add(MultipartBody.Part.createFormData("dokumenter", dokument.filnavn(),
                    new DokumentBody(dokument, encryption)));
        }
        // The generated call builds the documented request; it is sent raw so that we know whether its body began.
        Request request = sendApi.send(konto, metadata, parts).request();
        return new SendAttempts(request, forsendelse.eksternReferanse().orElse(null)).run();
    }

    /** One send, from its first attempt to a forsendelse id or a final failure. */
    private final class SendAttempts {
        private final Request request;
        private final String eksternReferanse;
        private final RetryBudget budget = retryPolicy.newBudget();

        SendAttempts(Request request, String eksternReferanse) {
            this.request = request;
            this.eksternReferanse = eksternReferanse;
        }

        UUID run() {
            while (true) {
                StartTrackingBody body = new StartTrackingBody(request.body());
                FiksException failure;
                try {
                    return attempt(request.newBuilder().post(body).build());
                } catch (FiksException e) {
                    failure = e;
                }
                if (!body.started() || isRefusal(failure)) {
                    waitOrGiveUp(failure, !body.started()
                            ? "The forsendelse was not sent (it failed before its body went out)"
                            : "SvarUt refused the forsendelse");
                    continue;
                }
                Optional<UUID> created = resolve(failure);
                if (created.isPresent()) {
                    return created.get();
                }
            }
        }

        private UUID attempt(Request attempt) {
            try (Response response = fiks.execute(attempt); Reader json = response.body().charStream()) {
                SendForsendelseResponse answer = io.github.fiksclients.svarut.send.v2.JSON.gson()
                        .fromJson(json, SendForsendelseResponse.class);
                if (answer == null || answer.getId() == null) {
                    throw new IOException("the answer holds no id");
                }
                return answer.getId();
            } catch (IOException | RuntimeException e) {
                if (e instanceof FiksException fiksException) {
                    throw fiksException;
                }
                throw new FiksUnreadableResponseException(attempt.method(), attempt.url().encodedPath(), e);
            }
        }

        /** A 4xx: SvarUt read the request and created nothing. */
        private boolean isRefusal(FiksException failure) {
            return failure instanceof FiksHttpException http && http.status() >= 400 && http.status() < 500;
        }

        /** Waits before the next attempt of a send that certainly created nothing, or ends it. */
        private void waitOrGiveUp(FiksException failure, String what) {
            boolean retryable = failure instanceof FiksTransportException
                    || (failure instanceof FiksHttpException && failure.isRetryable());
            Optional<Duration> delay = retryable ? budget.nextDelay(retryAfter(failure)) : Optional.empty();
            if (delay.isEmpty()) {
                throw new ForsendelseNotSentException(what, failure);
            }
            LOG.info("Sending the forsendelse again in {} ms: {} ({})", delay.get().toMillis(), what,
                    failure.getMessage());
            sleep(delay.get(), failure);
        }

        /**
         * Settles an uncertain failure by the eksternReferanse: the id of the forsendelse it created, or empty after
         * waiting to send again; otherwise throws.
         */
        private Optional<UUID> resolve(FiksException failure) {
            String uncertain = "The forsendelse may or may not have been created: its body was sent, then the call "
                    + "failed (" + failure.getMessage() + ")";
            if (eksternReferanse == null) {
                throw new UncertainSendException(uncertain + ". It has no eksternReferanse to look it up by, so it "
                        + "was not sent again; check SvarUt before sending it again", null, List.of(), failure);
            }
            List<UUID> found;
            try {
                found = findByEksternReferanse(eksternReferanse);
            } catch (FiksException lookup) {
                UncertainSendException e = new UncertainSendException(uncertain + ", and looking it up by "
                        + "eksternReferanse " + eksternReferanse + " failed too (" + lookup.getMessage()
                        + "); it was not sent again", eksternReferanse, List.of(), failure);
                e.addSuppressed(lookup);
                throw e;
            }
            if (found.size() == 1) {
                LOG.info("The forsendelse with eksternReferanse {} was created as {} although the call failed ({})",
                        eksternReferanse, found.get(0), failure.getMessage());
                return Optional.of(found.get(0));
            }
            if (found.size() > 1) {
                throw new UncertainSendException(uncertain + ", and SvarUt holds " + found.size() + " forsendelser "
                        + "with eksternReferanse " + eksternReferanse + " " + found + "; it was not sent again",
                        eksternReferanse, found, failure);
            }
            Optional<Duration> delay = budget.nextDelay(Optional.empty());
            if (delay.isEmpty()) {
                throw new UncertainSendException(uncertain + ". SvarUt holds no forsendelse with eksternReferanse "
                        + eksternReferanse + " yet, and the retry policy allows no further attempt", eksternReferanse,
                        List.of(), failure);
            }
            LOG.info("SvarUt holds no forsendelse with eksternReferanse {} after a failed send ({}); sending it again "
                    + "in {} ms", eksternReferanse, failure.getMessage(), delay.get().toMillis());
            sleep(delay.get(), failure);
            return Optional.empty();
        }

        private Optional<Duration> retryAfter(FiksException failure) {
            return failure instanceof FiksHttpException http ? http.retryAfter() : Optional.empty();
        }

        private void sleep(Duration delay, FiksException failure) {
            try {
                Thread.sleep(delay.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw failure;
            }
        }
    }

    /**
     * Lists the forsendelser of this client's konto that carry an eksternReferanse.
     *
     * @param eksternReferanse the sender's reference
     * @return their ids; empty if there are none
     * @throws FiksException if the request fails
     */
    public List<UUID> findByEksternReferanse(String eksternReferanse) {
        Objects.requireNonNull(eksternReferanse, "eksternReferanse");
        List<String> ids = eksternRefApi.finnForsendelserKnyttetTilEksternRef(requireKonto(), eksternReferanse).execute()
                .getForsendelseIds();
        List<UUID> found = new ArrayList<>();
        for (String id : ids == null ? List.<String>of() : ids) {
            try {
                found.add(UUID.fromString(id.trim()));
            } catch (IllegalArgumentException e) {
                throw new FiksException("SvarUt answered the eksternRef lookup with an id that is not a UUID: " + id);
            }
        }
        return List.copyOf(new LinkedHashSet<>(found));
    }

    /**
     * Tells the status of forsendelser of this client's konto, in requests of up to {@value #STATUS_BATCH_SIZE} ids.
     *
     * @param forsendelseIds the ids; duplicates are asked for once
     * @return one status per forsendelse SvarUt knows, in SvarUt's order within each request
     * @throws FiksException if a request fails
     */
    public List<ForsendelseStatus> statuser(Collection<UUID> forsendelseIds) {
        UUID konto = requireKonto();
        List<UUID> ids = List.copyOf(new LinkedHashSet<>(Objects.requireNonNull(forsendelseIds, "forsendelseIds")));
        List<ForsendelseStatus> statuser = new ArrayList<>();
        for (int from = 0; from < ids.size(); from += STATUS_BATCH_SIZE) {
            List<UUID> batch = ids.subList(from, Math.min(ids.size(), from + STATUS_BATCH_SIZE));
            List<ForsendelseStatus> answer = statusApi.hentStatuser(konto, new StatusSok().forsendelseIds(batch))
                    .execute().getStatuser();
            if (answer != null) {
                statuser.addAll(answer);
            }
        }
        return statuser;
    }

    /**
     * Lists what has happened to a forsendelse (sent, read, printed, ...), oldest first as SvarUt returns them.
     *
     * @param forsendelseId the forsendelse
     * @return its events
     * @throws FiksException if the request fails
     */
    public List<Hendelse> hendelser(UUID forsendelseId) {
        List<Hendelse> hendelser = hendelserApi.hentHendelser(forsendelseId).execute().getHendelser();
        return hendelser == null ? List.of() : hendelser;
    }

    /**
     * Lists the signing events of a forsendelse that asked for a signature.
     *
     * @param forsendelseId the forsendelse
     * @return its signing events
     * @throws FiksException if the request fails
     */
    public List<Signeringshendelse> signeringshendelser(UUID forsendelseId) {
        List<Signeringshendelse> hendelser = hendelserApi.hentSigneringshendelser(forsendelseId).execute()
                .getHendelser();
        return hendelser == null ? List.of() : hendelser;
    }

    /**
     * Describes the documents of a sent forsendelse: names, types, sizes, SHA-256 and download links.
     *
     * @param forsendelseId the forsendelse
     * @return its documents
     * @throws FiksException if the request fails
     */
    public List<DokumentMetadata> metadata(UUID forsendelseId) {
        List<DokumentMetadata> dokumenter = metadataApi.hentMetadata(forsendelseId).execute().getDokumenter();
        return dokumenter == null ? List.of() : dokumenter;
    }

    /**
     * Marks a forsendelse as read by the recipient in another system, such as a case-handling portal.
     *
     * @param forsendelseId the forsendelse
     * @param lestAv who read it, when, and in which system
     * @throws FiksException if the request fails after any retries (repeating it is safe)
     */
    public void markAsRead(UUID forsendelseId, LestAv lestAv) {
        lestApi.settForsendelseLestAvEksterntSystem(forsendelseId, Objects.requireNonNull(lestAv, "lestAv"))
                .execute();
    }

    /** Which documents {@link #deleteDocuments} deletes. */
    public enum Slettetype {
        /** The documents as they were sent. */
        ORIGINALDOKUMENTER,
        /** Every copy SvarUt holds, printed versions included. */
        ALLE
    }

    /**
     * Deletes the documents of a forsendelse from SvarUt; its metadata and history stay.
     *
     * @param forsendelseId the forsendelse
     * @param slettetype which documents
     * @throws FiksException if the request fails
     */
    public void deleteDocuments(UUID forsendelseId, Slettetype slettetype) {
        slettApi.slettFiler(forsendelseId, Objects.requireNonNull(slettetype, "slettetype").name()).execute();
    }

    /**
     * Lists the forsendelsestyper SvarUt knows, for {@link Forsendelse.Builder#forsendelsestype}.
     *
     * @return the names
     * @throws FiksException if the request fails
     */
    public List<String> forsendelsestyper() {
        Collection<String> typer = typerApi.hentForsendelsestyper().execute().getForsendelsestyper();
        return typer == null ? List.of() : List.copyOf(typer);
    }

    /**
     * Lists the receiving systems of an organisation: whether it can receive forsendelser digitally, of which types,
     * at which security level.
     *
     * @param organisasjonsnummer the organisation
     * @param forsendelsestype only systems for this type, or {@code null} for all
     * @param niva only systems at this security level (3 or 4), or {@code null} for all
     * @return its receiving systems; empty if it has none
     * @throws FiksException if the request fails
     */
    public List<Mottakersystem> mottakersystemer(String organisasjonsnummer, String forsendelsestype, Integer niva) {
        List<Mottakersystem> systemer = mottakersystemApi.hentMottakersystem(
                Objects.requireNonNull(organisasjonsnummer, "organisasjonsnummer"), forsendelsestype, niva).execute()
                .getMottakersystemer();
        return systemer == null ? List.of() : systemer;
    }

    /**
     * The konto this client sends from.
     *
     * @return the konto id, if set
     */
    public Optional<UUID> kontoId() {
        return Optional.ofNullable(kontoId);
    }

    private UUID requireKonto() {
        if (kontoId == null) {
            throw new IllegalStateException("Build the SvarUtClient with konto(kontoId) to send, ask for statuses or "
                    + "look up by eksternReferanse");
        }
        return kontoId;
    }

    /** Releases the connections and threads of the client's HTTP runtime, unless they came from the caller. */
    @Override
    public void close() {
        fiks.close();
    }

    @Override
    public String toString() {
        return "SvarUtClient{baseUrl=" + fiks.baseUrl(SendApi.class) + ", konto=" + kontoId + "}";
    }

    /**
     * Collects the settings of a {@link SvarUtClient}: the runtime options every Fiks client shares (environment or
     * base URL, timeouts, retries, logging; see {@link FiksClientBuilder}) plus the konto and the integrasjon's
     * credentials. Validated in {@link #build()}.
     */
    public static final class Builder extends FiksClientBuilder<Builder, SvarUtClient> {

        private UUID kontoId;
        private String integrasjonId;
        private Secret integrasjonPassord;
        private AccessTokenProvider accessTokenProvider;
        private X509Certificate svarUtCertificate;

        private Builder() {
            defaultTimeouts(Duration.ofSeconds(DEFAULT_READ_TIMEOUT_SECONDS),
                    Duration.ofSeconds(DEFAULT_WRITE_TIMEOUT_SECONDS),
                    Duration.ofMinutes(DEFAULT_CALL_TIMEOUT_MINUTES));
        }

        /**
         * Sets the SvarUt konto (account) forsendelser are sent from and looked up in; needed to send, to ask for
         * statuses and to look up by eksternReferanse, not for the other operations.
         *
         * @param kontoId the konto's id
         * @return this builder
         */
        public Builder konto(UUID kontoId) {
            this.kontoId = Objects.requireNonNull(kontoId, "kontoId");
            return this;
        }

        /**
         * Authenticates as a Fiks integrasjon, together with {@link #accessTokenProvider}.
         *
         * @param integrasjonId the integrasjon's id
         * @param integrasjonPassord its password
         * @return this builder
         */
        public Builder integrasjon(String integrasjonId, Secret integrasjonPassord) {
            this.integrasjonId = Objects.requireNonNull(integrasjonId, "integrasjonId");
            this.integrasjonPassord = Objects.requireNonNull(integrasjonPassord, "integrasjonPassord");
            return this;
        }

        /**
         * Sets where Maskinporten tokens (scope {@code ks:fiks}) come from, usually a
         * {@link io.github.fiksclients.auth.MaskinportenTokenProvider}.
         *
         * @param accessTokenProvider the token source
         * @return this builder
         */
        public Builder accessTokenProvider(AccessTokenProvider accessTokenProvider) {
            this.accessTokenProvider = Objects.requireNonNull(accessTokenProvider, "accessTokenProvider");
            return this;
        }

        /**
         * Encrypts kryptert forsendelser to this certificate instead of the one SvarUt publishes (fetched from
         * {@code /forsendelse/publickey/hent} on SvarUt's host when first needed, and cached).
         *
         * @param certificate SvarUt's certificate
         * @return this builder
         */
        public Builder svarUtCertificate(X509Certificate certificate) {
            this.svarUtCertificate = Objects.requireNonNull(certificate, "certificate");
            return this;
        }

        /**
         * Checks the settings and creates the client. No request is sent yet.
         *
         * @return the client
         * @throws IllegalStateException if the integrasjon or the token provider is missing, or the
         *     runtime options are incomplete
         */
        @Override
        public SvarUtClient build() {
            if (integrasjonId == null) {
                throw new IllegalStateException("Set integrasjon(integrasjonId, integrasjonPassord)");
            }
            if (accessTokenProvider == null) {
                throw new IllegalStateException("Set accessTokenProvider(...): SvarUt needs a Maskinporten token");
            }
            return new SvarUtClient(this, buildFiksClient(
                    FiksAuthentication.integrasjon(integrasjonId, integrasjonPassord, accessTokenProvider)));
        }
    }
}
