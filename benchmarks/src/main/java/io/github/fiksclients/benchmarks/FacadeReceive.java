package io.github.fiksclients.benchmarks;

import io.github.fiksclients.auth.KeyMaterial;
import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.core.HttpLogLevel;
import io.github.fiksclients.svarinn.NyForsendelse;
import io.github.fiksclients.svarinn.SvarInnClient;
import io.github.fiksclients.svarinn.receive.ReceivedForsendelse;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Receives the benchmark's forsendelse through the {@link SvarInnClient} facade in a fresh JVM with a small heap:
 * lists it, downloads, decrypts, unpacks and verifies it into a directory, and reports the time and the process's
 * peak resident memory. The parent JVM launches this class's {@link #main} with {@code -Xmx}.
 */
public final class FacadeReceive {

    /** The heap the separate JVM gets, in MiB. */
    static final int HEAP_MIB = 64;

    private FacadeReceive() {
    }

    /**
     * What one receive in the separate JVM measured.
     *
     * @param nanos from the list call to the verified files in place, inside the JVM
     * @param processNanos the whole process, JVM start included
     * @param peakRssBytes the process's peak resident memory ({@code VmHWM}), or -1 where it cannot be read
     * @param files how many verified files were received
     */
    record Result(long nanos, long processNanos, long peakRssBytes, int files) {
    }

    /**
     * Runs in the separate JVM: receives the one forsendelse the server offers, prints the result line, deletes
     * the files.
     *
     * @param args the server's base URL, the receiving system's private key as PEM, an empty directory to use
     * @throws Exception if receiving fails
     */
    public static void main(String[] args) throws Exception {
        Path target = Path.of(args[2]);
        long start = System.nanoTime();
        try (SvarInnClient svarInn = SvarInnClient.builder().baseUrl(args[0])
                .mottakersystem(SvarInnServer.MOTTAKERSYSTEM, Secret.of(SvarInnServer.PASSORD))
                .privateKey(KeyMaterial.fromPem(Path.of(args[1])))
                .logLevel(HttpLogLevel.NONE)
                .build()) {
            List<NyForsendelse> offered = svarInn.fetchNew();
            ReceivedForsendelse received = svarInn.download(offered.get(0), target);
            long nanos = System.nanoTime() - start;
            ChildJvm.report(nanos, peakRss(), received.files().size());
        } finally {
            FileTrees.delete(target);
        }
    }

    /**
     * Launches a JVM with a {@value #HEAP_MIB} MiB heap that receives the forsendelse from the server.
     *
     * @param server the loopback SvarInn offering the forsendelse
     * @param fixture the forsendelse's key
     * @return what the JVM measured
     * @throws IOException if the JVM cannot be started or fails, with its output
     * @throws InterruptedException if interrupted while waiting for it
     */
    static Result run(SvarInnServer server, ReceiveFixture fixture) throws IOException, InterruptedException {
        Path target = fixture.directory().resolve("received");
        long start = System.nanoTime();
        String[] fields;
        long processNanos;
        try {
            fields = ChildJvm.run(HEAP_MIB, FacadeReceive.class, server.baseUrl(), fixture.privateKeyPem().toString(),
                    target.toString());
            processNanos = System.nanoTime() - start;
        } finally {
            FileTrees.delete(target);
        }
        return new Result(Long.parseLong(fields[0]), processNanos, Long.parseLong(fields[1]),
                Integer.parseInt(fields[2]));
    }

    /** The peak resident set size of this process, from {@code /proc/self/status}; -1 where there is none. */
    static long peakRss() throws IOException {
        Path status = Path.of("/proc/self/status");
        if (!Files.isReadable(status)) {
            return -1;
        }
        return Files.readAllLines(status, StandardCharsets.US_ASCII).stream()
                .filter(line -> line.startsWith("VmHWM:"))
                .mapToLong(line -> Long.parseLong(line.replaceAll("[^0-9]", "")) * 1024)
                .findFirst().orElse(-1);
    }
}
