package io.github.fiksclients.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The case {@code fiks svarinn receive} must pass against a server that is not ours: a forsendelse whose file names
 * are not valid on Windows, two whose envelopes claim a header of 2 GiB, and a good one after them. The first and the
 * last are received (under safe names, content intact) and acknowledged; the hostile ones are refused, reported as
 * failed and not acknowledged; the run goes on; the exit code is 1.
 */
final class WindowsNamesAndHugeHeaders {

    static final String WINDOWS_NAMES = "6a3c0e52-8d1f-4b7a-9c2e-5f4d3b2a1c01";
    static final String HUGE_PRIMITIVE = "6a3c0e52-8d1f-4b7a-9c2e-5f4d3b2a1c02";
    static final String HUGE_SET = "6a3c0e52-8d1f-4b7a-9c2e-5f4d3b2a1c03";
    static final String AFTER = "6a3c0e52-8d1f-4b7a-9c2e-5f4d3b2a1c04";

    /** Each file of the first forsendelse, by its filnavn, and the name it must be stored under. */
    private static final Map<String, String> STORED_AS = storedAs();

    /** ContentInfo and EnvelopedData, indefinite length, up to the version and an indefinite set of recipients. */
    private static final String ENVELOPED_DATA = "3080" + "06092a864886f70d010703" + "a080" + "3080" + "020100";

    private WindowsNamesAndHugeHeaders() {
    }

    private static Map<String, String> storedAs() {
        Map<String, String> names = new LinkedHashMap<>();
        names.put("CON", "_CON");
        names.put("Vedtak: 12?.pdf", "Vedtak_ 12_.pdf");
        names.put("notat.", "notat_");
        names.put("aux.txt", "_aux.txt");
        names.put("lpt1", "_lpt1");
        names.put("sitat \"x\" <y>|z*.txt", "sitat _x_ _y__z_.txt");
        names.put("tab\tnavn.txt", "tab_navn.txt");
        names.put("Brev.pdf", "Brev.pdf");
        names.put("brev.pdf", "brev (2).pdf");
        return names;
    }

    private static byte[] content(String filnavn) {
        return ("innholdet i " + filnavn + "\n").repeat(50).getBytes(StandardCharsets.UTF_8);
    }

    /** Offers the four forsendelser, in order. */
    static void offer(ForeignSvarInn server) {
        Map<String, byte[]> files = new LinkedHashMap<>();
        STORED_AS.keySet().forEach(filnavn -> files.put(filnavn, content(filnavn)));
        server.offer(WINDOWS_NAMES, files);
        Map<String, byte[]> vedtak = Map.of("vedtak.pdf", content("vedtak.pdf"));
        // An OCTET STRING in the recipients claiming 2 GiB - 16 bytes: a decoder that trusts it allocates that much.
        server.offer(HUGE_PRIMITIVE, vedtak, HexFormat.of().parseHex(ENVELOPED_DATA + "3180" + "04847ffffff0"
                + "00".repeat(8192)));
        // The recipients themselves claiming 2 GiB.
        server.offer(HUGE_SET, vedtak, HexFormat.of().parseHex(ENVELOPED_DATA + "318480000000" + "00".repeat(8192)));
        server.offer(AFTER, Map.of("brev.txt", content("brev.txt")));
    }

    /** Checks what the run did: on disk, at the server, its output and exit code. */
    static void assertReceived(Path out, ForeignSvarInn server, int exitCode, String stdout) throws IOException {
        String run = "exit " + exitCode + "\n" + stdout;
        assertThat(exitCode).as(run).isEqualTo(ExitCodes.FAILED);
        Path windows = out.resolve(WINDOWS_NAMES);
        try (Stream<Path> stored = Files.list(windows)) {
            assertThat(stored.map(path -> path.getFileName().toString()))
                    .containsExactlyInAnyOrderElementsOf(STORED_AS.values());
        }
        STORED_AS.forEach((filnavn, storedAs) -> assertThat(windows.resolve(storedAs)).as(storedAs)
                .hasBinaryContent(content(filnavn)));
        assertThat(out.resolve(AFTER).resolve("brev.txt")).hasBinaryContent(content("brev.txt"));
        assertThat(out.resolve(HUGE_PRIMITIVE)).doesNotExist();
        assertThat(out.resolve(HUGE_SET)).doesNotExist();
        List<String> events = server.events();
        assertThat(events).as(run).contains("MOTTATT " + WINDOWS_NAMES, "MOTTATT " + AFTER)
                .doesNotContain("MOTTATT " + HUGE_PRIMITIVE, "MOTTATT " + HUGE_SET)
                .containsSubsequence("FEILET " + HUGE_PRIMITIVE, "FEILET " + HUGE_SET, "MOTTATT " + AFTER);
        assertThat(stdout).contains("NOT received " + HUGE_PRIMITIVE + ": ", "NOT received " + HUGE_SET + ": ",
                "corrupt or unsupported envelope", "claims 2147483632 bytes", "claims 2147483648 bytes",
                "(stored as _CON)", "(stored as brev (2).pdf)", "2 received and acknowledged, 2 not received");
    }
}
