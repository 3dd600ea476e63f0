package io.github.fiksclients.core;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;
import okhttp3.HttpUrl;

/**
 * Checks and normalizes base URLs: https, or plain http to a loopback host only; no credentials, query or fragment;
 * a path ending with {@code /}.
 */
final class BaseUrls {

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

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
        if (!url.isHttps() && !isLoopback(url.host())) {
            throw new IllegalArgumentException("Plain http is only allowed to a loopback host (localhost, 127.0.0.0/8, "
                    + "::1), not to " + url.host() + ": use https");
        }
        return url.encodedPath().endsWith("/") ? url : url.newBuilder().addPathSegment("").build();
    }

    /**
     * Tells whether a host is this machine, without a DNS lookup: {@code localhost}, 127.0.0.0/8 or {@code ::1}.
     *
     * @param host a host name or IP literal, as {@link HttpUrl#host()} gives it
     * @return {@code true} for a loopback host
     */
    static boolean isLoopback(String host) {
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        if (!IPV4.matcher(host).matches() && host.indexOf(':') < 0) {
            return false;
        }
        try {
            return InetAddress.getByName(host).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }
}
