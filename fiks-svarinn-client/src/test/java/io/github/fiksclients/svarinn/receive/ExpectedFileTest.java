package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.OptionalLong;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ExpectedFileTest {

    private static final String HASH = "0EDF9022ECAA5FD09B6E3BA5F4D3ED64953E50CCDB40ED0FD48563A8BE684D0D";

    @Test
    void keepsTheHashInLowercase() {
        assertThat(ExpectedFile.of("brev.pdf", HASH, 10).sha256()).isEqualTo(HASH.toLowerCase());
    }

    @Test
    void tellsWhetherTheSizeIsKnown() {
        assertThat(ExpectedFile.of("brev.pdf", HASH, 0).size()).isEqualTo(OptionalLong.of(0));
        assertThat(ExpectedFile.withUnknownSize("brev.pdf", HASH).size()).isEmpty();
    }

    @ParameterizedTest
    @ValueSource(strings = {"", "abc", "0edf9022ecaa5fd09b6e3ba5f4d3ed64953e50ccdb40ed0fd48563a8be684d0",
            "gggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggggg"})
    void refusesAHashThatIsNot64HexDigits(String sha256) {
        assertThatThrownBy(() -> ExpectedFile.of("brev.pdf", sha256, 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("brev.pdf");
    }

    @Test
    void refusesABlankNameAndANegativeSize() {
        assertThatThrownBy(() -> ExpectedFile.of(" ", HASH, 1)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ExpectedFile.of("brev.pdf", HASH, -1)).isInstanceOf(IllegalArgumentException.class);
    }
}
