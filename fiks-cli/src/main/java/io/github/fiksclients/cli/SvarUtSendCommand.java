package io.github.fiksclients.cli;

import io.github.fiksclients.errors.FiksException;
import io.github.fiksclients.svarut.Dokument;
import io.github.fiksclients.svarut.Forsendelse;
import io.github.fiksclients.svarut.ForsendelseNotSentException;
import io.github.fiksclients.svarut.InvalidForsendelseException;
import io.github.fiksclients.svarut.Mottaker;
import io.github.fiksclients.svarut.SvarUtClient;
import io.github.fiksclients.svarut.UncertainSendException;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiks svarut send FILE...}: sends one forsendelse with the files as its documents, exactly once. */
@Command(
        name = "send",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = {
            "Send the files as one forsendelse through SvarUt, streamed, and print its id alone on stdout.",
            "Everything is checked first: a missing file or a bad value stops the command before anything is sent "
                    + "(exit 2).",
            "A send is never repeated blindly: after a failure once the body went out, the forsendelse is looked up "
                    + "by --eksternref; without one the outcome is reported as uncertain (exit 1).",
            "Needs FIKS_INTEGRASJON_ID, FIKS_INTEGRASJON_PASSORD, FIKS_MASKINPORTEN_ISSUER and a Maskinporten key."
        })
final class SvarUtSendCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions options;

    @Option(names = "--konto", paramLabel = "KONTO_ID",
            description = "The SvarUt konto to send from (default: $FIKS_SVARUT_KONTO).")
    String konto;

    @Option(names = "--tittel", paramLabel = "TEXT", required = true, description = "The forsendelse's title.")
    String tittel;

    @ArgGroup(exclusive = true, multiplicity = "1")
    Recipient recipient;

    @Option(names = "--navn", paramLabel = "NAME", description = "The recipient's name.")
    String navn;

    @Option(names = "--eksternref", paramLabel = "REF",
            description = "Your own unique reference; it lets an uncertain send be settled without a duplicate.")
    String eksternReferanse;

    @Option(names = "--kun-digital", description = "Deliver digitally only, never on paper.")
    boolean kunDigital;

    @Option(names = "--kryptert", description = "Encrypt every document to SvarUt's certificate before sending.")
    boolean kryptert;

    @Option(names = "--niva4", description = "Require the recipient to log in at level 4 (implies --kryptert).")
    boolean niva4;

    @Option(names = "--forsendelsestype", paramLabel = "TYPE", description = "The kind of forsendelse.")
    String forsendelsestype;

    @Option(names = "--avgivende-system", paramLabel = "NAME", defaultValue = "fiks-cli",
            description = "The sending system's name (default: ${DEFAULT-VALUE}).")
    String avgivendeSystem;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "FILE", description = "The documents, in order.")
    List<Path> files;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    SvarUtSendCommand(CliContext context) {
        this.context = context;
    }

    /** Exactly one of {@code --org} and {@code --fnr}. */
    static final class Recipient {
        @Option(names = "--org", paramLabel = "ORGNR", required = true,
                description = "The receiving organisation's number (9 digits).")
        String org;

        @Option(names = "--fnr", paramLabel = "FNR", required = true,
                description = "The receiving person's fødselsnummer (11 digits).")
        String fnr;
    }

    @Override
    public Integer call() {
        checkFiles();
        Forsendelse forsendelse = forsendelse();
        UUID kontoId = SvarUtClients.konto(konto, context.variables());
        Target target = options.target(context.variables(), Variables.SVARUT_URL);
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        try (SvarUtClient svarUt = SvarUtClients.create(target, context.variables(), Optional.of(kontoId),
                options.verbose)) {
            err.printf("Sending '%s' with %d %s (%d bytes%s) to %s%n", tittel, files.size(),
                    files.size() == 1 ? "document" : "documents", totalSize(), kryptert || niva4 ? ", encrypted" : "",
                    target.describe());
            err.flush();
            UUID id = svarUt.send(forsendelse);
            err.printf("Sent: forsendelse %s%n", id);
            err.flush();
            out.println(id);
            out.flush();
            return ExitCodes.OK;
        } catch (InvalidForsendelseException e) {
            throw new ConfigurationException(e.getMessage(), e);
        } catch (UncertainSendException e) {
            return failed(err, "UNCERTAIN, not sent again: ", e);
        } catch (ForsendelseNotSentException e) {
            failed(err, "NOT SENT: ", e);
            return ExitCodes.of(e.getCause());
        }
    }

    /** Says on stderr which kind of failure ended the send. */
    private int failed(PrintWriter err, String what, FiksException e) {
        err.println("fiks: " + what + Problems.describe(e, options.verbose));
        err.flush();
        return ExitCodes.FAILED;
    }

    /** Names the first file that cannot be sent, before any credential is read. */
    private void checkFiles() {
        for (Path file : files) {
            if (!Files.exists(file)) {
                throw new ConfigurationException("File not found: " + file + " (nothing was sent)");
            }
            if (!Files.isRegularFile(file) || !Files.isReadable(file)) {
                throw new ConfigurationException("Not a readable file: " + file + " (nothing was sent)");
            }
        }
    }

    private long totalSize() {
        long total = 0;
        for (Path file : files) {
            try {
                total += Files.size(file);
            } catch (IOException e) {
                return -1;
            }
        }
        return total;
    }

    private Forsendelse forsendelse() {
        Mottaker mottaker = recipient.org != null ? Mottaker.organisasjon(recipient.org)
                : Mottaker.person(recipient.fnr);
        if (navn != null) {
            mottaker = mottaker.navn(navn);
        }
        Forsendelse.Builder builder = Forsendelse.builder()
                .tittel(tittel)
                .mottaker(mottaker)
                .avgivendeSystem(avgivendeSystem)
                .kunDigitalLevering(kunDigital)
                .kryptert(kryptert || niva4)
                .krevNiva4Innlogging(niva4);
        files.forEach(file -> builder.dokument(Dokument.fromFile(file)));
        if (eksternReferanse != null) {
            builder.eksternReferanse(eksternReferanse);
        }
        if (forsendelsestype != null) {
            builder.forsendelsestype(forsendelsestype);
        }
        return builder.build();
    }
}
