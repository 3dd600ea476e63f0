package io.github.fiksclients.secretscan;

import java.io.ByteArrayOutputStream;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** A standard stream that passes everything on to the original and keeps a copy until it is scanned. */
final class StreamCopy extends OutputStream {

    private final String name;
    private final PrintStream original;
    private final ByteArrayOutputStream copy = new ByteArrayOutputStream();
    private long scannedLines;

    StreamCopy(String name, PrintStream original) {
        this.name = name;
        this.original = original;
    }

    @Override
    public synchronized void write(int b) {
        original.write(b);
        copy.write(b);
    }

    @Override
    public synchronized void write(byte[] bytes, int offset, int length) {
        original.write(bytes, offset, length);
        copy.write(bytes, offset, length);
    }

    @Override
    public void flush() {
        original.flush();
    }

    /**
     * Takes what was written since the last call.
     *
     * @return the text, with the number of its first line in this stream
     */
    synchronized Capture takeNew() {
        String text = copy.toString(StandardCharsets.UTF_8);
        copy.reset();
        Capture capture = new Capture(name, scannedLines + 1, text);
        scannedLines += text.chars().filter(c -> c == '\n').count();
        return capture;
    }
}
