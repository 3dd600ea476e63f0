package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** The names files are stored under: valid and unique on every OS, the same whatever OS computes them. */
class StoredNamesTest {

    private static final String ID = "forsendelse-1";

    private static List<String> stored(String... filnavn) {
        return List.copyOf(StoredNames.of(ID, List.of(filnavn)).values());
    }

    @ParameterizedTest(name = "[{index}] {0} -> {1}")
    @CsvSource(delimiter = '|', quoteCharacter = '\'', value = {
        "'Vedtak: 12?.pdf'  | 'Vedtak_ 12_.pdf'",
        "'a<b>c.txt'        | 'a_b_c.txt'",
        "'sitat \"x\".txt'  | 'sitat _x_.txt'",
        "'rør|x*y.txt'      | 'rør_x_y.txt'",
        "'Notat.'           | 'Notat_'",
        "'Notat '           | 'Notat_'",
        "'Notat. .'         | 'Notat___'",
        "'...'              | '___'",
        "'.. '              | '___'",
        "'CON'              | '_CON'",
        "'con.txt'          | '_con.txt'",
        "'Aux.tar.gz'       | '_Aux.tar.gz'",
        "'nul'              | '_nul'",
        "'PRN.pdf'          | '_PRN.pdf'",
        "'COM1.pdf'         | '_COM1.pdf'",
        "'com9'             | '_com9'",
        "'LPT1'             | '_LPT1'",
        "'lpt9.txt'         | '_lpt9.txt'",
        "'COM¹.txt'         | '_COM¹.txt'",
        "'NUL .txt'         | '_NUL .txt'",
        "'CONIN$'           | '_CONIN$'",
        "'COM10.txt'        | 'COM10.txt'",
        "'CONSOLE.txt'      | 'CONSOLE.txt'",
        "'mappe/CON/fil.txt'| 'mappe/_CON/fil.txt'",
        "'a?/b:/c.txt'      | 'a_/b_/c.txt'",
        "'vedtak.pdf'       | 'vedtak.pdf'",
        "'.skjult'          | '.skjult'",
        "' mellomrom først' | ' mellomrom først'"
    })
    void mapsANameThatIsNotValidOnWindowsToOneThatIs(String filnavn, String expected) {
        assertThat(stored(filnavn)).containsExactly(expected);
    }

    @Test
    void mapsControlCharacters() {
        assertThat(stored("tab\tnavn.txt", "nul\u0000.pdf", "linje\nskift.txt", "del\u007f.txt", "c1\u0085.txt"))
                .containsExactly("tab_navn.txt", "nul_.pdf", "linje_skift.txt", "del_.txt", "c1_.txt");
    }

    @Test
    void givesNamesThatDifferOnlyInCaseUniqueNames() {
        assertThat(stored("Brev.pdf", "brev.pdf", "BREV.PDF")).containsExactly("Brev.pdf", "brev (2).pdf",
                "BREV (3).PDF");
    }

    @Test
    void givesNamesThatDifferOnlyInUnicodeNormalizationUniqueNamesInNfc() {
        String nfc = "S\u00f8knad \u00e5.pdf";
        String nfd = "S\u00f8knad a\u030a.pdf";

        assertThat(stored(nfc, nfd)).containsExactly(nfc, "S\u00f8knad \u00e5 (2).pdf");
        assertThat(stored(nfd)).containsExactly(nfc);
    }

    @Test
    void aNameThatNeedsNoMappingKeepsItAndAMappedNameThatWouldTakeItGetsASuffix() {
        assertThat(stored("a?.txt", "a_.txt")).containsExactly("a_ (2).txt", "a_.txt");
    }

    @Test
    void aSuffixNeverTakesAnotherFilesName() {
        assertThat(stored("a.txt", "A.txt", "a (2).txt")).containsExactly("a.txt", "A (3).txt", "a (2).txt");
    }

    @Test
    void mergesDirectoriesThatDifferOnlyInCaseUnderTheFirstSpelling() {
        assertThat(stored("Mappe/a.txt", "mappe/b.txt", "MAPPE/A.txt"))
                .containsExactly("Mappe/a.txt", "Mappe/b.txt", "Mappe/A (2).txt");
    }

    @Test
    void aFileNamedLikeADirectoryGetsASuffix() {
        assertThat(stored("a", "A/b.txt")).containsExactly("a (2)", "A/b.txt");
    }

    @Test
    void shortensAVeryLongNameKeepingItsExtension() {
        String longName = "ø".repeat(300) + ".pdf";

        String stored = stored(longName).get(0);

        assertThat(stored).endsWith(".pdf").startsWith("øøø");
        assertThat(stored.getBytes(StandardCharsets.UTF_8).length).isLessThanOrEqualTo(240);
    }

    @Test
    void theMappingDependsOnTheMetadataOrderAlone() {
        Map<String, String> first = StoredNames.of(ID, List.of("x.txt", "X.txt", "CON", "ab:c"));
        Map<String, String> again = StoredNames.of(ID, List.of("x.txt", "X.txt", "CON", "ab:c"));

        assertThat(again).containsExactlyEntriesOf(first);
        assertThat(first.values()).doesNotHaveDuplicates();
    }

    @ParameterizedTest
    @ValueSource(strings = {"../evil", "/etc/x", "mappe/../../evil", "C:/Windows/evil", "C:evil", "..\\evil",
            "mappe\\fil.txt", "", "./brev.pdf", "mappe//brev.pdf", "mappe/", "/"})
    void refusesANameThatCouldLeaveTheDirectoryOrNamesADirectory(String filnavn) {
        assertThatThrownBy(() -> StoredNames.of(ID, List.of("brev.pdf", filnavn)))
                .isInstanceOfSatisfying(UnsafeEntryNameException.class, e -> {
                    assertThat(e.entryName()).isEqualTo(filnavn);
                    assertThat(e.forsendelseId()).isEqualTo(ID);
                });
    }
}
