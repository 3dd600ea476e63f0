package io.github.fiksclients.specs;

import java.net.URI;
import java.net.URISyntaxException;
import java.nio.file.Path;

/**
 * Where newly published specs are read from, by their published file name: a base URL (KS's
 * developer site by default) or a local directory holding downloaded copies.
 */
public interface CandidateSource {

  /**
   * Reads the candidate published under a file name.
   *
   * @param upstream the published file name, for example {@code svarinn-api-v2.json}
   * @return the document's text
   * @throws SpecCheckException if it cannot be read (missing file, HTTP error, unreachable host)
   */
  String read(String upstream) throws SpecCheckException;

  /**
   * Says where the candidate of a file name is read from, for reports and messages.
   *
   * @param upstream the published file name
   * @return a URL or a file path
   */
  String locationOf(String upstream);

  /**
   * Chooses the source for a {@code --from} value.
   *
   * @param from a directory, an {@code http(s)://} base URL, or {@code null} for the default
   * @param defaultBaseUrl the base URL to use when {@code from} is {@code null}
   * @return a source reading from that place
   * @throws SpecCheckException if {@code from} looks like a URL but is not a valid one
   */
  static CandidateSource of(String from, URI defaultBaseUrl) throws SpecCheckException {
    if (from == null) {
      return new HttpCandidateSource(defaultBaseUrl);
    }
    if (from.startsWith("http://") || from.startsWith("https://")) {
      try {
        return new HttpCandidateSource(new URI(from.endsWith("/") ? from : from + "/"));
      } catch (URISyntaxException e) {
        throw new SpecCheckException("--from is not a valid URL: " + from, e);
      }
    }
    return new DirectoryCandidateSource(Path.of(from));
  }
}
