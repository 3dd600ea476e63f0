package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

class FiksSimulatorExtensionFieldTest {

    @RegisterExtension
    static final FiksSimulatorExtension FIKS = new FiksSimulatorExtension();

    private static String mottaker;

    @BeforeAll
    static void registerMottaker() {
        mottaker = "field-mottaker";
        FIKS.simulator().svarInn().registerMottaker(mottaker, "mottaker-pw-Fx36",
                FIKS.simulator().credentials().svarInnCertificate());
    }

    @Test
    void staticFieldReachesTheSameSimulatorAsParameters(FiksSimulator simulator) {
        assertThat(FIKS.simulator()).isSameAs(simulator);
        assertThat(simulator.svarInn().enqueue(mottaker, SimulatedForsendelse.builder().tittel("t")
                .file("f.txt", "text/plain", new byte[] {1}).build())).isNotNull();
    }
}
