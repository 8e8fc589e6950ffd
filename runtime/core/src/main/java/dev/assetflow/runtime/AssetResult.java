package dev.assetflow.runtime;

import java.time.Duration;
import java.util.List;
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
    private final String partition;
    private final int attempts;
    private final List<CheckOutcome> checks;

    private AssetResult(String key, AssetStatus status, long rows, Duration duration, Throwable error,
            String skipReason) {
        this(key, status, rows, duration, error, skipReason, null, status == AssetStatus.SKIPPED ? 0 : 1, List.of());
    }

    private AssetResult(String key, AssetStatus status, long rows, Duration duration, Throwable error,
            String skipReason, String partition, int attempts, List<CheckOutcome> checks) {
        this.key = Objects.requireNonNull(key, "key");
        this.status = Objects.requireNonNull(status, "status");
        this.rows = rows;
        this.duration = Objects.requireNonNull(duration, "duration");
        this.error = error;
        this.skipReason = skipReason;
        this.partition = partition;
        this.attempts = attempts;
        this.checks = List.copyOf(checks);
    }

    /** A copy for partition {@code partition}, made in {@code attempts} attempts. */
    AssetResult with(String partition, int attempts) {
        return new AssetResult(key, status, rows, duration, error, skipReason, partition, attempts, checks);
    }

    /** A copy with the outcomes of the asset's checks. */
    AssetResult withChecks(List<CheckOutcome> checks) {
        return new AssetResult(key, status, rows, duration, error, skipReason, partition, attempts, checks);
    }

    /** The partition materialized, if the run targeted one and the asset is partitioned. */
    public Optional<String> partition() {
        return Optional.ofNullable(partition);
    }

    /** How many times the asset was computed: 1, more after retries, 0 when skipped. */
    public int attempts() {
        return attempts;
    }

    /** The outcomes of the asset's checks, which ran after it was materialized. */
    public List<CheckOutcome> checks() {
        return checks;
    }

    /** The first blocking check that did not pass, if any; it skips the asset's downstream. */
    public Optional<CheckOutcome> failedBlockingCheck() {
        return checks.stream().filter(c -> c.blocking() && !c.passed()).findFirst();
    }

    /** An asset whose {@code rows} were stored. */
    static AssetResult materialized(String key, long rows, Duration duration) {
        return new AssetResult(key, AssetStatus.MATERIALIZED, rows, duration, null, null);
    }

    /** An asset that failed with {@code error}. */
    static AssetResult failed(String key, Duration duration, Throwable error) {
        return new AssetResult(key, AssetStatus.FAILED, 0, duration, Objects.requireNonNull(error, "error"),
                null);
    }

    /** An asset that did not run, with the reason (which upstream failed). */
    static AssetResult skipped(String key, String reason) {
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
