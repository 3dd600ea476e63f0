package io.github.fiksclients.core;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.util.Random;
import okio.Buffer;
import org.junit.jupiter.api.Test;

/** The writer's bytes are exactly what {@code String.getBytes(UTF_8)} gives, however the text is cut into writes. */
class Utf8BufferWriterTest {

    private static final String TEXT = "Søknad om byggeløyve for \"Ærfuglvegen\" 2 \uD83D\uDE00 ✓ \u2028 end";

    @Test
    void wholeStringsAreEncodedAsUtf8() {
        assertThat(written(TEXT, Integer.MAX_VALUE)).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void aSurrogatePairSplitAcrossWritesIsJoined() {
        for (int piece = 1; piece <= 5; piece++) {
            assertThat(written(TEXT, piece)).as("pieces of %d", piece).isEqualTo(TEXT.getBytes(StandardCharsets.UTF_8));
        }
    }

    @Test
    void loneSurrogatesBecomeQuestionMarksAsTheJdkWritesThem() {
        String lone = "a\uD83Db\uDE00c\uD83D";
        assertThat(written(lone, 1)).isEqualTo(lone.getBytes(StandardCharsets.UTF_8));
        assertThat(written(lone, Integer.MAX_VALUE)).isEqualTo(lone.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void randomTextInRandomPiecesMatchesTheJdk() {
        Random random = new Random(20261207);
        for (int round = 0; round < 200; round++) {
            StringBuilder text = new StringBuilder();
            for (int i = 0; i < 50; i++) {
                text.append((char) random.nextInt(0x10000));
            }
            String string = text.toString();
            assertThat(written(string, 1 + random.nextInt(7))).isEqualTo(string.getBytes(StandardCharsets.UTF_8));
        }
    }

    /** Writes the text in pieces of at most {@code piece} characters, single characters through write(int). */
    private static byte[] written(String text, int piece) {
        Buffer buffer = new Buffer();
        try (Utf8BufferWriter writer = new Utf8BufferWriter(buffer)) {
            for (int start = 0; start < text.length(); ) {
                int end = (int) Math.min(text.length(), (long) start + piece);
                if (end - start == 1) {
                    writer.write(text.charAt(start));
                } else {
                    writer.write(text, start, end - start);
                }
                start = end;
            }
        }
        return buffer.readByteArray();
    }
}
