package io.github.fiksclients.testkit;

import java.security.PrivateKey;
import java.security.cert.X509Certificate;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Deque;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

/**
 * The simulated SvarUt (REST API v2): the kontoer it sends from, the receiving systems (mottakersystemer) of
 * organisations, and every forsendelse sent to it. Get it from {@link FiksSimulator#svarUt()}.
 *
 * <p>It serves SvarUt's v2 send, status search, hendelser, signeringshendelser, metadata, lest, document deletion,
 * eksternRef lookup, forsendelsestyper and mottakersystem lookup below {@link FiksSimulator#svarUtApiBaseUrl()}, to
 * a Maskinporten token from the simulator plus a registered integrasjon ({@code IntegrasjonId},
 * {@code IntegrasjonPassord}), and its public certificate at {@code /forsendelse/publickey/hent}. A send is read as a
 * stream and checked as SvarUt documents it (the metadata part first, one file part per document in order, each
 * named by its filnavn); an encrypted one ({@code kryptert}) is decrypted with the simulator's SvarUt key.
 *
 * <p>A forsendelse to an organisation with a registered mottakersystem is delivered to that mottakersystem's SvarInn
 * queue ({@link FiksSimulator#svarInn()}), where SvarInn encrypts it to the mottakersystem's certificate, and its
 * status follows what the receiver does: {@code KLAR_FOR_MOTTAK} while it waits, {@code LEST} once acknowledged,
 * {@code IKKE_LEVERT} after a permanent failure. Any other forsendelse is {@code AKSEPTERT}; marking one read makes
 * it {@code LEST}. Documents are kept in memory: one send may hold at most {@value #MAX_SEND_BYTES} bytes.
 */
public final class SvarUtSimulator {

    /** The most document bytes one send may hold. */
    public static final long MAX_SEND_BYTES = 64L * 1024 * 1024;

    private final SvarInnSimulator svarInn;
    private final Set<UUID> kontoer = ConcurrentHashMap.newKeySet();
    private final Map<String, List<Receiver>> mottakersystemer = new ConcurrentHashMap<>();
    private final Map<UUID, Sent> sent = Collections.synchronizedMap(new LinkedHashMap<>());
    private final Deque<Integer> sendFailures = new ArrayDeque<>();
    private volatile List<String> forsendelsestyper = List.of("Brev", "Vedtak", "Faktura");

    SvarUtSimulator(SvarInnSimulator svarInn) {
        this.svarInn = svarInn;
    }

    /** A receiving system of an organisation, and the SvarInn mottakersystem it stands for. */
    record Receiver(String organisasjonsnummer, String svarInnMottakerId, String navn, String forsendelseType,
            int niva) {
    }

    /**
     * A document of a forsendelse as the simulator received it.
     *
     * @param filnavn its file name
     * @param mimeType its media type, from the metadata
     * @param content its bytes, decrypted if the forsendelse was kryptert
     * @param receivedBytes how many bytes its part held on the wire (encrypted, if it was)
     */
    public record SentDocument(String filnavn, String mimeType, byte[] content, long receivedBytes) {
    }

    /**
     * A forsendelse sent to the simulated SvarUt.
     *
     * @param id its id
     * @param kontoId the konto it was sent from
     * @param tittel its title
     * @param mottakerId the recipient's organisation number or fødselsnummer
     * @param eksternReferanse the sender's reference, or {@code null}
     * @param kryptert whether its documents came encrypted
     * @param documents its documents, in order; empty once deleted
     * @param svarInnId the id it was queued under in SvarInn, or {@code null} if it went to no mottakersystem
     * @param mottatt when SvarUt received it
     */
    public record Sent(UUID id, UUID kontoId, String tittel, String mottakerId, String eksternReferanse,
            boolean kryptert, List<SentDocument> documents, UUID svarInnId, Instant mottatt) {
    }

    /**
     * Registers a konto that forsendelser may be sent from (the demo konto is registered from the start).
     *
     * @param kontoId the konto's id
     */
    public void registerKonto(UUID kontoId) {
        kontoer.add(Objects.requireNonNull(kontoId, "kontoId"));
    }

