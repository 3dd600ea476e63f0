package io.github.fiksclients.innsyn;

import io.github.fiksclients.auth.AccessTokenProvider;
import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.auth.PersonTokenSupplier;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.FiksClientBuilder;
import io.github.fiksclients.innsyn.delete.v1.api.DeleteApi;
import io.github.fiksclients.innsyn.delete.v1.model.SlettMeldingSpec;
import io.github.fiksclients.innsyn.delete.v1.model.SlettMeldingerSpec;
import io.github.fiksclients.innsyn.delete.v1.model.SlettRespons;
import io.github.fiksclients.innsyn.index.v2.api.IndexApi;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

/**
 * The Fiks Innsyn client: indexes and deletes messages as the integration, and searches and looks them up for one
 * citizen at a time through {@link #forPerson}.
 *
 * <p><b>Indexing</b> ({@link #index(Iterable)}) reads messages lazily from any {@code Iterable} or {@code Stream},
 * of any length, and sends them in batches of at most {@link Builder#batchSize 5000} meldinger and
 * {@link Builder#maxRequestBytes 4 MiB}, one after the other, so memory holds one batch. Each message's metadata is
 * encoded as Base64 JSON here, and each melding is written as JSON once.
 *
 * <p><b>One bad melding never stops the rest.</b> A melding whose metadata does not match its versjon's model
 * ({@link InnsynMelding#metadataProblems()}) is refused without being sent. When Innsyn refuses a batch for its
 * content (400, 413 or 422: nothing of it was written), the batch is sent again without the meldinger Innsyn named,
 * or in halves until each melding Innsyn refuses stands alone; all the others are indexed, and the
 * {@link IndexSummary#refused() refused} ones are reported with what Innsyn said. A batch that fails with an I/O
 * error, 408, 429 or 5xx is sent again by the runtime, as the client's
 * {@link FiksClientBuilder#retryPolicy RetryPolicy} says
 * (a {@code PUT} of the same messages is idempotent: indexing a message again replaces it, so a 5xx, after which some
 * may be written, is safe to repeat). When a batch still fails, or the input throws, the run stops and its
 * {@link IndexSummary} tells what was done and where to resume; it does not throw.
 *
 * <p><b>Authentication.</b> Indexing and deletion use the integration mode (a Maskinporten token from the
 * {@link Builder#accessTokenProvider access token provider}, plus {@code IntegrasjonId} and
 * {@code IntegrasjonPassord}); search and lookup use the integration-person mode, through an
 * {@link InnsynPersonClient} scoped to one citizen's ID-porten token.
 *
 * <p>Instances are immutable and thread-safe; share one and {@link #close()} it at shutdown.
 *
 * <pre>{@code
 * try (InnsynClient innsyn = InnsynClient.builder()
 *         .environment(FiksEnvironment.TEST)
 *         .integrasjon(integrasjonId, Secret.of(integrasjonPassord))
 *         .accessTokenProvider(maskinportenTokens)
 *         .build()) {
 *     IndexSummary summary = innsyn.index(meldinger);
 * }
 * }</pre>
 */
public final class InnsynClient implements AutoCloseable {

    /** The most messages Innsyn accepts in one index request. */
    public static final int MAX_BATCH_SIZE = 5000;

    /** The most message ids Innsyn accepts in one request to delete by meldingId. */
    public static final int MAX_DELETE_BATCH_SIZE = 1000;

    /**
     * The most bytes an index request body holds unless {@link Builder#maxRequestBytes} says otherwise: 4 MiB.
     *
     * <p>Innsyn publishes no byte limit for an index request, only its count limit of 5000 meldinger, and KS advises
     * sending full batches. A typical melding (a forsendelse's metadata of a few hundred bytes, Base64-encoded, plus the
     * envelope) is 500 to 800 bytes on the wire, so a full batch of them is 2.5 to 4 MB: Innsyn accepts bodies of that
     * size, and this default cuts no typical batch. Meldinger with larger metadata go in more, smaller requests instead
     * of bodies of tens of MB, which the gateways in front of a service commonly refuse. Should Innsyn still answer 413,
     * the batch is split further, as for any refusal.
     */
    public static final long DEFAULT_MAX_REQUEST_BYTES = 4L * 1024 * 1024;

    /** The smallest byte limit per index request that {@link Builder#maxRequestBytes} accepts. */
    public static final long MIN_MAX_REQUEST_BYTES = 1024;

    /** How many pages a stream of search hits fetches at most, unless {@link Builder#maxPages} says otherwise. */
    public static final int DEFAULT_MAX_PAGES = 1000;

