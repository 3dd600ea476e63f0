package io.github.fiksclients.svarut;

import java.io.IOException;
import okhttp3.MediaType;
import okhttp3.RequestBody;
import okio.BufferedSink;

/**
 * A request body that remembers whether writing it has begun: until then no byte of the forsendelse can have reached
 * SvarUt, so a failure certainly created nothing and the send may be repeated. It adds nothing to the bytes written.
 */
final class StartTrackingBody extends RequestBody {

    private final RequestBody delegate;
    private volatile boolean started;

    StartTrackingBody(RequestBody delegate) {
        this.delegate = delegate;
    }

    /** @return whether {@link #writeTo} has been called */
    boolean started() {
        return started;
    }

    @Override
    public MediaType contentType() {
        return delegate.contentType();
    }

    @Override
    public long contentLength() throws IOException {
        return delegate.contentLength();
    }

    @Override
    public boolean isOneShot() {
        return delegate.isOneShot();
    }

    @Override
    public void writeTo(BufferedSink sink) throws IOException {
        started = true;
        delegate.writeTo(sink);
    }
}
