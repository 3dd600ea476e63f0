package io.github.fiksclients.svarinn;

import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.svarinn.receive.ForsendelseExtractor;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import java.nio.file.Path;
import java.util.ArrayList;
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
 */
final class ReceiveLoop {

    private static final Logger LOG = LoggerFactory.getLogger(SvarInnClient.class);

    private final SvarInnClient client;
    private final Path targetDirectory;
    private final ForsendelseHandler handler;
    private final ReceiveOptions options;
    private final Set<String> tried = new HashSet<>();
    private final List<String> acknowledged = new ArrayList<>();
    private final List<ReceiveFailure> failures = new ArrayList<>();

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
            return pollAndReceive();
        }
    }

    private ReceiveResult pollAndReceive() {
        boolean pollAgain = true;
        while (pollAgain && tried.size() < options.maxForsendelser() && !Thread.currentThread().isInterrupted()) {
            List<NyForsendelse> fresh = client.fetchNew().stream()
                    .filter(forsendelse -> !tried.contains(forsendelse.id()))
                    .toList();
            for (NyForsendelse forsendelse : fresh) {
                if (tried.size() >= options.maxForsendelser() || Thread.currentThread().isInterrupted()) {
                    break;
                }
                if (tried.add(forsendelse.id())) {
                    receive(forsendelse);
                }
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
        } catch (RuntimeException | OutOfMemoryError | StackOverflowError e) {
            failures.add(new ReceiveFailure(id, new UnexpectedReceiveFailureException(id, "acknowledging it", e),
                    false));
        }
    }

    private void fail(String forsendelseId, FiksException failure) {
        boolean reported = false;
        if (options.reportFailures()) {
            try {
                client.reportFailure(forsendelseId, FailureReasons.of(forsendelseId, failure), false);
                reported = true;
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
        }
        failures.add(new ReceiveFailure(forsendelseId, failure, reported));
    }
}
