package io.github.fiksclients.codegen;

import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * A SHA-256 over everything that determines a spec's generated output. Each part is labelled and
 * length-prefixed, so that moving bytes from one part to the next changes the result.
 */
final class Fingerprint {

    private final MessageDigest digest = Hashing.sha256();

    /**
     * Adds a part.
     *
     * @param label what the part is
     * @param bytes its content, or {@code null} for "absent" (not the same as empty)
     * @return this fingerprint
     */
    Fingerprint add(String label, byte[] bytes) {
        byte[] name = label.getBytes(StandardCharsets.UTF_8);
        digest.update(ByteBuffer.allocate(4).putInt(name.length).array());
        digest.update(name);
        digest.update(ByteBuffer.allocate(8).putLong(bytes == null ? -1 : bytes.length).array());
        if (bytes != null) {
            digest.update(bytes);
        }
        return this;
    }

    /**
     * Adds a text part, as UTF-8.
     *
     * @param label what the part is
     * @param text its content
     * @return this fingerprint
     */
    Fingerprint add(String label, String text) {
        return add(label, Hashing.utf8(text));
    }

    /**
     * Returns the fingerprint; call once.
     *
     * @return lower-case hex SHA-256
     */
    String hex() {
        return Hashing.hex(digest.digest());
    }
}
