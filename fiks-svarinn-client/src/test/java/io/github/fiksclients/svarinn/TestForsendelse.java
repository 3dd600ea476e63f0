package io.github.fiksclients.svarinn;

import io.github.fiksclients.svarinn.receive.Envelopes;
import io.github.fiksclients.svarinn.receive.Envelopes.KeyTransport;
import io.github.fiksclients.svarinn.receive.Zips;
import java.security.cert.X509Certificate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * A forsendelse as a sender makes it: files, zipped and encrypted to the receiving system's certificate, and the
 * metadata SvarInn lists for them.
 *
 * @param id the forsendelse id
 * @param files file name to content, in order
 * @param envelope the encrypted ZIP archive, as SvarInn serves it
 */
public record TestForsendelse(String id, Map<String, byte[]> files, byte[] envelope) {

    /** One file as the metadata lists it; any field may be wrong or missing on purpose. */
    public record FileMeta(String filnavn, String sha256, Long size) {
    }

    /** Returns the n-th test forsendelse id, a UUID (SvarInn v2 ids are UUIDs). */
    public static String id(int n) {
        return String.format("%08d-0000-4000-8000-%012d", n, n);
    }

    /** Zips and encrypts {@code files} (name, content, name, content...) to {@code recipient}. */
    public static TestForsendelse of(String id, X509Certificate recipient, String... namesAndContents) {
        return of(id, recipient, Zips.files(namesAndContents));
    }

    /** Zips and encrypts {@code files} to {@code recipient}. */
    public static TestForsendelse of(String id, X509Certificate recipient, Map<String, byte[]> files) {
        return new TestForsendelse(id, files, Envelopes.encrypt(Zips.zip(files), recipient, KeyTransport.PKCS1_V1_5));
    }

    /** The metadata that exactly describes the files. */
    public List<FileMeta> metadata() {
        List<FileMeta> metadata = new ArrayList<>();
        files.forEach((name, content) -> metadata.add(new FileMeta(name, Zips.sha256(content), (long) content.length)));
        return metadata;
    }
}
