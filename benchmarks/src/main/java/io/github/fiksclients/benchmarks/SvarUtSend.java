package io.github.fiksclients.benchmarks;

import io.github.fiksclients.auth.Secret;
import io.github.fiksclients.svarut.Dokument;
import io.github.fiksclients.svarut.Forsendelse;
import io.github.fiksclients.svarut.Mottaker;
import io.github.fiksclients.svarut.SvarUtClient;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.UUID;
import okhttp3.MediaType;
import okhttp3.MultipartBody;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;

/**
 * Sends the benchmark's document in a fresh JVM with a small heap, either through the {@link SvarUtClient} facade or
 * as the same multipart request written with raw OkHttp, and reports the time and the process's peak resident
 * memory. The parent JVM launches this class's {@link #main} with {@code -Xmx}.
 */
public final class SvarUtSend {

    /** The heap the separate JVM gets, in MiB. */
    static final int HEAP_MIB = 64;

    static final UUID KONTO = UUID.fromString("0b5e1c2d-0000-4000-8000-0000000000be");
    static final String FILNAVN = "arkivuttrekk.pdf";

    private SvarUtSend() {
    }

    /** Which client sends. */
    enum Variant {
        /** {@code SvarUtClient.send} with the document from its file. */
        FACADE,
        /** OkHttp's {@code MultipartBody} with the same parts, the file part from {@code RequestBody.create(File)}. */
        RAW_OKHTTP
    }

    /**
     * What one send in the separate JVM measured.
     *
     * @param nanos from the start of the send to the answer, inside the JVM; building the client is not counted
     * @param peakRssBytes the process's peak resident memory ({@code VmHWM}), or -1 where it cannot be read
     */
    record Result(long nanos, long peakRssBytes) {
    }

    /**
     * Runs in the separate JVM: sends the document once and prints the result line.
     *
     * @param args the API base URL, the document, the variant
     * @throws Exception if the send fails
     */
    public static void main(String[] args) throws Exception {
        String baseUrl = args[0];
        Path file = Path.of(args[1]);
        Variant variant = Variant.valueOf(args[2]);
        long nanos;
        if (variant == Variant.FACADE) {
            try (SvarUtClient svarUt = SvarUtClient.builder().baseUrl(baseUrl).konto(KONTO)
                    .integrasjon("benchmark", Secret.of("benchmark-integrasjon-passord"))
                    .accessTokenProvider(() -> "benchmark-token").build()) {
                Forsendelse forsendelse = Forsendelse.builder().tittel("Benchmark")
                        .mottaker(Mottaker.organisasjon("999888777").navn("Benchmark"))
                        .dokument(Dokument.builder().file(file).filnavn(FILNAVN).build())
                        .kunDigitalLevering(true)
                        .build();
                long start = System.nanoTime();
                svarUt.send(forsendelse);
                nanos = System.nanoTime() - start;
            }
        } else {
            nanos = raw(baseUrl, file);
        }
        ChildJvm.report(nanos, FacadeReceive.peakRss());
    }

    /** Sends the request the facade sends, written by hand: metadata part, then the file part; returns the time. */
    private static long raw(String baseUrl, Path file) throws IOException {
        String metadata = "{\"tittel\":\"Benchmark\",\"mottaker\":{\"navn\":\"Benchmark\",\"digitalId\":\"999888777\"},"
                + "\"kunDigitalLevering\":true,\"kryptert\":false,\"krevNiva4Innlogging\":false,"
                + "\"dokumenter\":[{\"filnavn\":\"" + FILNAVN + "\",\"mimeType\":\"application/pdf\"}]}";
        RequestBody body = new MultipartBody.Builder().setType(MultipartBody.FORM)
                .addFormDataPart("forsendelse", null,
                        RequestBody.create(metadata, MediaType.get("application/json; charset=UTF-8")))
                .addFormDataPart("dokumenter", FILNAVN,
                        RequestBody.create(file.toFile(), MediaType.get("application/octet-stream")))
                .build();
        OkHttpClient client = new OkHttpClient.Builder()
                .socketFactory(LoopbackSockets.noDelay())
                .build();
        Request request = new Request.Builder().url(baseUrl + "v2/kontoer/" + KONTO + "/forsendelser")
                .header("Authorization", "Bearer benchmark-token")
                .header("IntegrasjonId", "benchmark")
                .header("IntegrasjonPassord", "benchmark-integrasjon-passord")
                .post(body).build();
        long start = System.nanoTime();
        try (Response response = client.newCall(request).execute()) {
            if (!response.isSuccessful() || !response.body().string().contains("\"id\"")) {
                throw new IOException("raw send failed: HTTP " + response.code());
            }
        }
        long nanos = System.nanoTime() - start;
        client.dispatcher().executorService().shutdown();
        client.connectionPool().evictAll();
        return nanos;
    }

    /**
     * Launches a JVM with a {@value #HEAP_MIB} MiB heap that sends the document once.
     *
     * @param baseUrl the loopback SvarUt's API base
     * @param file the document
     * @param variant who sends
     * @return what the JVM measured
     * @throws IOException if the JVM cannot be started or fails, with its output
     * @throws InterruptedException if interrupted while waiting for it
     */
    static Result run(String baseUrl, Path file, Variant variant) throws IOException, InterruptedException {
        String[] fields = ChildJvm.run(HEAP_MIB, SvarUtSend.class, baseUrl, file.toString(), variant.name());
        return new Result(Long.parseLong(fields[0]), Long.parseLong(fields[1]));
    }

    /** Writes the document: pseudo-random bytes, like a scanned PDF that does not compress. */
    static Path writeDocument(Path directory, long size) throws IOException {
        Path file = directory.resolve("svarut-send-" + UUID.randomUUID() + ".pdf");
        try (var in = new PseudoRandomBytes(42, size)) {
            Files.copy(in, file);
        }
        return file;
    }

    static byte[] answer() {
        return ("{\"id\":\"" + UUID.randomUUID() + "\"}").getBytes(StandardCharsets.UTF_8);
    }
}
