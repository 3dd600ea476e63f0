package io.github.fiksclients.testkit;

import java.nio.charset.StandardCharsets;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The simulated SvarInn: the mottakersystemer it knows and the forsendelser queued for them. Get it from
 * {@link FiksSimulator#svarInn()}.
 *
 * <p>It serves the SvarInn receiving API v1 and v2 below {@link FiksSimulator#svarUtBaseUrl()} to HTTP Basic
 * credentials of a registered mottakersystem. A poll returns at most {@value #MAX_PER_POLL} forsendelser, oldest
 * first: those not yet reported on, and those reported FEILET without {@code permanent}. A forsendelse reported
 * MOTTATT, or permanently FEILET, is no longer offered (it can still be downloaded). Another mottakersystem's
 * forsendelse, or an unknown id, is a 404.
 */
public final class SvarInnSimulator {

    /** The most forsendelser one poll returns. */
    public static final int MAX_PER_POLL = 200;

    private final Map<String, Mottakersystem> mottakere = new ConcurrentHashMap<>();
    private final Map<UUID, StoredForsendelse> forsendelser = new LinkedHashMap<>();

    SvarInnSimulator() {
    }

    /**
     * Registers a mottakersystem, or replaces the password and certificate of one already registered.
     *
     * @param username the mottakersystem's id, its HTTP Basic user name
     * @param password its HTTP Basic password
     * @param encryptionCertificate the certificate whose RSA public key downloads are encrypted to
     * @throws IllegalArgumentException if the user name is blank or holds {@code :}, or the password is blank
     */
    public void registerMottaker(String username, String password, X509Certificate encryptionCertificate) {
        Objects.requireNonNull(username, "username");
        Objects.requireNonNull(password, "password");
        Objects.requireNonNull(encryptionCertificate, "encryptionCertificate");
        if (username.isBlank() || username.contains(":")) {
            throw new IllegalArgumentException("username must be non-blank and without ':'");
        }
        mottakere.put(username, new Mottakersystem(username, password, encryptionCertificate));
    }

    /**
     * Queues a forsendelse for a registered mottakersystem; it is offered from the next poll on.
     *
     * @param mottakerUsername the mottakersystem's id
     * @param forsendelse what to send
     * @return the forsendelse's id, as its metadata and URLs carry it
     * @throws IllegalArgumentException if the mottakersystem is not registered
     */
    public UUID enqueue(String mottakerUsername, SimulatedForsendelse forsendelse) {
        Objects.requireNonNull(forsendelse, "forsendelse");
        Mottakersystem mottaker = mottakere.get(mottakerUsername);
        if (mottaker == null) {
            throw new IllegalArgumentException("No SvarInn mottakersystem is registered as " + mottakerUsername);
        }
        UUID id = UUID.randomUUID();
        synchronized (forsendelser) {
            forsendelser.put(id, new StoredForsendelse(id, mottaker, forsendelse, Instant.now()));
        }
        return id;
    }

    /**
     * Tells what the mottakersystem last reported for a forsendelse.
     *
     * @param forsendelseId an id returned by {@link #enqueue(String, SimulatedForsendelse)}
     * @return its status; {@link ForsendelseStatus.State#NY} until reported on
     * @throws IllegalArgumentException if no forsendelse has this id
     */
    public ForsendelseStatus status(UUID forsendelseId) {
        synchronized (forsendelser) {
            StoredForsendelse stored = forsendelser.get(forsendelseId);
            if (stored == null) {
                throw new IllegalArgumentException("No forsendelse has the id " + forsendelseId);
            }
            return stored.status();
        }
    }

    /**
     * Lists the forsendelser reported MOTTATT, in the order they were queued.
     *
     * @return their ids
     */
    public List<UUID> acknowledged() {
        synchronized (forsendelser) {
            return forsendelser.values().stream()
                    .filter(f -> f.status().state() == ForsendelseStatus.State.MOTTATT)
                    .map(StoredForsendelse::id)
                    .collect(Collectors.toUnmodifiableList());
        }
    }

    /** The mottakersystem whose HTTP Basic credentials the request carries; 401 otherwise. */
    Mottakersystem authenticate(SimulatorExchange exchange) {
        String authorization = exchange.header("Authorization");
        if (authorization == null || !authorization.toLowerCase(Locale.ROOT).startsWith("basic ")) {
            throw ApiException.unauthorized("The request has no Authorization: Basic header");
        }
        String decoded;
        try {
            decoded = new String(Base64.getDecoder().decode(authorization.substring(6).trim()),
                    StandardCharsets.UTF_8);
        } catch (IllegalArgumentException e) {
            throw ApiException.unauthorized("The Basic credentials are not valid Base64");
        }
        int colon = decoded.indexOf(':');
        Mottakersystem mottaker = colon < 0 ? null : mottakere.get(decoded.substring(0, colon));
        if (mottaker == null || !mottaker.passwordMatches(decoded.substring(colon + 1))) {
            throw ApiException.unauthorized("Unknown mottakersystem or wrong password");
        }
        return mottaker;
    }

    List<StoredForsendelse> offeredTo(Mottakersystem mottaker) {
        synchronized (forsendelser) {
            return forsendelser.values().stream()
                    .filter(f -> f.mottaker() == mottaker && f.status().offered())
                    .limit(MAX_PER_POLL)
                    .collect(Collectors.toUnmodifiableList());
        }
    }

    /** The mottakersystem's own forsendelse with this id; 404 for an unknown id or another's forsendelse. */
    StoredForsendelse owned(Mottakersystem mottaker, UUID id) {
        synchronized (forsendelser) {
            StoredForsendelse stored = forsendelser.get(id);
            if (stored == null || stored.mottaker() != mottaker) {
                throw ApiException.notFound("No forsendelse " + id + " for this mottakersystem");
            }
            return stored;
        }
    }

    void report(Mottakersystem mottaker, UUID id, ForsendelseStatus status) {
        synchronized (forsendelser) {
            owned(mottaker, id).status(status);
        }
    }
}
