package io.github.fiksclients.core;

import java.io.Writer;
import okio.Buffer;

/**
 * A {@link Writer} that encodes straight into an Okio {@link Buffer} as UTF-8, a string at a time.
 *
 * <p>Gson's {@code JsonWriter} hands over mostly whole strings and single ASCII characters; Okio encodes a string
 * in one pass into its pooled segments. This keeps a JSON request body in memory once, as its UTF-8 bytes, instead
 * of as a {@code String} (two bytes a character, grown by copying) and then a byte array as well: for an Innsyn
 * index batch of 4 MiB that difference decides whether indexing fits a 32 MiB heap. A surrogate pair split across
 * two writes is joined; a lone surrogate becomes {@code ?}, as {@code String.getBytes(UTF_8)} writes it.
 */
final class Utf8BufferWriter extends Writer {

    private final Buffer buffer;
    private char pendingHighSurrogate;

    Utf8BufferWriter(Buffer buffer) {
        this.buffer = buffer;
    }

    @Override
    public void write(int c) {
        char ch = (char) c;
        if (pendingHighSurrogate != 0) {
            char high = pendingHighSurrogate;
            pendingHighSurrogate = 0;
            if (Character.isLowSurrogate(ch)) {
                buffer.writeUtf8CodePoint(Character.toCodePoint(high, ch));
                return;
            }
            buffer.writeByte('?');
        }
        if (Character.isHighSurrogate(ch)) {
            pendingHighSurrogate = ch;
        } else if (Character.isLowSurrogate(ch)) {
            buffer.writeByte('?');
        } else {
            buffer.writeUtf8CodePoint(ch);
        }
    }

    @Override
    public void write(String text, int offset, int length) {
        int start = offset;
        int end = offset + length;
        if (start < end && pendingHighSurrogate != 0) {
            write(text.charAt(start));
            start++;
        }
        if (start < end && Character.isHighSurrogate(text.charAt(end - 1))) {
            buffer.writeUtf8(text, start, end - 1);
            pendingHighSurrogate = text.charAt(end - 1);
        } else if (start < end) {
            buffer.writeUtf8(text, start, end);
        }
    }

    @Override
    public void write(char[] characters, int offset, int length) {
        write(new String(characters, offset, length), 0, length);
    }

    @Override
    public Writer append(CharSequence text) {
        String string = String.valueOf(text);
        write(string, 0, string.length());
        return this;
    }

    @Override
    public void flush() {
    }

    /** Ends the text: a high surrogate still waiting for its pair is written as {@code ?}. */
    @Override
    public void close() {
        if (pendingHighSurrogate != 0) {
            pendingHighSurrogate = 0;
            buffer.writeByte('?');
        }
    }
}
