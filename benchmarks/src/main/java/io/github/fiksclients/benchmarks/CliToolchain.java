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
 * metadata. openssl reads the whole envelope into memory; its peak resident memory is recorded with its time.
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

    /**
     * What one run of the toolchain did.
     *
     * @param nanos the wall time, until it finished or failed
     * @param opensslPeakRssBytes openssl's peak resident memory, or -1 where it cannot be read
     * @param failure why it failed, or {@code null} if the files were received and verified
     */
    record Outcome(long nanos, long opensslPeakRssBytes, String failure) {

        /** Whether the files were received and their hashes match. */
        boolean succeeded() {
            return failure == null;
        }
    }

    @Override
    public void run() throws Exception {
        Outcome outcome = attempt();
        if (!outcome.succeeded()) {
            throw new IOException(outcome.failure());
        }
    }

    /**
     * Runs the toolchain once and reports what happened instead of throwing when a tool fails, as openssl does on
     * an envelope it cannot hold in memory.
     *
     * @return the time, openssl's peak memory, and the failure if there was one
     * @throws IOException if the output directory cannot be made
     * @throws InterruptedException if interrupted while waiting for a tool
     */
    Outcome attempt() throws IOException, InterruptedException {
        long start = System.nanoTime();
        directory = fixture.newOutputDirectory();
        Path zip = directory.resolve("forsendelse.zip");
        Path files = directory.resolve("files");
        long[] opensslPeak = {-1};
        try {
            execute(directory, opensslPeak, "openssl", "cms", "-decrypt", "-binary", "-inform", "DER",
                    "-in", fixture.envelope().toString(), "-inkey", fixture.privateKeyPem().toString(),
                    "-recip", fixture.certificatePem().toString(), "-out", zip.toString());
            execute(directory, null, "unzip", "-q", zip.toString(), "-d", files.toString());
            List<String> command = new ArrayList<>(List.of("sha256sum", "--"));
            fixture.expectedFiles().forEach(file -> command.add(file.filnavn()));
            verify(execute(files, null, command.toArray(String[]::new)));
            return new Outcome(System.nanoTime() - start, opensslPeak[0], null);
        } catch (IOException e) {
            return new Outcome(System.nanoTime() - start, opensslPeak[0], e.getMessage());
        }
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

    /** Runs a tool, recording its peak memory when asked to, and returns its output, or throws if it failed. */
    private static String execute(Path workingDirectory, long[] peakRss, String... command)
            throws IOException, InterruptedException {
        Process process = new ProcessBuilder(command).directory(workingDirectory.toFile())
                .redirectErrorStream(true).start();
        PeakRss watch = PeakRss.watch(process);
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        int exit = process.waitFor();
        watch.close();
        if (peakRss != null) {
            peakRss[0] = watch.peakBytes();
        }
        if (exit != 0) {
            String first = output.strip().lines().findFirst().orElse("(no output)");
            throw new IOException(command[0] + " failed with exit code " + exit + ": " + first);
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
