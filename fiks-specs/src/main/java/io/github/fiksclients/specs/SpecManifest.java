package io.github.fiksclients.specs;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;

/**
 * The manifest {@code specs.json} (format 2: one object per service, each with its specs), as far as the
 * spec check needs it: the base URL KS publishes specs under ({@code publishedAt}) and, for each spec,
 * its service, our file and the published file's name. Specs without an {@code upstream} are our
 * own (the fixture service's) and have nothing to be checked against, so they are left out. The
 * build's code generator reads the other fields.
 *
 * <p>Read it with {@link #read(Path)} from the specs directory; {@link #select(String)} picks the
 * entries of one service and {@link #fileOf(SpecEntry)} locates our copy of an entry.
 */
public final class SpecManifest {

  /** The manifest's file name inside the specs directory. */
  public static final String FILE_NAME = "specs.json";

  private final Path specsDir;
  private final URI baseUrl;
  private final List<SpecEntry> entries;

  private SpecManifest(Path specsDir, URI baseUrl, List<SpecEntry> entries) {
    this.specsDir = specsDir;
    this.baseUrl = baseUrl;
    this.entries = List.copyOf(entries);
  }

  /**
   * Reads {@code specs.json} from a specs directory.
   *
   * @param specsDir the directory holding {@code specs.json} and one folder per service
   * @return the manifest
   * @throws SpecCheckException if the file is missing, is not JSON, or lacks a required field
   */
  public static SpecManifest read(Path specsDir) throws SpecCheckException {
    Path file = specsDir.resolve(FILE_NAME);
    JsonObject root;
    try {
      root = JsonParser.parseString(Files.readString(file, StandardCharsets.UTF_8)).getAsJsonObject();
    } catch (NoSuchFileException e) {
      throw new SpecCheckException("manifest not found: " + file, e);
    } catch (IOException e) {
      throw new SpecCheckException("cannot read manifest " + file + ": " + e.getMessage(), e);
    } catch (JsonParseException | IllegalStateException e) {
      throw new SpecCheckException("manifest " + file + " is not a JSON object", e);
    }
    URI baseUrl = baseUrl(file, text(file, root, "publishedAt", "the manifest"));
    List<SpecEntry> entries = new ArrayList<>();
    JsonArray services = array(file, root, "services", "the manifest");
    for (int i = 0; i < services.size(); i++) {
      String where = "services[" + i + "]";
      JsonObject service = object(file, services.get(i), where);
      String name = text(file, service, "service", where);
      JsonArray specs = array(file, service, "specs", where);
      for (int j = 0; j < specs.size(); j++) {
        String specWhere = where + ".specs[" + j + "]";
        JsonObject spec = object(file, specs.get(j), specWhere);
        if (!spec.has("upstream")) {
          continue; // a spec of our own (such as the fixture's): KS publishes nothing to compare it with
        }
        entries.add(
            new SpecEntry(
                name, text(file, spec, "file", specWhere), text(file, spec, "upstream", specWhere)));
      }
    }
    return new SpecManifest(specsDir, baseUrl, entries);
  }

  private static JsonArray array(Path file, JsonObject object, String field, String where)
      throws SpecCheckException {
    JsonElement value = object.get(field);
    if (value == null || !value.isJsonArray()) {
      throw new SpecCheckException("manifest " + file + ": " + where + " has no '" + field + "' list");
    }
    return value.getAsJsonArray();
  }

  private static JsonObject object(Path file, JsonElement element, String where)
      throws SpecCheckException {
    if (!element.isJsonObject()) {
      throw new SpecCheckException("manifest " + file + ": " + where + " is not an object");
    }
    return element.getAsJsonObject();
  }

  private static String text(Path file, JsonObject object, String field, String where)
      throws SpecCheckException {
    JsonElement value = object.get(field);
    if (value == null || !value.isJsonPrimitive() || value.getAsString().isBlank()) {
      throw new SpecCheckException("manifest " + file + ": " + where + " has no '" + field + "'");
    }
    return value.getAsString();
  }

  private static URI baseUrl(Path file, String value) throws SpecCheckException {
    try {
      return new URI(value.endsWith("/") ? value : value + "/");
    } catch (URISyntaxException e) {
      throw new SpecCheckException("manifest " + file + ": publishedAt is not a URL: " + value, e);
    }
  }

  /**
   * Returns the base URL KS publishes the specs under, ending with {@code /}.
   *
   * @return the base URL
   */
  public URI baseUrl() {
    return baseUrl;
  }

  /**
   * Returns every entry, in manifest order.
   *
   * @return the entries
   */
  public List<SpecEntry> entries() {
    return entries;
  }

  /**
   * Returns the entries of one service, or all of them.
   *
   * @param service the service name, or {@code null} for every entry
   * @return the matching entries, in manifest order
   * @throws SpecCheckException if no entry belongs to that service
   */
  public List<SpecEntry> select(String service) throws SpecCheckException {
    if (service == null) {
      return entries;
    }
    List<SpecEntry> selected = entries.stream().filter(e -> e.service().equals(service)).toList();
    if (selected.isEmpty()) {
      TreeSet<String> known = new TreeSet<>();
      entries.forEach(e -> known.add(e.service()));
      throw new SpecCheckException(
          "unknown service '" + service + "' (known: " + String.join(", ", known) + ")");
    }
    return selected;
  }

  /**
   * Returns where our copy of an entry lives.
   *
   * @param entry an entry of this manifest
   * @return the path of our file
   */
  public Path fileOf(SpecEntry entry) {
    return specsDir.resolve(entry.file());
  }
}
