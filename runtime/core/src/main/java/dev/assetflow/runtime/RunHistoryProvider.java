package dev.assetflow.runtime;

/**
 * SPI: implemented by an IO manager whose database also keeps the run history, so that runs are recorded
 * where the data lives. When the default IO manager of a {@link Materializer} implements it, and no history
 * was given with {@link Materializer.Builder#runHistory(RunHistory)}, runs are recorded there; otherwise they
 * are kept in memory for the life of the materializer.
 */
public interface RunHistoryProvider {

    /** The run history in this IO manager's database; the same instance on every call. */
    RunHistory runHistory();
}
