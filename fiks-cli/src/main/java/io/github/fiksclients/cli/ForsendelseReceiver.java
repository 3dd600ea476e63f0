package io.github.fiksclients.cli;

import io.github.fiksclients.svarinn.NyForsendelse;
import io.github.fiksclients.svarinn.ReceiveFailure;
import io.github.fiksclients.svarinn.ReceiveResult;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import io.github.fiksclients.svarinn.receive.VerifiedFile;
import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.Locale;

/**
 * Receives every new forsendelse with {@link SvarInnClient#receive} and prints what happened: each forsendelse's
 * verified files as it arrives, then those not received and why.
 *
 * <p>The handler only leaves the verified files in place: a forsendelse is acknowledged once its files are in
 * {@code <directory>/<forsendelseId>/}.
 */
final class ForsendelseReceiver {

    private final PrintWriter out;
    private final String indent;
    private final boolean verbose;

    /** Prints to {@code out}, each line after {@code indent}; with verbose, failures with their causes. */
    ForsendelseReceiver(PrintWriter out, String indent, boolean verbose) {
        this.out = out;
        this.indent = indent;
        this.verbose = verbose;
    }

    ReceiveResult receive(SvarInnClient client, Path directory) {
        ReceiveResult result = client.receive(directory, this::print);
        for (ReceiveFailure failure : result.failures()) {
            out.printf(indent + "NOT received %s: %s%n", failure.forsendelseId(),
                    Problems.describe(failure.exception(), verbose));
            out.printf(indent + "    not acknowledged%s%n", failure.failureReported()
                    ? "; reported to SvarInn as failed, so it will be offered again" : "");
        }
        out.printf(indent + "%d received and acknowledged, %d not received%n", result.acknowledged().size(),
                result.failures().size());
        out.flush();
        return result;
    }

    private void print(NyForsendelse forsendelse, ReceivedForsendelse received) {
        out.printf(indent + "%s  \"%s\"%s%n", forsendelse.id(), forsendelse.tittel().orElse("(no title)"),
                forsendelse.avsenderNavn().map(avsender -> " from " + avsender).orElse(""));
        int width = received.files().stream().mapToInt(file -> file.filnavn().length()).max().orElse(0);
        for (VerifiedFile file : received.files()) {
            out.printf(Locale.ROOT, indent + "    %-" + width + "s  %,9d bytes  SHA-256 verified%n", file.filnavn(),
                    file.size());
        }
        out.flush();
    }
}
