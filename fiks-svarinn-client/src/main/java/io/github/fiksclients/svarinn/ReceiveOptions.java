package io.github.fiksclients.svarinn;

/**
 * How {@link SvarInnClient#receive} goes about it: whether it reports failures to SvarInn, after how many failures
 * on its content a forsendelse is reported as permanently failed, whether it polls until nothing new is left, and
 * how many forsendelser it takes at most.
 *
 * <p>The defaults, {@link #defaults()}: report failures, permanently after {@value #DEFAULT_PERMANENT_FAILURE_AFTER}
 * failures on the content, poll until nothing new is left, no maximum. Instances are immutable.
 */
public final class ReceiveOptions {

    /** After how many failures on its content a forsendelse is reported as permanently failed, by default. */
    public static final int DEFAULT_PERMANENT_FAILURE_AFTER = 3;

    private static final ReceiveOptions DEFAULTS = builder().build();

    private final boolean reportFailures;
    private final int permanentFailureAfter;
    private final boolean pollUntilEmpty;
    private final int maxForsendelser;

    private ReceiveOptions(Builder builder) {
        this.reportFailures = builder.reportFailures;
        this.permanentFailureAfter = builder.permanentFailureAfter;
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
     * Whether a forsendelse that fails is reported to SvarInn as failed, with the reason.
     *
     * @return {@code true} by default
     */
    public boolean reportFailures() {
        return reportFailures;
    }

    /**
     * After how many failures on its content (counted across receives into the same target directory) a forsendelse
     * is reported as permanently failed; see {@link Builder#permanentFailureAfter(int)}.
     *
     * @return the number of failures, {@value #DEFAULT_PERMANENT_FAILURE_AFTER} by default; 0 for never
     */
    public int permanentFailureAfter() {
        return permanentFailureAfter;
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
        return "ReceiveOptions{reportFailures=" + reportFailures + ", permanentFailureAfter=" + permanentFailureAfter
                + ", pollUntilEmpty=" + pollUntilEmpty
                + ", maxForsendelser=" + maxForsendelser + "}";
    }

    /** Builds {@link ReceiveOptions}; every value starts at its default. */
    public static final class Builder {

        private boolean reportFailures = true;
        private int permanentFailureAfter = DEFAULT_PERMANENT_FAILURE_AFTER;
        private boolean pollUntilEmpty = true;
        private int maxForsendelser = Integer.MAX_VALUE;

        private Builder() {
        }

        /**
         * Sets whether failures are reported to SvarInn (status FEILET in v2, {@code mottakFeilet} in v1), with the
         * reason; as permanent only as {@link #permanentFailureAfter(int)} says, otherwise SvarInn offers the
         * forsendelse again.
         *
         * @param reportFailures {@code false} to leave failed forsendelser untouched
         * @return this builder
         */
        public Builder reportFailures(boolean reportFailures) {
            this.reportFailures = reportFailures;
            return this;
        }

        /**
         * Sets after how many failures on its content a forsendelse is reported to SvarInn as permanently failed,
         * so that SvarUt sends it another way (Altinn or paper, unless it is digital only) and stops offering it.
         *
         * <p>Only failures of the forsendelse itself count ({@link
         * io.github.fiksclients.svarinn.receive.ForsendelseReceiveException#isPermanent()}): a hash or size that
         * does not match, missing, extra or unsafe files, a damaged archive, an unsupported or corrupt envelope,
         * unusable metadata, content beyond the extraction limits. A failed download, a full disk, a key that does
         * not fit, or the handler never count. Failures are counted across receives in a hidden file of the target
         * directory, and a count ends when the forsendelse is received or reported permanently. Counting more than
         * once guards against a damage that a new download would not repeat; a forsendelse that keeps failing on its
         * content would otherwise stay first in SvarInn's list (which returns at most 200) for good.
         *
         * @param failures 1 to report the first such failure as permanent; 0 never to report one as permanent
         * @return this builder
         */
        public Builder permanentFailureAfter(int failures) {
            this.permanentFailureAfter = failures;
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
         * @throws IllegalArgumentException if {@code maxForsendelser} is not positive, or
         *     {@code permanentFailureAfter} negative
         */
        public ReceiveOptions build() {
            if (permanentFailureAfter < 0) {
                throw new IllegalArgumentException("permanentFailureAfter must not be negative: "
                        + permanentFailureAfter);
            }
            if (maxForsendelser <= 0) {
                throw new IllegalArgumentException("maxForsendelser must be positive: " + maxForsendelser);
            }
            return new ReceiveOptions(this);
        }
    }
}
