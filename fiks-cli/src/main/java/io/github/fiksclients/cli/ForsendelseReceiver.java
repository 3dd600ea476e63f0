package io.github.fiksclients.cli;

import io.github.fiksclients.svarinn.NyForsendelse;
import io.github.fiksclients.svarinn.ReceiveFailure;
import io.github.fiksclients.svarinn.ReceiveOptions;
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
 * {@code <directory>/<forsendelseId>/}. A file stored under another name than its {@code filnavn} (one not valid on
 * every OS) is shown with both.
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
        return receive(client, directory, ReceiveOptions.defaults());
    }

    ReceiveResult receive(SvarInnClient client, Path directory, ReceiveOptions options) {
        ReceiveResult result = client.receive(directory, this::print, options);
        for (ReceiveFailure failure : result.failures()) {
            out.printf(indent + "NOT received %s: %s%n", failure.forsendelseId(),
                    Problems.describe(failure.exception(), verbose));
            out.printf(indent + "    not acknowledged%s%n", reportDescription(failure, options));
        }
        out.printf(indent + "%d received and acknowledged, %d not received%n", result.acknowledged().size(),
                result.failures().size());
        out.flush();
        return result;
    }

    private static String reportDescription(ReceiveFailure failure, ReceiveOptions options) {
        if (failure.reportedPermanent()) {
            return "; reported to SvarInn as permanently failed (failed on its content " + failure.failuresOnContent()
                    + " time(s)), so SvarUt sends it another way";
        }
        if (!failure.failureReported()) {
            return "";
        }
        String counted = failure.failuresOnContent() == 0 || options.permanentFailureAfter() == 0 ? ""
                : " (failed on its content " + failure.failuresOnContent() + " time(s); reported as permanent after "
                        + options.permanentFailureAfter() + ")";
        return "; reported to SvarInn as failed, so it will be offered again" + counted;
    }

    private void print(NyForsendelse forsendelse, ReceivedForsendelse received) {
        out.printf(indent + "%s  \"%s\"%s%n", forsendelse.id(), forsendelse.tittel().orElse("(no title)"),
                forsendelse.avsenderNavn().map(avsender -> " from " + avsender).orElse(""));
        int width = received.files().stream().mapToInt(file -> printable(file.filnavn()).length()).max().orElse(0);
        for (VerifiedFile file : received.files()) {
            String stored = received.directory().relativize(file.path()).toString().replace('\\', '/');
            out.printf(Locale.ROOT, indent + "    %-" + width + "s  %,9d bytes  SHA-256 verified%s%n",
                    printable(file.filnavn()), file.size(),
                    stored.equals(file.filnavn()) ? "" : "  (stored as " + stored + ")");
        }
        out.flush();
    }

    /** A file name with its control characters shown as {@code \\uXXXX}, so it prints on one line. */
    private static String printable(String filnavn) {
        StringBuilder text = new StringBuilder();
        filnavn.codePoints().forEach(c -> text.append(Character.isISOControl(c)
                ? String.format(Locale.ROOT, "\\u%04x", c) : Character.toString(c)));
        return text.toString();
    }
}
