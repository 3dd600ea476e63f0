package io.github.fiksclients.auth;

import io.github.fiksclients.errors.FiksAuthenticationException;
import io.github.fiksclients.errors.FiksIOException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.stream.Collectors;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;

/**
 * The origins (scheme, host and port) a client was configured for: the only places its credentials may go.
 *
 * <p>{@link #guard} wraps an authentication's interceptor so that it adds credentials only to requests for one of
 * these origins, and fails every other request with a {@link FiksAuthenticationException} without sending it. So a
 * link taken from a response (such as a download URL in forsendelse metadata) can never carry the integration's
 * password or token to another host, whatever code follows it. Only https origins, and plain http to a
 * {@linkplain LoopbackHosts#isLoopback loopback host}, can be trusted. Immutable.
 *
 * <pre>{@code
 * TrustedOrigins origins = TrustedOrigins.of(HttpUrl.get("https://api.fiks.ks.no/"));
 * OkHttpClient client = new OkHttpClient.Builder().addInterceptor(authentication.interceptor(origins)).build();
 * }</pre>
 */
public final class TrustedOrigins {

    private final Set<String> origins;
    /** One URL per origin, so that {@link #contains} compares without building text on every request. */
    private final List<HttpUrl> originUrls;

    private TrustedOrigins(Set<String> origins) {
        this.origins = origins;
        this.originUrls = origins.stream().map(HttpUrl::get).toList();
    }

    /**
     * Trusts the origins of some URLs, such as a client's base URLs.
     *
     * @param urls at least one URL; only its scheme, host and port count
     * @return the trusted origins
     * @throws IllegalArgumentException if there is none, or one is plain http to a host that is not loopback
     */
    public static TrustedOrigins of(HttpUrl... urls) {
        return of(Arrays.asList(urls));
    }

    /**
     * Trusts the origins of some URLs, such as a client's base URLs.
     *
     * @param urls at least one URL; only its scheme, host and port count
     * @return the trusted origins
     * @throws IllegalArgumentException if there is none, or one is plain http to a host that is not loopback
     */
    public static TrustedOrigins of(Collection<HttpUrl> urls) {
        Objects.requireNonNull(urls, "urls");
        if (urls.isEmpty()) {
            throw new IllegalArgumentException("Trust at least one origin");
        }
        Set<String> origins = new LinkedHashSet<>();
        for (HttpUrl url : urls) {
            Objects.requireNonNull(url, "url");
            if (!LoopbackHosts.allowsCredentials(url.scheme(), url.host())) {
                throw new IllegalArgumentException("Credentials go over plain http only to "
                        + LoopbackHosts.DESCRIPTION + ", not to " + originOf(url));
            }
            origins.add(originOf(url));
        }
        return new TrustedOrigins(Set.copyOf(origins));
    }

    /**
     * These origins and one more.
     *
     * @param url a URL whose origin to trust as well
     * @return the larger set
     * @throws IllegalArgumentException if the URL is plain http to a host that is not loopback
     */
    public TrustedOrigins with(HttpUrl url) {
        List<HttpUrl> urls = new ArrayList<>(originUrls);
        urls.add(Objects.requireNonNull(url, "url"));
        return of(urls);
    }

    /**
     * Tells whether a URL is on one of these origins.
     *
     * @param url the URL of a request
     * @return {@code true} if its scheme, host and port are those of a trusted origin
     */
    public boolean contains(HttpUrl url) {
        Objects.requireNonNull(url, "url");
        for (HttpUrl origin : originUrls) {
            if (origin.port() == url.port() && origin.scheme().equals(url.scheme())
                    && origin.host().equals(url.host())) {
                return true;
            }
        }
        return false;
    }

    /**
     * Wraps an authentication's interceptor so that only requests for these origins reach it.
     *
     * <p>A request for any other origin fails with a {@link FiksAuthenticationException} (carried as a
     * {@link FiksIOException}) that names that origin, and is not sent.
     *
     * @param authentication the interceptor that adds credentials
     * @return the guarded interceptor
     */
    public Interceptor guard(Interceptor authentication) {
        Objects.requireNonNull(authentication, "authentication");
        return chain -> {
            requireTrusted(chain.request());
            return authentication.intercept(chain);
        };
    }

    /**
     * Checks that a request may carry credentials: its URL is on one of these origins.
     *
     * @param request the request about to be given credentials
     * @throws FiksIOException carrying a {@link FiksAuthenticationException} that names the request's origin, if it
     *     is not one of these; the request must then not be sent
     */
    public void requireTrusted(Request request) throws FiksIOException {
        HttpUrl url = request.url();
        if (!contains(url)) {
            throw new FiksIOException(new FiksAuthenticationException("Refused to send credentials to "
                    + originOf(url) + ", which is not an origin this client is configured for " + this
                    + ": " + request.method() + " " + url.encodedPath() + " was not sent"));
        }
    }

    /**
     * The origin of a URL, as text: scheme, host and port, without user, path, query or fragment.
     *
     * @param url the URL
     * @return for example {@code https://api.fiks.ks.no:443}
     */
    public static String originOf(HttpUrl url) {
        String host = url.host().indexOf(':') >= 0 ? "[" + url.host() + "]" : url.host();
        return url.scheme() + "://" + host + ":" + url.port();
    }

    /**
     * Tells whether two URLs have the same origin.
     *
     * @param a one URL
     * @param b another
     * @return {@code true} if their schemes, hosts and ports are equal
     */
    public static boolean sameOrigin(HttpUrl a, HttpUrl b) {
        return originOf(a).equals(originOf(b));
    }

    /**
     * Lists the origins.
     *
     * @return for example {@code [https://api.fiks.ks.no:443]}
     */
    @Override
    public String toString() {
        return origins.stream().sorted().collect(Collectors.joining(", ", "[", "]"));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof TrustedOrigins that && origins.equals(that.origins);
    }

    @Override
    public int hashCode() {
        return origins.hashCode();
    }
}
