package io.github.fiksclients.codegen;

import com.google.gson.JsonObject;
import java.util.List;

/**
 * One Fiks service of the manifest: its Maven module and the specs generated into it.
 *
 * @param service the short id, such as {@code svarinn}
 * @param module the Maven module directory and artifactId, such as {@code fiks-svarinn-client}
 * @param name the service's name as KS names it
 * @param description one line: what a user does with the client
 * @param published whether the module's artifact is published (and so listed in the BOM)
 * @param specs the service's specs, in manifest order
 * @param json the entry as written, without its specs (part of each spec's generation fingerprint)
 */
public record ServiceEntry(
        String service,
        String module,
        String name,
        String description,
        boolean published,
        List<SpecEntry> specs,
        JsonObject json) {

    /** Copies the list. */
    public ServiceEntry {
        specs = List.copyOf(specs);
    }
}
