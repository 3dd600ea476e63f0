package io.github.fiksclients.cli;

import io.github.fiksclients.svarut.SvarUtClient;
import io.github.fiksclients.svarut.status.v2.model.ForsendelseStatus;
import java.io.PrintWriter;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.Callable;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiks svarut status ID...}: prints {@code ID STATUS} per forsendelse. */
@Command(
        name = "status",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = {
            "Print the SvarUt status of each forsendelse as 'ID STATUS', one per line, in the order given.",
            "A forsendelse SvarUt does not know is printed as 'ID UKJENT' and makes the command exit 1.",
            "Needs FIKS_INTEGRASJON_ID, FIKS_INTEGRASJON_PASSORD, FIKS_MASKINPORTEN_ISSUER and a Maskinporten key."
        })
final class SvarUtStatusCommand implements Callable<Integer> {

    /** What is printed for a forsendelse SvarUt does not know. */
    static final String UNKNOWN = "UKJENT";

    @Mixin
    ServiceOptions options;

    @Option(names = "--konto", paramLabel = "KONTO_ID",
            description = "The SvarUt konto the forsendelser were sent from (default: $FIKS_SVARUT_KONTO).")
    String konto;

    @Parameters(index = "0..*", arity = "1..*", paramLabel = "ID", description = "Forsendelse ids.")
    List<String> ids;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    SvarUtStatusCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        List<UUID> forsendelseIds = new ArrayList<>();
        for (String id : ids) {
            try {
                forsendelseIds.add(UUID.fromString(id.strip()));
            } catch (IllegalArgumentException e) {
                throw new ConfigurationException("Not a forsendelse id (a UUID): " + id);
            }
        }
        UUID kontoId = SvarUtClients.konto(konto, context.variables());
        Target target = options.target(context.variables(), Variables.SVARUT_URL);
        Map<UUID, String> statuses = new LinkedHashMap<>();
        try (SvarUtClient svarUt = SvarUtClients.create(target, context.variables(), Optional.of(kontoId),
                options.verbose)) {
            for (ForsendelseStatus status : svarUt.statuser(forsendelseIds)) {
                if (status.getId() != null && status.getStatus() != null) {
                    statuses.put(status.getId(), status.getStatus().getValue());
                }
            }
        }
        PrintWriter out = spec.commandLine().getOut();
        boolean allKnown = true;
        for (UUID id : forsendelseIds) {
            String status = statuses.get(id);
            allKnown &= status != null;
            out.println(id + " " + (status != null ? status : UNKNOWN));
        }
        out.flush();
        return allKnown ? ExitCodes.OK : ExitCodes.FAILED;
    }
}
