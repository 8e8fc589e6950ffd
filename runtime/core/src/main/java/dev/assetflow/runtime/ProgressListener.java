package dev.assetflow.runtime;

/**
 * Hears how a run progresses, for progress lines and bars. Called from the worker threads, so
 * implementations must be thread-safe and quick.
 */
public interface ProgressListener {

    /** A listener that ignores everything. */
    ProgressListener NONE = new ProgressListener() {
    };

    /** A run starts with these assets, in topological order; {@code partition} may be {@code null}. */
    default void runStarted(String runId, java.util.List<String> plan, String partition) {
    }

    /** An asset starts computing (again, on a retry). */
    default void assetStarted(String asset, String partition, int attempt) {
    }

    /** {@code rows} rows of the asset have been written so far, counted as its output stream is consumed. */
    default void rowsWritten(String asset, long rows) {
    }

    /**
     * {@code rows} rows of partition {@code partition} ({@code null} when the asset runs whole) of the asset
     * have been written so far. Called instead of {@link #rowsWritten(String, long)}, which it calls by
     * default; override it to tell apart the partitions of a backfill that run at once.
     */
    default void rowsWritten(String asset, String partition, long rows) {
        rowsWritten(asset, rows);
    }

    /** An asset finished: materialized, failed or skipped. */
    default void assetFinished(AssetResult result) {
    }

    /** A check of an asset finished. */
    default void checkFinished(CheckOutcome outcome) {
    }
}
