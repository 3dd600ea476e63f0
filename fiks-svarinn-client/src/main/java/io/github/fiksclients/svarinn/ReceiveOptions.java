package io.github.fiksclients.svarinn;

/**
 * How {@link SvarInnClient#receive} goes about it: whether it reports failures to SvarInn, whether it polls until
 * nothing new is left, and how many forsendelser it takes at most.
 *
 * <p>The defaults, {@link #defaults()}: report failures, poll until nothing new is left, no maximum. Instances are
 * immutable.
 */
public final class ReceiveOptions {

    private static final ReceiveOptions DEFAULTS = builder().build();

    private final boolean reportFailures;
    private final boolean pollUntilEmpty;
    private final int maxForsendelser;

    private ReceiveOptions(Builder builder) {
        this.reportFailures = builder.reportFailures;
        this.pollUntilEmpty = builder.pollUntilEmpty;
        this.maxForsendelser = builder.maxForsendelser;
    }

    /**
     * Returns the default options: report failures, poll until nothing new is left, no maximum.
     *
     * @return the defaults
     */
    public static ReceiveOptions defaults() {
        return DEFAULTS;
    }

    /**
     * Starts options from the defaults.
     *
     * @return a builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Whether a forsendelse that fails is reported to SvarInn as failed, not permanently, with the reason.
     *
     * @return {@code true} by default
     */
    public boolean reportFailures() {
        return reportFailures;
    }

    /**
     * Whether SvarInn is polled again after a batch, until a poll brings nothing not yet tried in this receive.
     *
     * @return {@code true} by default; {@code false} polls once
     */
    public boolean pollUntilEmpty() {
        return pollUntilEmpty;
    }

    /**
     * How many forsendelser one receive takes at most, failures included.
     *
     * @return the maximum; {@link Integer#MAX_VALUE} by default
     */
    public int maxForsendelser() {
        return maxForsendelser;
    }

    @Override
    public String toString() {
        return "ReceiveOptions{reportFailures=" + reportFailures + ", pollUntilEmpty=" + pollUntilEmpty
                + ", maxForsendelser=" + maxForsendelser + "}";
    }

    /** Builds {@link ReceiveOptions}; every value starts at its default. */
    public static final class Builder {

        private boolean reportFailures = true;
        private boolean pollUntilEmpty = true;
        private int maxForsendelser = Integer.MAX_VALUE;

        private Builder() {
        }

        /**
         * Sets whether failures are reported to SvarInn (status FEILET in v2, {@code mottakFeilet} in v1), never
         * as permanent: SvarInn offers the forsendelse again.
         *
         * @param reportFailures {@code false} to leave failed forsendelser untouched
         * @return this builder
         */
        public Builder reportFailures(boolean reportFailures) {
            this.reportFailures = reportFailures;
            return this;
        }

        /**
         * Sets whether to poll again after a batch until nothing new is left, or to poll once (up to 200).
         *
         * @param pollUntilEmpty {@code false} to poll once
         * @return this builder
         */
        public Builder pollUntilEmpty(boolean pollUntilEmpty) {
            this.pollUntilEmpty = pollUntilEmpty;
            return this;
        }

        /**
         * Sets how many forsendelser one receive takes at most, failures included.
         *
         * @param maxForsendelser a positive number
         * @return this builder
         */
        public Builder maxForsendelser(int maxForsendelser) {
            this.maxForsendelser = maxForsendelser;
            return this;
        }

        /**
         * Checks the values and builds the options.
         *
         * @return the options
         * @throws IllegalArgumentException if {@code maxForsendelser} is not positive
         */
        public ReceiveOptions build() {
            if (maxForsendelser <= 0) {
                throw new IllegalArgumentException("maxForsendelser must be positive: " + maxForsendelser);
            }
            return new ReceiveOptions(this);
        }
    }
}
