package io.github.fiksclients.auth;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.regex.Pattern;

/**
 * The one rule for plain http that every part of the suite follows: credentials travel over https, except to this
 * machine (a local simulator or test server). Base URLs and Maskinporten token endpoints are both checked with it.
 */
public final class LoopbackHosts {

    /** The loopback hosts in words, for error messages. */
    public static final String DESCRIPTION = "a loopback host (localhost, 127.0.0.0/8, ::1)";

    private static final Pattern IPV4 = Pattern.compile("\\d{1,3}(\\.\\d{1,3}){3}");

    private LoopbackHosts() {
    }

    /**
     * Tells whether a host is this machine, without a DNS lookup: {@code localhost}, 127.0.0.0/8 or {@code ::1}.
     *
     * @param host a host name or IP literal, as {@code HttpUrl.host()} or {@code URI.getHost()} gives it (an IPv6
     *     literal with or without brackets)
     * @return {@code true} for a loopback host
     */
    public static boolean isLoopback(String host) {
        if (host == null || host.isEmpty()) {
            return false;
        }
        if (host.equalsIgnoreCase("localhost")) {
            return true;
        }
        String literal = host.startsWith("[") && host.endsWith("]") ? host.substring(1, host.length() - 1) : host;
        if (!IPV4.matcher(literal).matches() && literal.indexOf(':') < 0) {
            return false;
        }
        try {
            return InetAddress.getByName(literal).isLoopbackAddress();
        } catch (UnknownHostException e) {
            return false;
        }
    }

    /**
     * Tells whether credentials may be sent to a scheme and host: https anywhere, plain http only to
     * {@linkplain #isLoopback a loopback host}.
     *
     * @param scheme the URL's scheme, such as {@code https}
     * @param host the URL's host
     * @return {@code true} if the scheme is https, or http to a loopback host
     */
    public static boolean allowsCredentials(String scheme, String host) {
        return "https".equalsIgnoreCase(scheme) || ("http".equalsIgnoreCase(scheme) && isLoopback(host));
    }
}
