package io.github.fiksclients.svarut;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.function.UnaryOperator;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/** Each bad input: a typed exception naming the problem, and no request at all. */
class InvalidForsendelseTest {

    @RegisterExtension
    final FakeSvarUt svarUt = new FakeSvarUt();

    @TempDir
    Path dir;

    private Forsendelse.Builder valid() {
        return Vedtak.forsendelse(dir);
    }

    private void assertRefused(Forsendelse forsendelse, String... named) {
        try (SvarUtClient client = svarUt.client().build()) {
            assertThatThrownBy(() -> client.send(forsendelse))
                    .isInstanceOfSatisfying(InvalidForsendelseException.class,
                            e -> assertThat(e.problems()).isNotEmpty())
                    .hasMessageContainingAll(named);
        }
        assertThat(svarUt.requests()).as("nothing may be sent").isEmpty();
    }

    @Test
    void refusesAMissingFile() {
        assertRefused(valid().dokument(Dokument.fromFile(dir.resolve("mangler.pdf"))).build(),
                "mangler.pdf", "does not exist");
    }

    @Test
    void refusesAnEmptyFile() throws IOException {
        Path empty = Files.createFile(dir.resolve("tom.pdf"));
        assertRefused(valid().dokument(Dokument.fromFile(empty)).build(), "tom.pdf", "is empty");
    }

    @Test
    void refusesADirectoryInPlaceOfAFile() throws IOException {
        Path folder = Files.createDirectory(dir.resolve("mappe.pdf"));
        assertRefused(valid().dokument(Dokument.fromFile(folder)).build(), "mappe.pdf", "not a regular file");
    }

    @Test
    void refusesAnEmptyOrUnreadableStream() {
        assertRefused(valid().dokument(Dokument.fromStream("tom.pdf", () -> new ByteArrayInputStream(new byte[0])))
                .build(), "tom.pdf", "stream is empty");
        assertRefused(valid().dokument(Dokument.fromStream("borte.pdf", () -> {
            throw new IOException("blob gone");
        })).build(), "borte.pdf", "cannot be opened", "blob gone");
    }

    @Test
    void refusesDuplicateFileNamesAlsoInOtherCase() throws IOException {
        Path other = Files.createDirectory(dir.resolve("other"));
        Path same = Files.writeString(other.resolve("VEDTAK.pdf"), "%PDF-1.4 annet");
        assertRefused(valid().dokument(Dokument.fromFile(same)).build(), "Two documents are named VEDTAK.pdf");
    }

    @Test
    void refusesForbiddenCharactersInFilnavn() {
        assertRefused(valid().dokument(Dokument.builder().file(Vedtak.pdf(dir)).filnavn("a:b.pdf").build()).build(),
                "a:b.pdf", "must not contain ':'");
    }

    @Test
    void refusesARecipientWithoutAValidNumber() {
        assertRefused(valid().mottaker(Mottaker.organisasjon("")).build(), "organisasjonsnummer of 9 digits");
        assertRefused(valid().mottaker(Mottaker.person("123")).build(), "fødselsnummer of 11 digits");
    }

    @Test
    void refusesNonPdfForPrintUnlessDigitalOnlyOrExcluded() throws IOException {
        Path xml = Files.writeString(dir.resolve("data.xml"), "<data/>");
        assertRefused(valid().dokument(Dokument.fromFile(xml)).build(), "data.xml", "print takes PDFs only");
        try (SvarUtClient client = svarUt.client().build()) {
            client.send(valid().dokument(Dokument.builder().file(xml).skalEkskluderesFraUtskrift(true).build())
                    .build());
            client.send(valid().dokument(Dokument.fromFile(xml)).kunDigitalLevering(true).build());
        }
        assertThat(svarUt.sends()).hasSize(2);
    }

    @Test
    void refusesMoreThan350MbForPrint() {
        Dokument big = Dokument.builder().stream("stor.pdf", () -> new ByteArrayInputStream(new byte[] {1}))
                .size(ForsendelseCheck.PRINT_LIMIT_BYTES).build();
        assertRefused(valid().dokument(big).build(), "must stay under", "350 MB");
    }

    @Test
    void refusesWhatNorskHelsenettCannotTake() throws IOException {
        Path second = Files.writeString(dir.resolve("to.pdf"), "%PDF-1.4 to");
        assertRefused(valid().dokument(Dokument.fromFile(second)).tilHelsenett(true).build(),
                "exactly one document, not 2");
        Dokument large = Dokument.builder().stream("stor.pdf", () -> new ByteArrayInputStream(new byte[] {1}))
                .size(ForsendelseCheck.HELSENETT_LIMIT_BYTES + 1).build();
        assertRefused(Forsendelse.builder().tittel("Epikrise").mottaker(Mottaker.organisasjon("999888777"))
                .dokument(large).tilHelsenett(true).build(), "18 MB");
    }

    @Test
    void refusesLevel4WithoutEncryption() {
        assertRefused(valid().krevNiva4Innlogging(true).build(), "krevNiva4Innlogging needs kryptert");
    }

    @Test
    void refusesMetadataThatNoLongerMatchesTheDocuments() {
        UnaryOperator<String> rename = name -> "annet-" + name;
        assertRefused(valid().customizeMetadata(metadata -> metadata.getDokumenter()
                .forEach(d -> d.setFilnavn(rename.apply(d.getFilnavn())))).build(), "do not match the documents");
    }

    @Test
    void refusesTooLongFields() {
        assertRefused(valid().tittel("x".repeat(1001)).eksternReferanse("r".repeat(101)).build(),
                "tittel has 1001 characters", "eksternReferanse has 101 characters");
    }

    @Test
    void listsEveryProblemAtOnce() {
        try (SvarUtClient client = svarUt.client().build()) {
            assertThatThrownBy(() -> client.send(valid().mottaker(Mottaker.organisasjon("12"))
                    .dokument(Dokument.fromFile(dir.resolve("borte.pdf"))).build()))
                    .isInstanceOfSatisfying(InvalidForsendelseException.class,
                            e -> assertThat(e.problems()).hasSize(2));
        }
    }
}
