package dev.assetflow.runtime;

/**
 * How a failed asset computation is tried again.
 *
 * @param attempts attempts in all, including the first; at least 1
 * @param delayMillis the wait before the second attempt
 * @param backoff the factor applied to the wait after each further failure; at least 1
 */
public record RetryPolicy(int attempts, long delayMillis, double backoff) {

    /** A single attempt. */
    public static final RetryPolicy NONE = new RetryPolicy(1, 0, 1.0);

    public RetryPolicy {
        if (attempts < 1) {
            throw new IllegalArgumentException("retry attempts must be at least 1, was " + attempts);
        }
        if (delayMillis < 0) {
            throw new IllegalArgumentException("retry delay must not be negative, was " + delayMillis);
        }
        if (backoff < 1.0 || Double.isNaN(backoff)) {
            throw new IllegalArgumentException("retry backoff must be at least 1.0, was " + backoff);
        }
    }

    /** The wait before attempt {@code attempt} (2 for the first retry). */
    public long delayBefore(int attempt) {
        double delay = delayMillis * Math.pow(backoff, Math.max(0, attempt - 2));
        return delay >= Long.MAX_VALUE ? Long.MAX_VALUE : (long) delay;
    }
}