    /**
     * Registers a receiving system for an organisation: forsendelser to it are then delivered to the SvarInn queue of
     * a registered mottakersystem.
     *
     * @param organisasjonsnummer the receiving organisation
     * @param svarInnMottakerId the SvarInn mottakersystem (registered with {@link SvarInnSimulator#registerMottaker})
     * @param forsendelseType the type it receives, or {@code null} for all
     * @param niva the highest security level it receives at (3 or 4)
     */
    public void registerMottakersystem(String organisasjonsnummer, String svarInnMottakerId, String forsendelseType,
            int niva) {
        Objects.requireNonNull(organisasjonsnummer, "organisasjonsnummer");
        Objects.requireNonNull(svarInnMottakerId, "svarInnMottakerId");
        mottakersystemer.computeIfAbsent(organisasjonsnummer, k -> new java.util.concurrent.CopyOnWriteArrayList<>())
                .add(new Receiver(organisasjonsnummer, svarInnMottakerId, "Mottakersystem " + svarInnMottakerId,
                        forsendelseType, niva));
    }

    /**
     * Sets what the forsendelsestyper lookup lists.
     *
     * @param typer the names
     */
    public void forsendelsestyper(List<String> typer) {
        this.forsendelsestyper = List.copyOf(typer);
    }

    /**
     * Makes the next send create its forsendelse and then answer with an error status, as a SvarUt that fails after
     * storing does; the sender cannot tell whether it was created. Status 0 closes the connection without an answer.
     *
     * @param status 5xx, or 0 to drop the connection
     */
    public void failNextSendAfterCreating(int status) {
        synchronized (sendFailures) {
            sendFailures.add(status);
        }
    }

    /**
     * The certificate senders encrypt to, as {@code /forsendelse/publickey/hent} serves it.
     *
     * @return the simulator's SvarUt certificate
     */
    public X509Certificate certificate() {
        return DemoKeys.SVARUT.certificate();
    }

    /**
     * Every forsendelse sent so far, oldest first.
     *
     * @return the forsendelser
     */
    public List<Sent> sent() {
        synchronized (sent) {
            return List.copyOf(sent.values());
        }
    }

    /**
     * One forsendelse sent so far.
     *
     * @param id its id
     * @return the forsendelse, if sent
     */
    public Optional<Sent> sent(UUID id) {
        return Optional.ofNullable(sent.get(id));
    }

    /**
     * The status SvarUt reports for a forsendelse, following what its receiver did.
     *
     * @param id its id
     * @return a status of SvarUt's status API, such as {@code LEST}
     * @throws IllegalArgumentException if no forsendelse has the id
     */
    public String status(UUID id) {
        Stored stored = stored(id).orElseThrow(() -> new IllegalArgumentException("No forsendelse " + id));
        return stored.status();
    }

    PrivateKey privateKey() {
        return DemoKeys.SVARUT.privateKey();
    }

    void requireKonto(UUID kontoId) {
        if (!kontoer.contains(kontoId)) {
            throw ApiException.notFound("No SvarUt konto " + kontoId + " for this integrasjon");
        }
    }

    /** Takes the queued failure for this send, if any. */
    Optional<Integer> takeSendFailure() {
        synchronized (sendFailures) {
            return Optional.ofNullable(sendFailures.poll());
        }
    }

    List<Receiver> receivers(String organisasjonsnummer, String forsendelseType, Integer niva) {
        return mottakersystemer.getOrDefault(organisasjonsnummer, List.of()).stream()
                .filter(r -> forsendelseType == null || r.forsendelseType() == null
                        || r.forsendelseType().equals(forsendelseType))
                .filter(r -> niva == null || r.niva() >= niva)
                .collect(Collectors.toList());
    }

    List<String> forsendelsestyper() {
        return forsendelsestyper;
    }

