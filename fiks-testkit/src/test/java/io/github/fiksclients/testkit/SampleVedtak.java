package io.github.fiksclients.testkit;

import java.nio.charset.StandardCharsets;

/** The forsendelse most SvarInn tests enqueue: a vedtak as PDF with a map as PNG, and the bytes of both. */
public final class SampleVedtak {

    /** The content of {@code vedtak.pdf}. */
    public static final byte[] VEDTAK = "%PDF-1.7 vedtak".getBytes(StandardCharsets.UTF_8);
    /** The content of {@code kart.png}. */
    public static final byte[] KART = {(byte) 0x89, 'P', 'N', 'G', 13, 10, 26, 10, 0, 1, 2, 3};

    private SampleVedtak() {
    }

    /**
     * A new builder of the forsendelse, to change before it is enqueued.
     *
     * @return the builder, with title, sender and both files set
     */
    public static SimulatedForsendelse.Builder builder() {
        return SimulatedForsendelse.builder()
                .tittel("Vedtak i byggesak")
                .avsender("Fjordvik kommune")
                .file("vedtak.pdf", "application/pdf", VEDTAK)
                .file("kart.png", "image/png", KART);
    }
}
