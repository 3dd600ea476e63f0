package io.github.fiksclients.core;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/** Names the client in the {@code User-Agent} header: {@code fiks-clients/<version>}, plus an optional suffix. */
final class UserAgentInterceptor implements Interceptor {

    private static final String VERSION_RESOURCE = "fiks-clients.properties";

    private final String userAgent;

    UserAgentInterceptor(String suffix) {
        this.userAgent = "fiks-clients/" + version() + (suffix == null ? "" : " " + suffix);
    }

    String userAgent() {
        return userAgent;
    }

    /** The version of this library, from a resource written by the build. */
    static String version() {
        try (InputStream in = UserAgentInterceptor.class.getResourceAsStream(VERSION_RESOURCE)) {
            if (in == null) {
                return "unknown";
            }
            Properties properties = new Properties();
            properties.load(in);
            return properties.getProperty("version", "unknown");
        } catch (IOException e) {
            throw new UncheckedIOException("Could not read " + VERSION_RESOURCE, e);
        }
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        if (request.header("User-Agent") != null) {
            return chain.proceed(request);
        }
        return chain.proceed(request.newBuilder().header("User-Agent", userAgent).build());
    }
}
