package io.github.fiksclients.svarut;

import java.io.FileInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;
import okio.Okio;
import okio.Source;

/**
 * The multipart body of one document: its bytes streamed from the file or {@link DokumentStream} each time it is
 * written (so a retry sends them again from the start), encrypted on the way if the forsendelse is kryptert.
 *
 * <p>A plain file knows its length, so a forsendelse of plain files is sent with a {@code Content-Length}; an
 * encrypted or streamed document does not, and the request is then chunked.
 */
final class DokumentBody extends RequestBody {

    /** The type KS's own client gives document parts; SvarUt takes the real type from the metadata. */
    static final MediaType OCTET_STREAM = MediaType.get("application/octet-stream");

    private static final int COPY_BUFFER = 64 * 1024;

    private final Dokument dokument;
    private final CmsEncryption encryption;

    DokumentBody(Dokument dokument, CmsEncryption encryption) {
        this.dokument = dokument;
        this.encryption = encryption;
    }

    @Override
    public MediaType contentType() {
        return OCTET_STREAM;
    }

    @Override
    public long contentLength() throws IOException {
        if (encryption != null || dokument.file().isEmpty()) {
            return -1;
        }
        return Files.size(dokument.file().get());
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        try (InputStream in = open()) {
            if (encryption == null) {
                try (Source source = Okio.source(in)) {
                    sink.writeAll(source);
                }
                return;
            }
            try (OutputStream envelope = encryption.open(sink.outputStream())) {
                byte[] buffer = new byte[COPY_BUFFER];
                for (int n = in.read(buffer); n >= 0; n = in.read(buffer)) {
                    envelope.write(buffer, 0, n);
                }
            }
        }
    }

    private InputStream open() throws IOException {
        if (dokument.file().isPresent()) {
            Path file = dokument.file().get();
            // A FileInputStream reads straight into Okio's segments; the NIO channel stream wraps a buffer per read.
            return file.getFileSystem() == FileSystems.getDefault() ? new FileInputStream(file.toFile())
                    : Files.newInputStream(file);
        }
        InputStream in = dokument.stream().orElseThrow().open();
        if (in == null) {
            throw new IOException("The stream of document " + dokument.filnavn() + " opened as null");
        }
        return in;
    }
}
