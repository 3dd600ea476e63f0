package io.github.fiksclients.codegen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ManifestTest {

    @TempDir
    Path dir;

    @Test
    void aSpecTakesTheServicesBaseUrlsAndAuthenticationUnlessItOverridesThem() throws Exception {
        Manifest manifest = read("""
                {"publishedAt": "https://developers.fiks.ks.no/api/", "services": [
                  {"service": "svarinn", "module": "fiks-svarinn-client", "name": "SvarInn", "description": "d",
                   "baseUrls": {"test": "https://test.svarut.ks.no/tjenester/", "prod": "https://svarut.ks.no/tjenester/"},
                   "authentication": ["basic"],
                   "specs": [
                     %s,
                     {"file": "svarinn/svarinn2-api-v1.json", "package": "io.github.fiksclients.svarinn.svarinn2.v1",
                      "format": "swagger-2.0", "version": "v1", "upstream": "svarinn2-api-v1.json", "url": "u",
                      "upstreamRevision": "unknown",
                      "baseUrls": {"test": "https://api.fiks.test.ks.no/", "prod": "https://api.fiks.ks.no/"},
                      "authentication": ["integrasjon"], "idempotentOperations": ["kvitterMottatt"],
                      "patch": "svarinn/patches/svarinn2-api-v1.json"}]}]}
                """.formatted(spec("svarinn/svarinn-api-v2.json", "io.github.fiksclients.svarinn.v2")));

        ServiceEntry service = manifest.serviceOfModule("fiks-svarinn-client").orElseThrow();
        SpecEntry v2 = service.specs().get(0);
        SpecEntry svarinn2 = service.specs().get(1);

        assertThat(service.published()).isTrue();
        assertThat(v2.baseUrls().prod()).isEqualTo("https://svarut.ks.no/tjenester/");
        assertThat(v2.authentication()).containsExactly("basic");
        assertThat(v2.idempotentOperations()).isEmpty();
        assertThat(v2.patch()).isNull();
        assertThat(v2.stem()).isEqualTo("svarinn-api-v2");
        assertThat(v2.apiPackage()).isEqualTo("io.github.fiksclients.svarinn.v2.api");
        assertThat(svarinn2.baseUrls().test()).isEqualTo("https://api.fiks.test.ks.no/");
        assertThat(svarinn2.authentication()).containsExactly("integrasjon");
        assertThat(svarinn2.idempotentOperations()).containsExactly("kvitterMottatt");
        assertThat(svarinn2.patch()).isEqualTo("svarinn/patches/svarinn2-api-v1.json");
        assertThat(manifest.serviceOfModule("fiks-innsyn-client")).isEmpty();
        assertThat(manifest.specsDir()).isEqualTo(dir.toAbsolutePath());
    }

    @Test
    void anUnknownAuthenticationModeIsNamedWithItsPlace() throws IOException {
        assertThatThrownBy(() -> read(service("\"authentication\": [\"oauth\"]",
                spec("demo/demo-api-v1.json", "io.github.fiksclients.demo.v1"))))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("services[0] (demo) unknown authentication 'oauth'"
                        + " (known: basic, integrasjon, integrasjon-person)");
    }

    @Test
    void aBaseUrlWithoutTheTrailingSlashIsRefused() throws IOException {
        String spec = spec("demo/demo-api-v1.json", "io.github.fiksclients.demo.v1")
                .replace("}", ", \"baseUrls\": {\"test\": \"https://a.test/x\", \"prod\": \"https://a/\"}}");
        assertThatThrownBy(() -> read(service("\"authentication\": [\"basic\"]", spec)))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("services[0] (demo).specs[0] (demo/demo-api-v1.json) base URL 'https://a.test/x'"
                        + " must start with https:// and end with '/'");
    }

    @Test
    void aMissingFieldIsNamedWithItsPlace() throws IOException {
        String spec = spec("demo/demo-api-v1.json", "io.github.fiksclients.demo.v1").replace("\"version\": \"v1\", ", "");
        assertThatThrownBy(() -> read(service("\"authentication\": [\"basic\"]", spec)))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("services[0] (demo).specs[0] (demo/demo-api-v1.json) has no 'version'");
    }

    @Test
    void twoSpecsWithOnePackageAreRefused() throws IOException {
        String a = spec("demo/a-v1.json", "io.github.fiksclients.demo.v1");
        String b = spec("demo/b-v1.json", "io.github.fiksclients.demo.v1");
        assertThatThrownBy(() -> read(service("\"authentication\": [\"basic\"]", a + ", " + b)))
                .isInstanceOf(ManifestException.class)
                .hasMessageContaining("the package 'io.github.fiksclients.demo.v1' is used by two specs");
    }

    @Test
    void theProjectsManifestIsValidAndNamesFilesThatExist() throws Exception {
        Manifest manifest = Manifest.read(Path.of("..", "specs", "specs.json"));

        List<SpecEntry> specs = manifest.services().stream().flatMap(s -> s.specs().stream()).toList();
        assertThat(specs).isNotEmpty()
                .allSatisfy(spec -> assertThat(manifest.specsDir().resolve(spec.file())).isRegularFile());
    }

    private Manifest read(String json) throws IOException, ManifestException {
        Path file = dir.resolve("specs.json");
        Files.writeString(file, json);
        return Manifest.read(file);
    }

    private static String service(String authentication, String specs) {
        return """
                {"publishedAt": "https://developers.fiks.ks.no/api/", "services": [
                  {"service": "demo", "module": "fiks-demo-client", "name": "Demo", "description": "d",
                   "baseUrls": {"test": "https://api.fiks.test.ks.no/", "prod": "https://api.fiks.ks.no/"},
                   %s, "specs": [%s]}]}
                """.formatted(authentication, specs);
    }

    private static String spec(String file, String javaPackage) {
        return """
                {"file": "%s", "package": "%s", "format": "openapi-3.0", "version": "v1", "upstream": "x.json", \
                "url": "u", "upstreamRevision": "unknown"}""".formatted(file, javaPackage);
    }
}
