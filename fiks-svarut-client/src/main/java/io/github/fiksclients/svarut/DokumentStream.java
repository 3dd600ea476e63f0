package io.github.fiksclients.svarut;

import java.io.IOException;
import java.io.InputStream;

/**
 * Opens the content of a {@link Dokument} that does not come from a file, such as a blob in a database or an object
 * store.
 *
 * <p>It is called once to check that the content can be read and is not empty (one byte is read, then the stream is
 * closed), and then once for each attempt to send the forsendelse: every call must return a new stream over the same
 * bytes. The client closes every stream it opens.
 */
@FunctionalInterface
public interface DokumentStream {

    /**
     * Opens a new stream over the document's bytes, from the first.
     *
     * @return the stream; the client closes it
     * @throws IOException if the content cannot be opened
     */
    InputStream open() throws IOException;
}
