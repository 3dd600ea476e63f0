package io.github.fiksclients.svarinn.receive;

/**
 * Upper bounds on what one forsendelse may unpack to, so that a hostile archive (a "zip bomb") cannot fill
 * the disk.
 *
 * <p>The bounds count the bytes actually decompressed, never the sizes an archive declares, and reading
 * stops as soon as one is passed. The defaults, {@link #defaults()}, are 10 GiB in all, 10 000 entries and
 * 10 GiB in one entry.
 */
public final class ExtractionLimits {

    private static final long GIB = 1024L * 1024 * 1024;
    private static final ExtractionLimits DEFAULTS = builder().build();

    private final long maxTotalBytes;
    private final int maxEntries;
    private final long maxEntryBytes;

    private ExtractionLimits(Builder builder) {
        this.maxTotalBytes = builder.maxTotalBytes;
        this.maxEntries = builder.maxEntries;
        this.maxEntryBytes = builder.maxEntryBytes;
    }

    /**
     * Returns the default limits: 10 GiB in all, 10 000 entries, 10 GiB in one entry.
     *
     * @return the default limits
     */
    public static ExtractionLimits defaults() {
        return DEFAULTS;
    }

    /**
     * Starts limits from the defaults; change only what you need.
     *
     * @return a new builder
     */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * Returns how many bytes all entries together may decompress to; it also bounds the bytes that follow
     * the last entry.
     *
     * @return the total in bytes
     */
    public long maxTotalBytes() {
        return maxTotalBytes;
    }

    /**
     * Returns how many entries, directories included, the archive may hold.
     *
     * @return the number of entries
     */
    public int maxEntries() {
        return maxEntries;
    }

    /**
     * Returns how many bytes one entry may decompress to.
     *
     * @return the size in bytes
     */
    public long maxEntryBytes() {
        return maxEntryBytes;
    }

    @Override
    public String toString() {
        return "ExtractionLimits[maxTotalBytes=" + maxTotalBytes + ", maxEntries=" + maxEntries
                + ", maxEntryBytes=" + maxEntryBytes + "]";
    }

    /** Builds {@link ExtractionLimits}; every value starts at its default. */
    public static final class Builder {

        private long maxTotalBytes = 10 * GIB;
        private int maxEntries = 10_000;
        private long maxEntryBytes = 10 * GIB;

        private Builder() {
        }

        /**
         * Sets how many bytes all entries together may decompress to.
         *
         * @param maxTotalBytes a positive number of bytes
         * @return this builder
         */
        public Builder maxTotalBytes(long maxTotalBytes) {
            this.maxTotalBytes = maxTotalBytes;
            return this;
        }

        /**
         * Sets how many entries, directories included, the archive may hold.
         *
         * @param maxEntries a positive number
         * @return this builder
         */
        public Builder maxEntries(int maxEntries) {
            this.maxEntries = maxEntries;
            return this;
        }

        /**
         * Sets how many bytes one entry may decompress to.
         *
         * @param maxEntryBytes a positive number of bytes
         * @return this builder
         */
        public Builder maxEntryBytes(long maxEntryBytes) {
            this.maxEntryBytes = maxEntryBytes;
            return this;
        }

        /**
         * Checks the values and builds the limits.
         *
         * @return the limits
         * @throws IllegalArgumentException if a value is zero or negative
         */
        public ExtractionLimits build() {
            requirePositive("maxTotalBytes", maxTotalBytes);
            requirePositive("maxEntries", maxEntries);
            requirePositive("maxEntryBytes", maxEntryBytes);
            return new ExtractionLimits(this);
        }

        private static void requirePositive(String name, long value) {
            if (value <= 0) {
                throw new IllegalArgumentException(name + " must be positive: " + value);
            }
        }
    }
}
