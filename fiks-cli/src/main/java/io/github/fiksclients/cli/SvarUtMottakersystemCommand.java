package io.github.fiksclients.cli;

import io.github.fiksclients.svarut.SvarUtClient;
import io.github.fiksclients.svarut.mottakersystem.v2.model.Mottakersystem;
import java.io.PrintWriter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiks svarut mottakersystem ORGNR}: lists the organisation's receiving systems. */
@Command(
        name = "mottakersystem",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = {
            "List the receiving systems (mottakersystemer) of an organisation, one per line: "
                    + "'ID NIVA FORSENDELSETYPE NAVN'.",
            "None means the organisation receives no forsendelser digitally through SvarInn (said on stderr).",
            "Needs FIKS_INTEGRASJON_ID, FIKS_INTEGRASJON_PASSORD, FIKS_MASKINPORTEN_ISSUER and a Maskinporten key."
        })
final class SvarUtMottakersystemCommand implements Callable<Integer> {

    @Mixin
    ServiceOptions options;

    @Parameters(index = "0", paramLabel = "ORGNR", description = "The organisation number (9 digits).")
    String organisasjonsnummer;

    @Option(names = "--forsendelsestype", paramLabel = "TYPE", description = "Only systems for this type.")
    String forsendelsestype;

    @Option(names = "--niva", paramLabel = "3|4", description = "Only systems at this security level.")
    Integer niva;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    SvarUtMottakersystemCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (!organisasjonsnummer.strip().matches("\\d{9}")) {
            throw new ConfigurationException("ORGNR must be an organisation number of 9 digits");
        }
        Target target = options.target(context.variables(), Variables.SVARUT_URL);
        List<Mottakersystem> systemer;
        try (SvarUtClient svarUt = SvarUtClients.create(target, context.variables(), Optional.empty(),
                options.verbose)) {
            systemer = svarUt.mottakersystemer(organisasjonsnummer.strip(), forsendelsestype, niva);
        }
        PrintWriter out = spec.commandLine().getOut();
        for (Mottakersystem system : systemer) {
            out.println(system.getId() + " " + (system.getNiva() == null ? "-" : system.getNiva()) + " "
                    + (system.getForsendelseType() == null ? "-" : system.getForsendelseType()) + " "
                    + (system.getNavn() == null ? "" : system.getNavn()));
        }
        out.flush();
        if (systemer.isEmpty()) {
            PrintWriter err = spec.commandLine().getErr();
            err.println(organisasjonsnummer.strip() + " has no receiving system in SvarUt"
                    + (forsendelsestype != null ? " for " + forsendelsestype : "")
                    + (niva != null ? " at level " + niva : "") + ": forsendelser to it go by other channels");
            err.flush();
        }
        return ExitCodes.OK;
    }
}
