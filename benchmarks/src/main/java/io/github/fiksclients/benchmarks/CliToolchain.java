package io.github.fiksclients.benchmarks;

import io.github.fiksclients.svarinn.receive.ExpectedFile;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The command-line way of receiving a forsendelse, as a second baseline: {@code openssl cms -decrypt} writes the ZIP
 * archive to disk, {@code unzip} unpacks it, {@code sha256sum} hashes the files, which are then compared with the
 * metadata. openssl reads the whole envelope into memory.
 */
final class CliToolchain implements Trial {

    private final ReceiveFixture fixture;
    private Path directory;

    /**
     * Creates the trial for a fixture.
     *
     * @param fixture the forsendelse and the receiving system's key and certificate as PEM
     */
    CliToolchain(ReceiveFixture fixture) {
        this.fixture = fixture;
    }

    /**
     * Tells whether openssl, unzip and sha256sum can be run here.
     *
     * @return {@code true} if all three answer
     */
    static boolean isInstalled() {
        return answers("openssl", "version") && answers("unzip", "-v") && answers("sha256sum", "--version");
    }

    @Override
    public void run() throws Exception {
        directory = fixture.newOutputDirectory();
        Path zip = directory.resolve("forsendelse.zip");
        Path files = directory.resolve("files");
        execute(directory, "openssl", "cms", "-decrypt", "-binary", "-inform", "DER",
                "-in", fixture.envelope().toString(), "-inkey", fixture.privateKeyPem().toString(),
                "-recip", fixture.certificatePem().toString(), "-out", zip.toString());
        execute(directory, "unzip", "-q", zip.toString(), "-d", files.toString());
        List<String> command = new ArrayList<>(List.of("sha256sum", "--"));
        fixture.expectedFiles().forEach(file -> command.add(file.filnavn()));
        verify(execute(files, command.toArray(String[]::new)));
    }

    @Override
    public void afterEach() {
        FileTrees.delete(directory);
    }

    private void verify(String sha256sumOutput) throws IOException {
        Map<String, String> hashes = new HashMap<>();
        for (String line : sha256sumOutput.split("\n")) {
            String[] hashAndName = line.split(" [ *]", 2);
            hashes.put(hashAndName[1], hashAndName[0]);
        }
        for (ExpectedFile file : fixture.expectedFiles()) {
            if (!file.sha256().equals(hashes.get(file.filnavn()))) {
                throw new IOException("sha256sum of " + file.filnavn() + " does not match the metadata");
            }
        }
    }

    private static String execute(Path workingDirectory, String... command) throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        if (exit != 0) {
            throw new IOException(command[0] + " failed with exit code " + exit + ": " + output.strip());
        }
        return output;
    }

    private static boolean answers(String... command) {
        try {
            Process process = new ProcessBuilder(command).redirectErrorStream(true).start();
            process.getInputStream().transferTo(java.io.OutputStream.nullOutputStream());
            return process.waitFor() == 0;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }
}
