package io.github.fiksclients.svarinn;

import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.svarinn.receive.ForsendelseExtractor;
import io.github.fiksclients.svarinn.receive.ForsendelseReceiveException;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One run of {@link SvarInnClient#receive}: poll, and for each new forsendelse download, verify, hand over and
 * acknowledge, in that order; any failure leaves the forsendelse unacknowledged and goes on with the next.
 *
 * <p>Before it polls, it creates the target directory if missing, locks it against other receives
 * ({@link TargetDirectoryLock}) and deletes what crashed receives left in it. Each id is tried at most once per run:
 * SvarInn offers a failed forsendelse again at once, and without this a run that polls until empty would never end.
 * Nothing thrown on one forsendelse's path ends the run: typed failures, runtime exceptions and
 * {@link OutOfMemoryError}s alike are recorded for that forsendelse.
 *
 * <p><b>Failing forsendelser do not starve the others.</b> SvarInn lists at most {@value #MAX_PER_POLL} forsendelser,
 * oldest first, and a forsendelse reported as failed (not permanently) stays in the list. So a forsendelse whose
 * content keeps failing is counted ({@link FailedAttempts}) and, after
 * {@link ReceiveOptions#permanentFailureAfter()} failures, reported as permanently failed, which takes it out of the
 * list; within a poll, forsendelser that never failed on their content are tried first, so a maximum per run is not
 * spent on old failures; and a full poll with nothing left to try is logged, as newer forsendelser may wait behind
 * it.
 */
final class ReceiveLoop {

    /** The most forsendelser SvarInn lists per poll. */
    static final int MAX_PER_POLL = 200;

    private static final Logger LOG = LoggerFactory.getLogger(SvarInnClient.class);

    private final SvarInnClient client;
    private final Path targetDirectory;
    private final ForsendelseHandler handler;
    private final ReceiveOptions options;
    private final Set<String> tried = new HashSet<>();
    private final List<String> acknowledged = new ArrayList<>();
    private final List<ReceiveFailure> failures = new ArrayList<>();
    private FailedAttempts attempts;

    ReceiveLoop(SvarInnClient client, Path targetDirectory, ForsendelseHandler handler, ReceiveOptions options) {
        this.client = client;
        this.targetDirectory = targetDirectory;
        this.handler = handler;
        this.options = options;
    }

    ReceiveResult run() {
        ForsendelseExtractor extractor = client.extractor(targetDirectory);
        extractor.createTargetDirectory();
        try (TargetDirectoryLock lock = TargetDirectoryLock.acquire(targetDirectory)) {
            if (lock.held()) {
                int deleted = extractor.deleteLeftovers();
                if (deleted > 0) {
                    LOG.info("Deleted {} leftover(s) of interrupted receives in {}", deleted, targetDirectory);
                }
            }
            attempts = FailedAttempts.load(targetDirectory, Clock.systemUTC());
            return pollAndReceive();
        }
    }

    private ReceiveResult pollAndReceive() {
        boolean pollAgain = true;
        while (pollAgain && tried.size() < options.maxForsendelser() && !Thread.currentThread().isInterrupted()) {
            List<NyForsendelse> listed = client.fetchNew();
            List<NyForsendelse> fresh = listed.stream()
                    .filter(forsendelse -> !tried.contains(forsendelse.id()))
                    .sorted(Comparator.comparing(forsendelse -> attempts.count(forsendelse.id()) > 0))
                    .toList();
            for (NyForsendelse forsendelse : fresh) {
                if (tried.size() >= options.maxForsendelser() || Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (tried.add(forsendelse.id())) {
                    receive(forsendelse);
                }
            }
            if (fresh.isEmpty() && listed.size() >= MAX_PER_POLL) {
                LOG.warn("SvarInn listed {} forsendelser, all tried in this receive and failed: newer ones may wait "
                        + "behind them until these are received or reported as permanently failed", listed.size());
            }
            pollAgain = options.pollUntilEmpty() && !fresh.isEmpty();
        }
        return new ReceiveResult(acknowledged, failures);
    }

    /**
     * Receives one forsendelse, recording whatever happens to it.
     *
     * <p>{@link OutOfMemoryError} is caught here on purpose, with {@link StackOverflowError}: when it happens on one
     * forsendelse's path, the allocation that failed was made for that forsendelse (a buffer for a length its bytes
     * claimed, or the handler's work on it), and what it allocated is unreachable once the error has unwound the
     * stack, so the next forsendelse starts with the heap as before. Bounded reading of the input (see
     * {@link io.github.fiksclients.svarinn.receive.EnvelopeDecryptor}) is what keeps a corrupt length from causing it
     * in the first place; this keeps one bad forsendelse, or a heap too small for one, from stopping the others.
     */
    private void receive(NyForsendelse forsendelse) {
        String id = forsendelse.id();
        ReceivedForsendelse files;
        try {
            files = client.download(forsendelse, targetDirectory);
        } catch (FiksException e) {
            fail(id, e);
            return;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            fail(id, new UnexpectedReceiveFailureException(id, "downloading, decrypting and verifying it", e));
            return;
        }
        try {
            handler.handle(forsendelse, files);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(id, new ForsendelseHandlerException(id, e));
            return;
        } catch (Exception | OutOfMemoryError | StackOverflowError e) {
            fail(id, new ForsendelseHandlerException(id, e));
            return;
        }
        try {
            client.acknowledge(id);
            acknowledged.add(id);
        } catch (FiksException e) {
            failures.add(new ReceiveFailure(id, e, false));
            return;
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            failures.add(new ReceiveFailure(id, new UnexpectedReceiveFailureException(id, "acknowledging it", e),
                    false));
            return;
        }
        forgetAttempts(id, null);
    }

    /**
     * Records a failure: counts it if it lies in the forsendelse's content, and reports it to SvarInn, as permanent
     * once the count reaches the option's threshold.
     */
    private void fail(String forsendelseId, FiksException failure) {
        int failuresOnContent = 0;
        if (failure instanceof ForsendelseReceiveException receiveFailure && receiveFailure.isPermanent()) {
            try {
                failuresOnContent = attempts.recordFailure(forsendelseId);
            } catch (IOException e) {
                failuresOnContent = attempts.count(forsendelseId);
                failure.addSuppressed(e);
                LOG.warn("Cannot save the failure count of forsendelse {} in {}: {}", forsendelseId,
                        targetDirectory, e.toString());
            }
        }
        boolean permanent = options.permanentFailureAfter() > 0 && failuresOnContent >= options.permanentFailureAfter();
        boolean reported = false;
        if (options.reportFailures()) {
            try {
                client.reportFailure(forsendelseId, reason(forsendelseId, failure, permanent, failuresOnContent),
                        permanent);
                reported = true;
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        if (reported && permanent) {
            forgetAttempts(forsendelseId, failure);
        }
        failures.add(new ReceiveFailure(forsendelseId, failure, reported, reported && permanent, failuresOnContent));
    }

    private static String reason(String forsendelseId, FiksException failure, boolean permanent,
            int failuresOnContent) {
        String reason = FailureReasons.of(forsendelseId, failure);
        if (permanent) {
            return FailureReasons.withSuffix(reason, failuresOnContent == 1 ? " (permanent)"
                    : " (permanent: failed on its content " + failuresOnContent + " times)");
        }
        return reason;
    }

    /** Forgets a forsendelse's count once it is received or out of SvarInn's list; a failure to save is logged. */
    private void forgetAttempts(String forsendelseId, FiksException failure) {
        try {
            attempts.forget(forsendelseId);
        } catch (IOException e) {
            if (failure != null) {
                failure.addSuppressed(e);
            }
            LOG.warn("Cannot save the failure counts in {}: {}", targetDirectory, e.toString());
        }
    }
}