    /** Stores a received forsendelse, delivering it to a mottakersystem if the recipient has one. */
    Sent store(UUID kontoId, String tittel, String mottakerId, String avgivendeSystem, String eksternReferanse,
            String forsendelseType, boolean kryptert, boolean niva4, List<SentDocument> documents) {
        UUID id = UUID.randomUUID();
        UUID svarInnId = null;
        List<Receiver> receivers = receivers(mottakerId, forsendelseType, niva4 ? 4 : null);
        if (!receivers.isEmpty()) {
            SimulatedForsendelse.Builder forsendelse = SimulatedForsendelse.builder()
                    .tittel(tittel)
                    .avsender(avgivendeSystem == null ? "SvarUt" : avgivendeSystem)
                    .sikkerhetsniva(niva4 ? 4 : 3);
            documents.forEach(d -> forsendelse.file(d.filnavn(), d.mimeType(), d.content()));
            svarInnId = svarInn.enqueue(receivers.get(0).svarInnMottakerId(), forsendelse.build());
        }
        Sent stored = new Sent(id, kontoId, tittel, mottakerId, eksternReferanse, kryptert, List.copyOf(documents),
                svarInnId, Instant.now());
        sent.put(id, stored);
        lest.remove(id);
        return stored;
    }

    private final Set<UUID> lest = ConcurrentHashMap.newKeySet();

    void markLest(UUID id) {
        stored(id).orElseThrow(() -> ApiException.notFound("No forsendelse " + id));
        lest.add(id);
    }

    void deleteDocuments(UUID id) {
        synchronized (sent) {
            Sent s = sent.get(id);
            if (s == null) {
                throw ApiException.notFound("No forsendelse " + id);
            }
            sent.put(id, new Sent(s.id(), s.kontoId(), s.tittel(), s.mottakerId(), s.eksternReferanse(), s.kryptert(),
                    List.of(), s.svarInnId(), s.mottatt()));
        }
    }

    List<UUID> byEksternReferanse(UUID kontoId, String eksternReferanse) {
        synchronized (sent) {
            return sent.values().stream()
                    .filter(s -> s.kontoId().equals(kontoId) && eksternReferanse.equals(s.eksternReferanse()))
                    .map(Sent::id)
                    .collect(Collectors.toList());
        }
    }

    Optional<Stored> stored(UUID id) {
        Sent s = sent.get(id);
        return s == null ? Optional.empty() : Optional.of(new Stored(s));
    }

    /** A forsendelse with what its status and events are now. */
    final class Stored {
        private final Sent sent;

        Stored(Sent sent) {
            this.sent = sent;
        }

        Sent sent() {
            return sent;
        }

        String status() {
            if (lest.contains(sent.id())) {
                return "LEST";
            }
            if (sent.svarInnId() == null) {
                return "AKSEPTERT";
            }
            ForsendelseStatus receiver = svarInn.status(sent.svarInnId());
            return switch (receiver.state()) {
                case NY -> "KLAR_FOR_MOTTAK";
                case MOTTATT -> "LEST";
                case FEILET -> receiver.permanent() ? "IKKE_LEVERT" : "KLAR_FOR_MOTTAK";
            };
        }

        /** The events so far, as text, oldest first. */
        List<String> hendelser() {
            List<String> hendelser = new ArrayList<>();
            hendelser.add("Mottatt av SvarUt");
            if (sent.svarInnId() != null) {
                hendelser.add("Klar for mottak i mottakersystem");
                ForsendelseStatus receiver = svarInn.status(sent.svarInnId());
                if (receiver.state() == ForsendelseStatus.State.MOTTATT) {
                    hendelser.add("Mottatt og kvittert av mottakersystem");
                } else if (receiver.state() == ForsendelseStatus.State.FEILET) {
                    hendelser.add("Mottak feilet" + (receiver.permanent() ? " permanent" : "") + ": "
                            + receiver.feilmelding());
                }
            }
            if (lest.contains(sent.id())) {
                hendelser.add("Lest");
            }
            return hendelser;
        }
    }
}
