package io.github.fiksclients.core;

import io.github.fiksclients.auth.TrustedOrigins;
import io.github.fiksclients.errors.FiksIOException;
import io.github.fiksclients.errors.FiksRedirectException;
import java.io.IOException;
import okhttp3.HttpUrl;
import okhttp3.Interceptor;
import okhttp3.Request;
import okhttp3.Response;

/**
 * Follows a redirect only within the origin of the request (the same scheme, host and port), and ends the call with
 * a {@link FiksRedirectException} for any other, so credentials never leave the origin they were meant for.
 *
 * <p>It replaces OkHttp's own redirect following, which a {@link FiksClient} switches off: on a change of host
 * OkHttp removes only {@code Authorization}, so {@code IntegrasjonPassord} would travel on, and it follows https to
 * http. This interceptor sits before retries and authentication in the chain, so each hop is retried and
 * authenticated anew, for its own origin. Which requests a redirect repeats follows OkHttp: 300 to 303 turn any
 * method but GET and HEAD into a GET without body; 307 and 308 are followed for GET and HEAD only, and otherwise
 * returned as they are. A redirect without {@code Location}, and any redirect when the caller's OkHttp client has
 * {@code followRedirects(false)}, is returned as it is.
 */
final class SameOriginRedirects implements Interceptor {

    /** The most redirects one call follows, as in OkHttp. */
    static final int MAX_REDIRECTS = 20;

    private final boolean follow;

    /**
     * Creates the interceptor.
     *
     * @param follow whether to follow same-origin redirects at all ({@code false} returns every redirect)
     */
    SameOriginRedirects(boolean follow) {
        this.follow = follow;
    }

    @Override
    public Response intercept(Chain chain) throws IOException {
        Request request = chain.request();
        Response response = chain.proceed(request);
        for (int redirects = 0; follow && isRedirect(response.code()); redirects++) {
            String location = response.header("Location");
            if (location == null) {
                return response;
            }
            HttpUrl target = request.url().resolve(location);
            if (target == null) {
                throw refuse(request, response, "a Location that is not an http or https URL",
                        "it cannot be followed");
            }
            if (!TrustedOrigins.sameOrigin(request.url(), target)) {
                throw refuse(request, response, TrustedOrigins.originOf(target), "another origin than "
                        + TrustedOrigins.originOf(request.url()) + ", and redirects are followed only within one "
                        + "origin (scheme, host and port), so no credentials were sent there");
            }
            if (redirects == MAX_REDIRECTS) {
                throw refuse(request, response, TrustedOrigins.originOf(target),
                        "more than " + MAX_REDIRECTS + " redirects in a row");
            }
            Request next = followUp(request, response.code(), target);
            if (next == null) {
                return response;
            }
            response.close();
            request = next;
            response = chain.proceed(request);
        }
        return response;
    }

    private static boolean isRedirect(int code) {
        return (code >= 300 && code <= 303) || code == 307 || code == 308;
    }

    /** The request a redirect asks for, as OkHttp would make it; {@code null} if it is not to be followed. */
    private static Request followUp(Request request, int code, HttpUrl target) {
        String method = request.method();
        boolean getOrHead = method.equals("GET") || method.equals("HEAD");
        if ((code == 307 || code == 308) && !getOrHead) {
            return null;
        }
        Request.Builder next = request.newBuilder().url(target);
        if (!getOrHead) {
            next.method("GET", null)
                    .removeHeader("Transfer-Encoding")
                    .removeHeader("Content-Length")
                    .removeHeader("Content-Type");
        }
        return next.build();
    }

    private static FiksIOException refuse(Request request, Response response, String target, String reason) {
        response.close();
        return new FiksIOException(new FiksRedirectException(request.method(), request.url().encodedPath(),
                response.code(), target, reason));
    }
}
