package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FiksJavaCodegenTest {

    @Test
    void aTagWithNorwegianLettersNamesItsInterfaceWithTheLettersSpelledOut() {
        FiksJavaCodegen codegen = new FiksJavaCodegen();

        assertThat(codegen.sanitizeTag("Søknad og ettersendelse v1")).isEqualTo("SoknadOgEttersendelseV1");
        assertThat(codegen.sanitizeTag("Dødsregister")).isEqualTo("Dodsregister");
        assertThat(codegen.sanitizeTag("Tjenester på Æsøy")).isEqualTo("TjenesterPaAesoy");
    }

    @Test
    void aTagWithoutThemIsNamedAsTheStockGeneratorNamesIt() {
        assertThat(new FiksJavaCodegen().sanitizeTag("Fiks IO katalog")).isEqualTo("FiksIoKatalog");
    }
}
