package dev.assetflow.runtime;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * The outcome of one asset in a run: its status, the rows it wrote, how long it took, and why it failed
 * or was skipped.
 */
public final class AssetResult {

    private final String key;
    private final AssetStatus status;
    private final long rows;
    private final Duration duration;
    private final Throwable error;
    private final String skipReason;

    private AssetResult(String key, AssetStatus status, long rows, Duration duration, Throwable error,
            String skipReason) {
        this.key = Objects.requireNonNull(key, "key");
        this.status = Objects.requireNonNull(status, "status");
        this.rows = rows;
        this.duration = Objects.requireNonNull(duration, "duration");
        this.error = error;
        this.skipReason = skipReason;
    }

    /** An asset whose {@code rows} were stored. */
    public static AssetResult materialized(String key, long rows, Duration duration) {
        return new AssetResult(key, AssetStatus.MATERIALIZED, rows, duration, null, null);
    }

    /** An asset that failed with {@code error}. */
    public static AssetResult failed(String key, Duration duration, Throwable error) {
        return new AssetResult(key, AssetStatus.FAILED, 0, duration, Objects.requireNonNull(error, "error"),
                null);
    }

    /** An asset that did not run, with the reason (which upstream failed). */
    public static AssetResult skipped(String key, String reason) {
        return new AssetResult(key, AssetStatus.SKIPPED, 0, Duration.ZERO, null,
                Objects.requireNonNull(reason, "reason"));
    }

    /** The asset key. */
    public String key() {
        return key;
    }

    public AssetStatus status() {
        return status;
    }

    /** The number of rows written; 0 unless {@link AssetStatus#MATERIALIZED}. */
    public long rows() {
        return rows;
    }

    /** The time spent computing and storing the asset (reading its inputs included). */
    public Duration duration() {
        return duration;
    }

    /** The cause of a failure: the exception thrown by the asset method or by its IO manager. */
    public Optional<Throwable> error() {
        return Optional.ofNullable(error);
    }

    /** Why a skipped asset did not run, e.g. {@code upstream 'raw_sales' failed}. */
    public Optional<String> skipReason() {
        return Optional.ofNullable(skipReason);
    }

    /** A one-line explanation: the error's type and message, the skip reason, or empty. */
    public String detail() {
        if (error != null) {
            String message = error.getMessage();
            return error.getClass().getSimpleName() + (message == null ? "" : ": " + message);
        }
        return skipReason == null ? "" : skipReason;
    }

    @Override
    public String toString() {
        String text = key + " " + status + " (" + rows + " rows, " + duration.toMillis() + " ms)";
        String detail = detail();
        return detail.isEmpty() ? text : text + ": " + detail;
    }
}
