package io.github.fiksclients.docs.context;

import java.io.IOException;
import java.io.InputStream;

/** The caller's own document store, as the SvarUt snippets stream documents from it. */
public interface Blobs {

    /**
     * Opens a stored document.
     *
     * @param id the document's id
     * @return its content
     * @throws IOException if it cannot be read
     */
    InputStream open(String id) throws IOException;
}
