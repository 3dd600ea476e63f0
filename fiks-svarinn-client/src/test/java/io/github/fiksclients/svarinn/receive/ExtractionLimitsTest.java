package io.github.fiksclients.svarinn.receive;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class ExtractionLimitsTest {

    private static final long GIB = 1024L * 1024 * 1024;

    @Test
    void defaultsToTenGibibytesAndTenThousandEntries() {
        ExtractionLimits limits = ExtractionLimits.defaults();

        assertThat(limits.maxTotalBytes()).isEqualTo(10 * GIB);
        assertThat(limits.maxEntryBytes()).isEqualTo(10 * GIB);
        assertThat(limits.maxEntries()).isEqualTo(10_000);
    }

    @Test
    void changesOnlyWhatIsSet() {
        ExtractionLimits limits = ExtractionLimits.builder().maxEntryBytes(1024).build();

        assertThat(limits.maxEntryBytes()).isEqualTo(1024);
        assertThat(limits.maxTotalBytes()).isEqualTo(10 * GIB);
    }

    @Test
    void refusesLimitsThatAreNotPositive() {
        assertThatThrownBy(() -> ExtractionLimits.builder().maxTotalBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxTotalBytes");
        assertThatThrownBy(() -> ExtractionLimits.builder().maxEntries(-1).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntries");
        assertThatThrownBy(() -> ExtractionLimits.builder().maxEntryBytes(0).build())
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxEntryBytes");
    }
}