    private final FiksClient fiks;
    private final String integrasjonId;
    private final Secret integrasjonPassord;
    private final boolean integrasjonMode;
    private final int batchSize;
    private final long maxRequestBytes;
    private final int maxPages;
    private final IndexApi indexApi;
    private final DeleteApi deleteApi;

    private InnsynClient(Builder builder, FiksClient fiks) {
        this.fiks = fiks;
        this.integrasjonId = builder.integrasjonId;
        this.integrasjonPassord = builder.integrasjonPassord;
        this.integrasjonMode = builder.accessTokenProvider != null;
        this.batchSize = builder.batchSize;
        this.maxRequestBytes = builder.maxRequestBytes;
        this.maxPages = builder.maxPages;
        this.indexApi = integrasjonMode ? fiks.create(IndexApi.class) : null;
        this.deleteApi = integrasjonMode ? fiks.create(DeleteApi.class) : null;
    }

    /**
     * Starts a client.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Indexes every message of the input, in batches.
     *
     * @param meldinger the messages, read once and lazily, in order
     * @return what was indexed, what was refused and why, and why the run stopped early if it did
     * @throws IllegalStateException if the client was built without an access token provider
     */
    public IndexSummary index(Iterable<InnsynMelding> meldinger) {
        return index(meldinger, progress -> { });
    }

    /**
     * Indexes every message of the input, in batches, reporting progress after each batch.
     *
     * @param meldinger the messages, read once and lazily, in order
     * @param progress called on this thread after each batch is done (each of its meldinger indexed or refused); an
     *     exception it throws ends the run and reaches the caller
     * @return what was indexed, what was refused and why, and why the run stopped early if it did
     * @throws IllegalStateException if the client was built without an access token provider
     */
    public IndexSummary index(Iterable<InnsynMelding> meldinger, Consumer<IndexProgress> progress) {
        Objects.requireNonNull(meldinger, "meldinger");
        Objects.requireNonNull(progress, "progress");
        requireIntegrasjonMode("Indexing");
        return new BatchIndexer(indexApi, batchSize, maxRequestBytes, progress).run(meldinger.iterator());
    }

    /**
     * Indexes every message of a stream, in batches; the caller closes the stream.
     *
     * @param meldinger the messages, read lazily, in order
     * @return what was indexed, what was refused and why, and why the run stopped early if it did
     * @throws IllegalStateException if the client was built without an access token provider
     */
    public IndexSummary index(Stream<InnsynMelding> meldinger) {
        return index(meldinger, progress -> { });
    }

    /**
     * Indexes every message of a stream, in batches, reporting progress after each batch; the caller closes the
     * stream.
     *
     * @param meldinger the messages, read lazily, in order
     * @param progress called on this thread after each batch is done (each of its meldinger indexed or refused); an
     *     exception it throws ends the run and reaches the caller
     * @return what was indexed, what was refused and why, and why the run stopped early if it did
     * @throws IllegalStateException if the client was built without an access token provider
     */
    public IndexSummary index(Stream<InnsynMelding> meldinger, Consumer<IndexProgress> progress) {
        Objects.requireNonNull(meldinger, "meldinger");
        return index(meldinger::iterator, progress);
    }

    /**
     * Deletes messages by id, at once, in requests of at most {@value #MAX_DELETE_BATCH_SIZE} ids; sends nothing for
     * no ids. Deleting an id again, or one that is not indexed, does no harm.
     *
     * @param fiksOrganisasjonId the Fiks organisation the messages were indexed for
     * @param meldingIds the ids of the messages
     * @return how many messages Innsyn deleted
     * @throws NullPointerException if an argument or an id is null
     * @throws IllegalStateException if the client was built without an access token provider
     * @throws io.github.fiksclients.errors.FiksException if a request fails; the requests before it took effect
     */
    public long deleteMeldinger(UUID fiksOrganisasjonId, Collection<UUID> meldingIds) {
        Objects.requireNonNull(fiksOrganisasjonId, "fiksOrganisasjonId");
        Objects.requireNonNull(meldingIds, "meldingIds");
        meldingIds.forEach(id -> Objects.requireNonNull(id, "A meldingId to delete is null"));
        requireIntegrasjonMode("Deletion");
        List<UUID> ids = List.copyOf(meldingIds);
        long deleted = 0;
        for (int from = 0; from < ids.size(); from += MAX_DELETE_BATCH_SIZE) {
            List<SlettMeldingSpec> specs = new ArrayList<>();
            for (UUID id : ids.subList(from, Math.min(ids.size(), from + MAX_DELETE_BATCH_SIZE))) {
                specs.add(new SlettMeldingSpec().fiksOrgId(fiksOrganisasjonId).meldingId(id));
            }
            deleted += antallSlettet(deleteApi.slettByMeldingId(new SlettMeldingerSpec().meldinger(specs)).execute());
        }
        return deleted;
    }

