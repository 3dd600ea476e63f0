package io.github.fiksclients.svarinn;

import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

/**
 * One run of {@link SvarInnClient#receive}: poll, and for each new forsendelse download, verify, hand over and
 * acknowledge, in that order; any failure leaves the forsendelse unacknowledged and goes on with the next.
 *
 * <p>Each id is tried at most once per run: SvarInn offers a failed forsendelse again at once, and without this a
 * run that polls until empty would never end.
 */
final class ReceiveLoop {

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

    private void receive(NyForsendelse forsendelse) {
        ReceivedForsendelse files;
        try {
            files = client.download(forsendelse, targetDirectory);
        } catch (FiksException e) {
            fail(forsendelse.id(), e);
            return;
        }
        try {
            handler.handle(forsendelse, files);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            fail(forsendelse.id(), new ForsendelseHandlerException(forsendelse.id(), e));
            return;
        } catch (Exception e) {
            fail(forsendelse.id(), new ForsendelseHandlerException(forsendelse.id(), e));
            return;
        }
        try {
            client.acknowledge(forsendelse.id());
            acknowledged.add(forsendelse.id());
        } catch (FiksException e) {
            failures.add(new ReceiveFailure(forsendelse.id(), e, false));
        }
    }

    private void fail(String forsendelseId, FiksException failure) {
        boolean reported = false;
        if (options.reportFailures()) {
            try {
                client.reportFailure(forsendelseId, FailureReasons.of(forsendelseId, failure), false);
                reported = true;
            } catch (FiksException e) {
                failure.addSuppressed(e);
            }
        }
        failures.add(new ReceiveFailure(forsendelseId, failure, reported));
    }
}
