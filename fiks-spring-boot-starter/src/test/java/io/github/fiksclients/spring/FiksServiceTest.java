package io.github.fiksclients.spring;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The bean names of the services' clients. */
class FiksServiceTest {

    @ParameterizedTest
    @CsvSource({"tilgang, tilgangFiksClient", "io-katalog, ioKatalogFiksClient",
        "protokoll-katalog, protokollKatalogFiksClient", "svarinn, svarinnFiksClient"})
    void aServicesClientIsNamedAfterItsIdInCamelCase(String id, String beanName) {
        assertThat(FiksService.beanName(id)).isEqualTo(beanName);
    }
}
