package io.github.fiksclients.core;

/**
 * A request tag that declares a raw OkHttp request safe to repeat, so a {@link RetryPolicy} may retry it even
 * though its method is {@code POST} or {@code PATCH}.
 *
 * <pre>{@code
 * Request request = new Request.Builder().url(url).post(body).tag(Idempotent.class, Idempotent.INSTANCE).build();
 * }</pre>
 */
public enum Idempotent {

    /** The one value of the tag. */
    INSTANCE
}
