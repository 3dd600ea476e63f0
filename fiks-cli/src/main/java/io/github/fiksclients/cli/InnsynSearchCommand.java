package io.github.fiksclients.cli;

import io.github.fiksclients.auth.PersonToken;
import io.github.fiksclients.innsyn.InnsynClient;
import io.github.fiksclients.innsyn.InnsynSearch;
import io.github.fiksclients.innsyn.soklegacy.v1.model.MeldingV1LegacySokHit;
import java.io.PrintWriter;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code fiks innsyn search TERM}: searches a citizen's meldinger with the citizen's token. */
@Command(
        name = "search",
        mixinStandardHelpOptions = true,
        versionProvider = FiksVersion.class,
        description = {
            "Search the meldinger a citizen can see (Innsyn's general search), page by page.",
            "Needs FIKS_INTEGRASJON_ID, FIKS_INTEGRASJON_PASSORD and the citizen's token in FIKS_PERSON_TOKEN."
        })
final class InnsynSearchCommand implements Callable<Integer> {

    /** Innsyn's default page size; a smaller --max asks for smaller pages. */
    private static final int PAGE_SIZE = 50;

    @Mixin
    ServiceOptions options;

    @Parameters(index = "0", arity = "0..1", paramLabel = "TERM",
            description = "What to search for; without it, every melding the citizen can see.")
    String term;

    @Option(names = "--max", paramLabel = "N", defaultValue = "50",
            description = "The most hits to print (default: ${DEFAULT-VALUE}).")
    int max;

    @Spec
    CommandSpec spec;

    private final CliContext context;

    InnsynSearchCommand(CliContext context) {
        this.context = context;
    }

    @Override
    public Integer call() {
        if (max < 1) {
            throw new ConfigurationException("--max must be at least 1");
        }
        PersonToken token = PersonToken.of(context.variables().requireSecret(Variables.PERSON_TOKEN,
                "the citizen's ID-porten token"));
        Target target = options.target(context.variables(), Variables.INNSYN_URL);
        List<MeldingV1LegacySokHit> hits;
        try (InnsynClient innsyn = InnsynClients.forSearch(target, context.variables(), options.verbose);
                Stream<MeldingV1LegacySokHit> all = innsyn.forPerson(token).allHits(InnsynSearch.builder()
                        .term(term)
                        .antall(Math.min(max, PAGE_SIZE))
                        .build())) {
            hits = all.limit(max + 1L).collect(Collectors.toList());
        }
        PrintWriter out = spec.commandLine().getOut();
        int shown = Math.min(max, hits.size());
        new HitPrinter(out, "  ").print(hits.subList(0, shown));
        out.printf("%d %s%s%n", shown, shown == 1 ? "hit" : "hits",
                hits.size() > max ? " shown; there are more (raise --max)" : "");
        return ExitCodes.OK;
    }
}