    /**
     * Starts deleting every message this integration has indexed for an organisation.
     *
     * <p>Innsyn deletes them in a background job, so they may still be found for a while after this returns.
     *
     * @param fiksOrganisasjonId the Fiks organisation
     * @return the number Innsyn reported deleted so far
     * @throws IllegalStateException if the client was built without an access token provider
     */
    public long deleteAll(UUID fiksOrganisasjonId) {
        Objects.requireNonNull(fiksOrganisasjonId, "fiksOrganisasjonId");
        requireIntegrasjonMode("Deletion");
        return antallSlettet(deleteApi.slett(fiksOrganisasjonId, null, null).execute());
    }

    /**
     * Starts deleting the messages this integration has indexed for an organisation with an external reference.
     *
     * <p>Innsyn deletes them in a background job, so they may still be found for a while after this returns.
     *
     * @param fiksOrganisasjonId the Fiks organisation
     * @param eksternRef the external reference the messages were indexed with; not blank
     * @return the number Innsyn reported deleted so far
     * @throws IllegalArgumentException if {@code eksternRef} is blank
     * @throws IllegalStateException if the client was built without an access token provider
     */
    public long deleteByEksternRef(UUID fiksOrganisasjonId, String eksternRef) {
        Objects.requireNonNull(fiksOrganisasjonId, "fiksOrganisasjonId");
        if (Objects.requireNonNull(eksternRef, "eksternRef").isBlank()) {
            throw new IllegalArgumentException("eksternRef must not be blank");
        }
        requireIntegrasjonMode("Deletion");
        return antallSlettet(deleteApi.slett(fiksOrganisasjonId, eksternRef, null).execute());
    }

    /**
     * Starts deleting one message this integration has indexed for an organisation.
     *
     * <p>Innsyn deletes it in a background job; {@link #deleteMeldinger} deletes at once.
     *
     * @param fiksOrganisasjonId the Fiks organisation
     * @param meldingId the message's id
     * @return the number Innsyn reported deleted so far
     * @throws IllegalStateException if the client was built without an access token provider
     */
    public long deleteMelding(UUID fiksOrganisasjonId, UUID meldingId) {
        Objects.requireNonNull(fiksOrganisasjonId, "fiksOrganisasjonId");
        Objects.requireNonNull(meldingId, "meldingId");
        requireIntegrasjonMode("Deletion");
        return antallSlettet(deleteApi.slett(fiksOrganisasjonId, null, meldingId).execute());
    }

    /**
     * Returns a client that searches and looks up messages for one citizen, with that citizen's token on every
     * request.
     *
     * @param token the citizen's ID-porten access token
     * @return the citizen's client; it shares this client's connections and nothing else
     */
    public InnsynPersonClient forPerson(PersonToken token) {
        Objects.requireNonNull(token, "token");
        return forPerson(token::token);
    }

    /**
     * Returns a client that searches and looks up messages with the token a supplier gives for each request, such as
     * the current session's.
     *
     * @param tokens asked for the citizen's ID-porten token before every request
     * @return the client; it shares this client's connections and nothing else
     */
    public InnsynPersonClient forPerson(PersonTokenSupplier tokens) {
        Objects.requireNonNull(tokens, "tokens");
        return new InnsynPersonClient(fiks.withAuthentication(
                FiksAuthentication.person(integrasjonId, integrasjonPassord, tokens)), maxPages);
    }

    /** Releases the connections and threads this client created; a supplied OkHttp client stays open. */
    @Override
    public void close() {
        fiks.close();
    }

    @Override
    public String toString() {
        return "InnsynClient{integrasjonId=" + integrasjonId + ", batchSize=" + batchSize + ", maxRequestBytes="
                + maxRequestBytes + ", " + fiks + "}";
    }

    private void requireIntegrasjonMode(String what) {
        if (!integrasjonMode) {
            throw new IllegalStateException(what + " needs the integration's Maskinporten token: build the "
                    + "InnsynClient with accessTokenProvider(...)");
        }
    }

    private static long antallSlettet(SlettRespons respons) {
        return respons == null || respons.getAntallSlettet() == null ? 0 : respons.getAntallSlettet();
    }

