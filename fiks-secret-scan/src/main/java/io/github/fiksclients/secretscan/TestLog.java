package io.github.fiksclients.secretscan;

/**
 * What the code under test logged from a point on, for tests that check their own log lines. Every test JVM of
 * this project logs everything at TRACE through the secret scan's SLF4J binding.
 *
 * <pre>{@code
 * TestLog log = TestLog.start();
 * client.call();
 * assertThat(log.text()).contains("--> GET");
 * }</pre>
 */
public final class TestLog {

    private final long start;

    private TestLog(long start) {
        this.start = start;
    }

    /**
     * Marks the log's current end.
     *
     * @return a view of what is logged from now on
     */
    public static TestLog start() {
        return new TestLog(TestOutput.get().logLength());
    }

    /**
     * Reads what was logged since {@link #start()}: one line per event, {@code LEVEL logger [thread] - message},
     * followed by the stack trace of its throwable, if any.
     *
     * @return the log text
     */
    public String text() {
        return TestOutput.get().logSince(start);
    }
}
