package io.github.fiksclients.core;

import io.github.fiksclients.auth.LoopbackHosts;
import okhttp3.HttpUrl;

/**
 * Checks and normalizes base URLs: https, or plain http to a loopback host only; no credentials, query or fragment;
 * a path ending with {@code /}.
 */
final class BaseUrls {

    private BaseUrls() {
    }

    /**
     * Parses and checks a base URL.
     *
     * @param url an absolute http or https URL
     * @return the normalized URL
     * @throws IllegalArgumentException if the URL cannot be used
     */
    static HttpUrl parse(String url) {
        HttpUrl parsed = HttpUrl.parse(url);
        if (parsed == null) {
            throw new IllegalArgumentException("The base URL is not an absolute http or https URL");
        }
        return check(parsed);
    }

    /**
     * Checks a base URL.
     *
     * @param url the URL
     * @return the URL, with a {@code /} added to its path if it had none at the end
     * @throws IllegalArgumentException if the URL cannot be used
     */
    static HttpUrl check(HttpUrl url) {
        if (!url.username().isEmpty() || !url.password().isEmpty()) {
            throw new IllegalArgumentException(
                    "The base URL must not contain credentials; set them with authentication(...)");
        }
        if (url.query() != null || url.fragment() != null) {
            throw new IllegalArgumentException("The base URL must not have a query or fragment: " + url.redact());
        }
        if (!LoopbackHosts.allowsCredentials(url.scheme(), url.host())) {
            throw new IllegalArgumentException("Plain http is only allowed to " + LoopbackHosts.DESCRIPTION
                    + ", not to " + url.host() + ": use https");
        }
        return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
    }
}