    /**
     * Collects the settings of an {@link InnsynClient}: the runtime options every Fiks client shares (environment or
     * base URL, timeouts, retries, logging; see {@link FiksClientBuilder}) plus the integration's own. Checked in
     * {@link #build()}.
     */
    public static final class Builder extends FiksClientBuilder<Builder, InnsynClient> {
        private String integrasjonId;
        private Secret integrasjonPassord;
        private AccessTokenProvider accessTokenProvider;
        private int batchSize = MAX_BATCH_SIZE;
        private long maxRequestBytes = DEFAULT_MAX_REQUEST_BYTES;
        private int maxPages = DEFAULT_MAX_PAGES;

        private Builder() {
        }

        /**
         * Sets the integration's id and password, sent on every request (required).
         *
         * @param integrasjonId the integration's id, as shown in Fiks Forvaltning
         * @param integrasjonPassord the integration's password
         * @return this builder
         */
        public Builder integrasjon(String integrasjonId, Secret integrasjonPassord) {
            this.integrasjonId = Objects.requireNonNull(integrasjonId, "integrasjonId");
            this.integrasjonPassord = Objects.requireNonNull(integrasjonPassord, "integrasjonPassord");
            return this;
        }

        /**
         * Sets where the integration's Maskinporten tokens come from; needed for indexing and deletion, not for
         * search and lookup.
         *
         * @param accessTokenProvider usually a {@link io.github.fiksclients.auth.MaskinportenTokenProvider}
         * @return this builder
         */
        public Builder accessTokenProvider(AccessTokenProvider accessTokenProvider) {
            this.accessTokenProvider = Objects.requireNonNull(accessTokenProvider, "accessTokenProvider");
            return this;
        }

        /**
         * Sets how many messages go in one index request; default and most {@value InnsynClient#MAX_BATCH_SIZE}.
         *
         * @param batchSize from 1 to {@value InnsynClient#MAX_BATCH_SIZE}
         * @return this builder
         * @throws IllegalArgumentException if out of range
         */
        public Builder batchSize(int batchSize) {
            if (batchSize < 1 || batchSize > MAX_BATCH_SIZE) {
                throw new IllegalArgumentException(
                        "batchSize must be from 1 to " + MAX_BATCH_SIZE + ", was " + batchSize);
            }
            this.batchSize = batchSize;
            return this;
        }

        /**
         * Sets the most bytes one index request body may hold; a batch is cut where the next melding would pass it,
         * as well as at {@link #batchSize}. A single melding larger than this is sent alone. Default
         * {@link InnsynClient#DEFAULT_MAX_REQUEST_BYTES} (4 MiB), which is safely under what Innsyn accepts; see there
         * for why.
         *
         * @param maxRequestBytes at least {@value InnsynClient#MIN_MAX_REQUEST_BYTES}
         * @return this builder
         * @throws IllegalArgumentException if smaller
         */
        public Builder maxRequestBytes(long maxRequestBytes) {
            if (maxRequestBytes < MIN_MAX_REQUEST_BYTES) {
                throw new IllegalArgumentException("maxRequestBytes must be at least " + MIN_MAX_REQUEST_BYTES
                        + ", was " + maxRequestBytes);
            }
            this.maxRequestBytes = maxRequestBytes;
            return this;
        }

        /**
         * Sets how many pages a stream of search hits ({@link InnsynPersonClient#allHits},
         * {@link InnsynPersonClient#allPostHits}) fetches at most, so that paging ends even if Innsyn always
         * reports more; default {@value InnsynClient#DEFAULT_MAX_PAGES} (50,000 hits at Innsyn's default page size).
         * Reaching it ends the stream with a warning in the log.
         *
         * @param maxPages at least 1
         * @return this builder
         * @throws IllegalArgumentException if below 1
         */
        public Builder maxPages(int maxPages) {
            if (maxPages < 1) {
                throw new IllegalArgumentException("maxPages must be at least 1, was " + maxPages);
            }
            this.maxPages = maxPages;
            return this;
        }

        /**
         * Checks the settings and creates the client.
         *
         * @return the client
         * @throws IllegalStateException if the target or the integration is missing, or a runtime setting is invalid
         */
        @Override
        public InnsynClient build() {
            if (integrasjonId == null) {
                throw new IllegalStateException("Set integrasjon(integrasjonId, integrasjonPassord)");
            }
            return new InnsynClient(this, buildFiksClient(accessTokenProvider == null ? null
                    : FiksAuthentication.integrasjon(integrasjonId, integrasjonPassord, accessTokenProvider)));
        }
    }
}
