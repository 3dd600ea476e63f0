package io.github.fiksclients.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import okhttp3.Request;
import okhttp3.Response;
import org.junit.jupiter.api.Nested;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

@ExtendWith(FiksSimulatorExtension.class)
class FiksSimulatorExtensionTest {

    private final FiksSimulator injectedIntoConstructor;

    FiksSimulatorExtensionTest(FiksSimulator simulator) {
        this.injectedIntoConstructor = simulator;
    }

    @Test
    void injectsOneRunningSimulatorPerClass(FiksSimulator simulator) throws IOException {
        assertThat(simulator).isSameAs(injectedIntoConstructor);
        Request request = new Request.Builder().url(simulator.baseUrl().resolve("unknown").toString()).build();
        try (Response response = TestClients.plain().newCall(request).execute()) {
            assertThat(response.code()).isEqualTo(404);
        }
    }

    @Nested
    class NestedTests {

        @Test
        void shareTheEnclosingClassesSimulator(FiksSimulator simulator) {
            assertThat(simulator).isSameAs(injectedIntoConstructor);
        }
    }
}
