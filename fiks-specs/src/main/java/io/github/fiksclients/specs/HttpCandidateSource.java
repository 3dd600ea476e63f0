package io.github.fiksclients.specs;

import java.io.IOException;
import java.net.ConnectException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.nio.channels.UnresolvedAddressException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;

/** Downloads candidate specs from a base URL, such as {@code https://developers.fiks.ks.no/api/}. */
final class HttpCandidateSource implements CandidateSource {

  private static final Duration CONNECT_TIMEOUT = Duration.ofSeconds(10);
  private static final Duration REQUEST_TIMEOUT = Duration.ofSeconds(30);

  private final URI baseUrl;
  private final HttpClient client;

  HttpCandidateSource(URI baseUrl) {
    this.baseUrl = baseUrl;
    this.client =
        HttpClient.newBuilder()
            .connectTimeout(CONNECT_TIMEOUT)
            .followRedirects(HttpClient.Redirect.NORMAL)
            .build();
  }

  @Override
  public String read(String upstream) throws SpecCheckException {
    URI url = baseUrl.resolve(upstream);
    HttpRequest request =
        HttpRequest.newBuilder(url)
            .timeout(REQUEST_TIMEOUT)
            .header("Accept", "application/json")
            .GET()
            .build();
    HttpResponse<String> response;
    try {
      response = client.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
    } catch (HttpTimeoutException e) {
      throw new SpecCheckException("GET " + url + ": timed out", e);
    } catch (IOException e) {
      throw new SpecCheckException("GET " + url + ": cannot connect (" + reason(e, url) + ")", e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new SpecCheckException("GET " + url + ": interrupted", e);
    }
    if (response.statusCode() != 200) {
      throw new SpecCheckException("GET " + url + ": HTTP " + response.statusCode());
    }
    return response.body();
  }

  /** The first helpful words in the cause chain: the JDK client often leaves the outer messages empty. */
  private static String reason(IOException e, URI url) {
    for (Throwable cause = e; cause != null; cause = cause.getCause()) {
      if (cause instanceof UnresolvedAddressException) {
        return "unknown host " + url.getHost();
      }
      if (cause.getMessage() != null && !cause.getMessage().isBlank()) {
        return cause.getMessage();
      }
    }
    return e instanceof ConnectException ? "no server answered" : e.getClass().getSimpleName();
  }

  @Override
  public String locationOf(String upstream) {
    return baseUrl.resolve(upstream).toString();
  }
}
