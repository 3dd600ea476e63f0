package io.github.fiksclients.core;

import io.github.fiksclients.auth.FiksAuthentication;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import okhttp3.HttpUrl;
import okhttp3.OkHttpClient;

/** The mutable runtime options of a {@link FiksClientBuilder}, and how they become a {@link FiksClient}. */
final class RuntimeSettings {

    private static final Duration DEFAULT_CONNECT_TIMEOUT = Duration.ofSeconds(10);
    private static final Duration DEFAULT_READ_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration DEFAULT_WRITE_TIMEOUT = Duration.ofSeconds(60);
    private static final Duration NO_TIMEOUT = Duration.ZERO;

    Duration defaultReadTimeout = DEFAULT_READ_TIMEOUT;
    Duration defaultWriteTimeout = DEFAULT_WRITE_TIMEOUT;
    Duration defaultCallTimeout = NO_TIMEOUT;
    Duration connectTimeout;
    Duration readTimeout;
    Duration writeTimeout;
    Duration callTimeout;
    RetryPolicy retryPolicy = RetryPolicy.defaults();
    HttpLogLevel logLevel;
    String userAgentSuffix;
    OkHttpClient okHttpClient;
    /** Null unless an observation registry was set: then the only reference to Micrometer-backed code. */
    ExchangeObservations observations;

    /**
     * Creates the client.
     *
     * @param environment the environment, or null if {@code baseUrl} is set
     * @param baseUrl the explicit base URL, or null if {@code environment} is set
     * @param authentication the authentication, or null for none
     * @return the client
     * @throws IllegalStateException if a timeout is negative
     */
    FiksClient build(FiksEnvironment environment, HttpUrl baseUrl, FiksAuthentication authentication) {
        boolean owned = okHttpClient == null;
        OkHttpClient supplied = owned ? new OkHttpClient() : okHttpClient;
        OkHttpClient.Builder base = supplied.newBuilder()
                // Our RetryPolicy decides what is repeated; OkHttp's own retry would resend a POST.
                .retryOnConnectionFailure(false)
                .socketFactory(NoDelaySocketFactory.wrap(supplied.socketFactory()));
        timeout(connectTimeout, owned ? DEFAULT_CONNECT_TIMEOUT : null, base::connectTimeout);
        timeout(readTimeout, owned ? defaultReadTimeout : null, base::readTimeout);
        timeout(writeTimeout, owned ? defaultWriteTimeout : null, base::writeTimeout);
        timeout(callTimeout, owned ? defaultCallTimeout : null, base::callTimeout);
        return new FiksClient(environment, baseUrl, base.build(), retryPolicy,
                logLevel != null ? logLevel : DefaultHttpLogLevel.get(),
                OutgoingHeaders.userAgent(userAgentSuffix), authentication, owned, observations);
    }

    private static void timeout(Duration set, Duration fallback, TimeoutSetter setter) {
        Duration timeout = set != null ? set : fallback;
        if (timeout == null) {
            return;
        }
        if (timeout.isNegative()) {
            throw new IllegalStateException("A timeout must not be negative, was " + timeout);
        }
        setter.set(timeout.toMillis(), TimeUnit.MILLISECONDS);
    }

    /** One of OkHttp's timeout setters. */
    @FunctionalInterface
    private interface TimeoutSetter {
        void set(long amount, TimeUnit unit);
    }
}
