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

    /** An asset finished: materialized, failed or skipped. */
    default void assetFinished(AssetResult result) {
    }

    /** A check of an asset finished. */
    default void checkFinished(CheckOutcome outcome) {
    }
}
