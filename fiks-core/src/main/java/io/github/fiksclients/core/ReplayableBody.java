package io.github.fiksclients.core;

/**
 * A request tag that declares a raw OkHttp request's body safe to write again, so a {@link RetryPolicy} may retry
 * the request although the body says it can be written only once ({@code isOneShot()}) or does not know its length
 * ({@code contentLength() == -1}), as a body streamed from a file that can be reopened does.
 *
 * <p>It says nothing about the method: a POST also needs {@link Idempotent} to be retried.
 *
 * <pre>{@code
 * Request request = new Request.Builder().url(url).put(fromFile).tag(ReplayableBody.class, ReplayableBody.INSTANCE)
 *         .build();
 * }</pre>
 */
public enum ReplayableBody {

    /** The one value of the tag. */
    INSTANCE
}
