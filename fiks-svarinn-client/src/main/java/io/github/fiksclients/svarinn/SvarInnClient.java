package io.github.fiksclients.svarinn;

import io.github.fiksclients.auth.FiksAuthentication;
import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.FiksClient;
import io.github.fiksclients.core.FiksClientBuilder;
import io.github.fiksclients.core.RetryBudget;
import io.github.fiksclients.core.RetryPolicy;
import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.svarinn.receive.EnvelopeDecryptor;
import io.github.fiksclients.svarinn.receive.ExpectedFile;
import io.github.fiksclients.svarinn.receive.ExtractionLimits;
import io.github.fiksclients.svarinn.receive.ForsendelseDownloadException;
import io.github.fiksclients.svarinn.receive.ForsendelseExtractor;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermission;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import okhttp3.ResponseBody;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Receives forsendelser from SvarInn as a receiving system (mottakersystem): lists new ones, downloads, decrypts and
 * verifies their files onto disk, and acknowledges them, so that a forsendelse is never lost or wrongly acknowledged.
 *
 * <p>{@link #receive} does it all in a loop; {@link #fetchNew}, {@link #download}, {@link #acknowledge} and
 * {@link #reportFailure} are the steps, for callers who run the loop themselves. Every failure is a typed, unchecked
 * {@link FiksException} whose message holds no secret.
 *
 * <p><b>Delivery guarantee: at least once.</b> A forsendelse is acknowledged only after its files are on disk,
 * verified, and the {@link ForsendelseHandler} has returned normally. If anything fails before that, it stays
 * unacknowledged and SvarInn offers it again. If the process dies after the handler and before the
 * acknowledgement, or the acknowledgement fails, the handler sees the same forsendelse again later: make it
 * idempotent, for instance keyed by the forsendelse id. Its directory, {@code <target>/<id>}, is then replaced in one
 * step by the new copy.
 *
 * <p><b>What is verified.</b> The download is decrypted as it arrives (CMS, with the receiving system's private
 * key, or the one of its keys the envelope names) and unpacked in one pass, in constant memory whatever its size.
 * Every file must match the SHA-256 and size (when stated) of the metadata, and the archive may hold no other files;
 * entry names that could leave the directory are rejected, and files are stored under names valid on every OS
 * (see {@link ForsendelseExtractor}); the unpacked bytes are bounded by {@link ExtractionLimits}. Files are written
 * to a hidden staging directory, forced to disk and moved into place in one step only when all of them check out;
 * on any failure nothing is left behind. See {@link io.github.fiksclients.svarinn.receive}.
 *
 * <p>Status updates and receipts ({@code PATCH} status in v2, {@code kvitterMottak} and {@code mottakFeilet} in v1)
 * are declared safe to repeat in the service manifest, so the {@link RetryPolicy} retries them. A download is
 * retried as any request until its body starts to arrive; if reading the body then fails (the connection drops or stalls), the whole download is
 * started again from the beginning, into a fresh staging directory, within the same policy's attempts and time
 * (see {@link #download}). A forsendelse whose content fails verification or decryption is never downloaded again
 * by the same call. Instances are immutable and thread-safe; close the client to release its connections and
 * threads.
 *
 * <pre>{@code
 * try (SvarInnClient svarInn = SvarInnClient.builder()
 *         .environment(FiksEnvironment.TEST)
 *         .mottakersystem(mottakersystemId, Secret.of(passord))
 *         .privateKey(KeyMaterial.fromPem(Path.of("privatekey.pem")))
 *         .build()) {
 *     ReceiveResult result = svarInn.receive(Path.of("innkommende"), (forsendelse, files) ->
 *             archive.importForsendelse(forsendelse.id(), forsendelse, files.directory()));
 * }
 * }</pre>
 */
public final class SvarInnClient implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(FiksClient.LOGGER_NAME);

    private final FiksClient fiks;
    private final RetryPolicy retryPolicy;
    private final ReceivingApi api;
    private final SvarInnApiVersion apiVersion;
    private final String mottakersystemId;
    private final EnvelopeDecryptor decryptor;
    private final ExtractionLimits extractionLimits;
    private final Set<PosixFilePermission> directoryPermissions;

    private SvarInnClient(Builder builder, FiksClient fiks) {
        this.fiks = fiks;
        this.retryPolicy = fiks.retryPolicy();
        this.apiVersion = builder.apiVersion;
        this.api = apiVersion == SvarInnApiVersion.V1 ? new V1Receiving(fiks) : new V2Receiving(fiks);
        this.mottakersystemId = builder.mottakersystemId;
        this.decryptor = builder.privateKeys.isEmpty() ? null : new EnvelopeDecryptor(builder.privateKeys);
        this.extractionLimits = builder.extractionLimits;
        this.directoryPermissions = builder.directoryPermissions;
    }

    /**
     * Starts a client.
     *
     * @return a builder for SvarInn v2, with default limits, timeouts and retries
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Lists the forsendelser waiting for this receiving system: up to 200 per call, as SvarInn returns them.
     *
     * <p>A forsendelse whose metadata is unusable is listed with its {@link NyForsendelse#metadataProblem()} and does
     * not fail the call.
     *
     * @return the new forsendelser; empty when none are waiting
     * @throws FiksException if the request fails (a {@link io.github.fiksclients.errors.FiksHttpException} for an
     *     error status, such as 401 for a wrong password)
     */
    public List<NyForsendelse> fetchNew() {
        return api.fetchNew();
    }

    /**
     * Downloads one forsendelse, decrypts it and puts its verified files in {@code <targetDirectory>/<id>}, as a
     * stream in constant memory; this does not acknowledge it.
     *
     * <p>An earlier copy in that directory, from a receive that was not acknowledged, is replaced in one step.
     *
     * <p>If reading the download fails part-way ({@link ForsendelseDownloadException}: the connection dropped, reset
     * or timed out), what was received is thrown away and the download starts again from the beginning, as long as
     * the client's {@link RetryPolicy} allows another attempt within its {@linkplain RetryPolicy#maxAttempts()
     * attempts} and {@linkplain RetryPolicy#maxElapsed() time}, after its backoff. Content that arrives whole but
     * fails decryption or verification is not downloaded again.
     *
     * @param forsendelse a forsendelse from {@link #fetchNew()}
     * @param targetDirectory where each forsendelse gets its own directory; created if missing
     * @return the forsendelse's directory and verified files
     * @throws io.github.fiksclients.svarinn.receive.ForsendelseReceiveException if the forsendelse's metadata is
     *     unusable ({@link ForsendelseMetadataException}) or it cannot be turned into verified files, such as a
     *     {@link ForsendelseDownloadException} when every attempt to read the download failed (the earlier
     *     attempts' failures are {@linkplain Throwable#getSuppressed() suppressed} in it); nothing is left in the
     *     target directory
     * @throws FiksException if the download request fails
     * @throws IllegalStateException if the client was built without a {@linkplain Builder#privateKey private key}
     */
    public ReceivedForsendelse download(NyForsendelse forsendelse, Path targetDirectory) {
        Objects.requireNonNull(forsendelse, "forsendelse");
        Objects.requireNonNull(targetDirectory, "targetDirectory");
        EnvelopeDecryptor envelopes = requireDecryptor();
        List<ExpectedFile> expectedFiles = forsendelse.expectedFiles();
        RetryBudget budget = retryPolicy.newBudget();
        List<ForsendelseDownloadException> earlierFailures = new ArrayList<>();
        while (true) {
            try (ResponseBody body = api.openDownload(forsendelse)) {
                return extractor(targetDirectory).extract(forsendelse.id(),
                        envelopes.decrypt(forsendelse.id(), body.byteStream()), expectedFiles);
            } catch (ForsendelseDownloadException e) {
                waitToDownloadAgain(budget, e, earlierFailures);
                earlierFailures.add(e);
            }
        }
    }

    /**
     * Waits before the download is started again; or, if the policy allows no further attempt or the wait is
     * interrupted, throws {@code failure} with the earlier failures suppressed in it.
     */
    private static void waitToDownloadAgain(RetryBudget budget, ForsendelseDownloadException failure,
            List<ForsendelseDownloadException> earlierFailures) {
        Optional<Duration> delay = budget.nextDelay(Optional.empty());
        if (delay.isEmpty()) {
            earlierFailures.forEach(failure::addSuppressed);
            throw failure;
        }
        LOG.info("Downloading forsendelse {} again in {} ms after: {} (attempt {} of {} failed)",
                failure.forsendelseId(), delay.get().toMillis(), failure.getMessage(), budget.failedAttempts(),
                budget.policy().maxAttempts());
        try {
            Thread.sleep(delay.get().toMillis(), delay.get().toNanosPart() % 1_000_000);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            earlierFailures.forEach(failure::addSuppressed);
            throw failure;
        }
    }

    /**
     * Tells SvarInn the forsendelse has been received and imported, so it is not offered again. Call it only once
     * the forsendelse is safely stored in the receiving system.
     *
     * @param forsendelseId the forsendelse's id
     * @throws FiksException if the request fails after any retries
     */
    public void acknowledge(String forsendelseId) {
        api.acknowledge(requireId(forsendelseId));
    }

    /**
     * Tells SvarInn the forsendelse could not be received; the sender sees the reason in its log.
     *
     * <p>A non-permanent failure leaves the forsendelse to be offered again. A permanent one makes SvarUt send it
     * another way (Altinn or paper), unless it is digital only, and SvarInn no longer offers it.
     *
     * <p>Both API versions can say exactly this, a message and whether the failure is permanent, and nothing more
     * (no error code): v1 with {@code POST mottakFeilet/forsendelse/{id}} and an {@code ImportFeil}
     * {@code {feilmelding, permanent}}, v2 with {@code PATCH forsendelser/{id}/status}, status {@code FEILET} and a
     * {@code feil} {@code {feilmelding, permanent}}.
     *
     * @param forsendelseId the forsendelse's id
     * @param feilmelding the reason, for the sender; put no secrets or personal data in it
     * @param permanent {@code true} if receiving it will never succeed
     * @throws FiksException if the request fails after any retries
     * @throws IllegalArgumentException if {@code feilmelding} is blank
     */
    public void reportFailure(String forsendelseId, String feilmelding, boolean permanent) {
        Objects.requireNonNull(feilmelding, "feilmelding");
        if (feilmelding.isBlank()) {
            throw new IllegalArgumentException("feilmelding must not be blank");
        }
        api.reportFailure(requireId(forsendelseId), feilmelding, permanent);
    }

    /**
     * Receives every new forsendelse with the {@linkplain ReceiveOptions#defaults() default options}: polls until
     * nothing new is left and reports failures to SvarInn, as permanent after three failures on the content.
     *
     * @param targetDirectory where each forsendelse gets its own directory
     * @param handler what to do with each received forsendelse, such as importing it
     * @return what was acknowledged and what failed
     * @throws FiksException if polling fails (forsendelser handled before that are acknowledged), or another
     *     receive holds the target directory
     * @throws IllegalStateException if the client was built without a {@linkplain Builder#privateKey private key}
     * @see #receive(Path, ForsendelseHandler, ReceiveOptions)
     */
    public ReceiveResult receive(Path targetDirectory, ForsendelseHandler handler) {
        return receive(targetDirectory, handler, ReceiveOptions.defaults());
    }

    /**
     * Receives new forsendelser: for each, downloads, decrypts and verifies it into {@code <targetDirectory>/<id>},
     * calls the handler, and acknowledges it only if the handler returned normally.
     *
     * <p>A failure of one forsendelse (unusable metadata, the download, decryption, verification, storage, the
     * handler, or anything unexpected on its path: a runtime exception, an {@link OutOfMemoryError}) never ends the
     * receive: it leaves that forsendelse unacknowledged, reports it to SvarInn as failed with a reason that names
     * what failed (if {@link ReceiveOptions#reportFailures()}), and goes on with the next. The report is permanent
     * once the forsendelse has failed on its own content (a hash that does not match, unsafe or missing files, a
     * corrupt or unsupported envelope, unusable metadata: see
     * {@link io.github.fiksclients.svarinn.receive.ForsendelseReceiveException#isPermanent()})
     * {@link ReceiveOptions#permanentFailureAfter()} times, counted across receives in the hidden file
     * {@code .fiks-svarinn-attempts} of the target directory; then SvarUt sends it another way and it leaves
     * SvarInn's list, so failing forsendelser cannot keep newer ones out of it. Each forsendelse is tried at most
     * once per call, even if SvarInn offers it again; those that failed on their content before are tried after the
     * others. A failed acknowledgement is recorded too, and not reported. Delivery is at least once: see the class
     * description.
     *
     * <p>The receive first creates the target directory if missing, takes its lock (the hidden file
     * {@code .fiks-svarinn.lock}: a second receive into the same directory fails while one runs), and deletes what
     * crashed receives left there ({@code .<id>.partial-*} and {@code .<id>.replaced-*} directories).
     *
     * @param targetDirectory where each forsendelse gets its own directory; created if missing
     * @param handler what to do with each received forsendelse, such as importing it
     * @param options whether to report failures, when as permanent, poll until empty, and the most forsendelser to
     *     take
     * @return what was acknowledged and what failed
     * @throws FiksException if polling fails (forsendelser handled before that are acknowledged), or another
     *     receive holds the target directory ({@link SvarInnException})
     * @throws IllegalStateException if the client was built without a {@linkplain Builder#privateKey private key}
     */
    public ReceiveResult receive(Path targetDirectory, ForsendelseHandler handler, ReceiveOptions options) {
        Objects.requireNonNull(targetDirectory, "targetDirectory");
        Objects.requireNonNull(handler, "handler");
        Objects.requireNonNull(options, "options");
        requireDecryptor();
        return new ReceiveLoop(this, targetDirectory, handler, options).run();
    }

    /**
     * The API version this client talks to.
     *
     * @return {@link SvarInnApiVersion#V1} or {@link SvarInnApiVersion#V2}
     */
    public SvarInnApiVersion apiVersion() {
        return apiVersion;
    }

    /** Releases the connections and threads of the client's HTTP runtime, unless they came from the caller. */
    @Override
    public void close() {
        fiks.close();
    }

    @Override
    public String toString() {
        return "SvarInnClient{baseUrl=" + fiks.baseUrl(api.apiInterface()) + ", apiVersion=" + apiVersion + ", mottakersystem="
                + mottakersystemId + ", privateKey=" + (decryptor == null ? "none" : "set") + "}";
    }

    /** The extractor into a target directory, with this client's limits and permissions. */
    ForsendelseExtractor extractor(Path targetDirectory) {
        return new ForsendelseExtractor(targetDirectory, extractionLimits, directoryPermissions);
    }

    private EnvelopeDecryptor requireDecryptor() {
        if (decryptor == null) {
            throw new IllegalStateException("Set the receiving system's privateKey(...) to download forsendelser");
        }
        return decryptor;
    }

    private static String requireId(String forsendelseId) {
        Objects.requireNonNull(forsendelseId, "forsendelseId");
        if (forsendelseId.isBlank()) {
            throw new IllegalArgumentException("forsendelseId must not be blank");
        }
        return forsendelseId;
    }

    /**
     * Collects the settings of a {@link SvarInnClient}: the runtime options every Fiks client shares (environment or
     * base URL, timeouts, retries, logging; see {@link FiksClientBuilder}) plus the receiving system's own. Validated
     * in {@link #build()}.
     */
    public static final class Builder extends FiksClientBuilder<Builder, SvarInnClient> {

        private String mottakersystemId;
        private Secret passord;
        private List<KeyMaterial> privateKeys = List.of();
        private SvarInnApiVersion apiVersion = SvarInnApiVersion.V2;
        private ExtractionLimits extractionLimits = ExtractionLimits.defaults();
        private Set<PosixFilePermission> directoryPermissions = ForsendelseExtractor.OWNER_ONLY;

        private Builder() {
        }

        /**
         * Authenticates as a receiving system, with HTTP Basic as SvarInn requires.
         *
         * @param id the receiving system's id (mottakersystem), from SvarUt's administration
         * @param passord its service password
         * @return this builder
         */
        public Builder mottakersystem(String id, Secret passord) {
            this.mottakersystemId = Objects.requireNonNull(id, "id");
            this.passord = Objects.requireNonNull(passord, "passord");
            return this;
        }

        /**
         * Sets the receiving system's private key, which forsendelser are encrypted to; needed to download and
         * receive, not to list, acknowledge or report. Replaces keys set before.
         *
         * <p>Give the key with its certificate ({@link KeyMaterial#fromPem(Path, Path)} or
         * {@link KeyMaterial#fromPkcs12}) to have the envelope's recipient chosen by the certificate's identifier;
         * a key alone is tried on the envelope's RSA recipients.
         *
         * @param privateKey the key, read with {@link KeyMaterial#fromPem(Path)} or {@link KeyMaterial#fromPkcs12}
         * @return this builder
         */
        public Builder privateKey(KeyMaterial privateKey) {
            return privateKeys(List.of(Objects.requireNonNull(privateKey, "privateKey")));
        }

        /**
         * Sets several private keys of the receiving system, for a key rotation: each forsendelse is decrypted with
         * the key its envelope is for, matched by the certificates' identifiers (keys without a certificate are
         * tried). Keep the old key until every forsendelse encrypted to it has been received. Replaces keys set
         * before.
         *
         * @param privateKeys the keys, at least one, preferably each with its certificate
         * @return this builder
         * @throws IllegalArgumentException if the list is empty
         */
        public Builder privateKeys(List<KeyMaterial> privateKeys) {
            Objects.requireNonNull(privateKeys, "privateKeys");
            if (privateKeys.isEmpty()) {
                throw new IllegalArgumentException("privateKeys must not be empty");
            }
            privateKeys.forEach(key -> Objects.requireNonNull(key, "a private key is null"));
            this.privateKeys = List.copyOf(privateKeys);
            return this;
        }

        /**
         * Chooses the SvarInn API version; the default is {@link SvarInnApiVersion#V2}.
         *
         * @param apiVersion the version
         * @return this builder
         */
        public Builder apiVersion(SvarInnApiVersion apiVersion) {
            this.apiVersion = Objects.requireNonNull(apiVersion, "apiVersion");
            return this;
        }

        /**
         * Bounds what one forsendelse may unpack to; the default is {@link ExtractionLimits#defaults()}.
         *
         * @param extractionLimits the limits
         * @return this builder
         */
        public Builder extractionLimits(ExtractionLimits extractionLimits) {
            this.extractionLimits = Objects.requireNonNull(extractionLimits, "extractionLimits");
            return this;
        }

        /**
         * Sets the POSIX permissions of the directories receiving creates: the target directory if it is missing,
         * each forsendelse's directory and the directories in it; their files get the same without the execute bits.
         * The default, {@link ForsendelseExtractor#OWNER_ONLY}, is {@code rwx------} ({@code rw-------} for files).
         * They are set exactly, whatever the process's umask. On a file system without POSIX permissions (Windows)
         * they are ignored: what a receive creates inherits the ACL of the target directory, so restrict that one.
         *
         * @param directoryPermissions for example {@code PosixFilePermissions.fromString("rwxr-x---")} to let the
         *     owner's group read
         * @return this builder
         */
        public Builder directoryPermissions(Set<PosixFilePermission> directoryPermissions) {
            this.directoryPermissions = Set.copyOf(Objects.requireNonNull(directoryPermissions,
                    "directoryPermissions"));
            return this;
        }

        /**
         * Checks the settings and creates the client. No request is sent yet.
         *
         * @return the client
         * @throws IllegalStateException if the target or the receiving system is missing, or the target is set twice
         * @throws IllegalArgumentException if the id is blank or holds {@code :}
         */
        @Override
        public SvarInnClient build() {
            if (mottakersystemId == null) {
                throw new IllegalStateException("Set mottakersystem(id, passord)");
            }
            return new SvarInnClient(this, buildFiksClient(FiksAuthentication.basic(mottakersystemId, passord)));
        }
    }
}
