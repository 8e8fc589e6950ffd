package dev.assetflow.runtime;

import java.util.List;

/**
 * Where runs, materializations and check results are recorded: the tables {@code assetflow_runs},
 * {@code assetflow_materializations} and {@code assetflow_check_results} of the storage database, created
 * on first use. IO managers that own a database expose one by implementing {@link RunHistoryProvider}.
 *
 * <p>Implementations are thread-safe. Writes throw {@link dev.assetflow.runtime.AssetflowException} when
 * the database refuses them; the runtime logs that and carries on, since the data is already stored.
 */
public interface RunHistory {

    /** Inserts the run, or updates it when a run with its id was recorded before. */
    void recordRun(RunRecord run);

    void recordMaterialization(MaterializationRecord materialization);

    void recordCheck(CheckRecord check);

    /** The latest runs, newest first. */
    List<RunRecord> runs(int limit);

    /** The latest materializations of {@code asset} (of every asset when {@code null}), newest first. */
    List<MaterializationRecord> materializations(String asset, int limit);

    /** The latest check results of {@code asset} (of every asset when {@code null}), newest first. */
    List<CheckRecord> checks(String asset, int limit);

    /** For every asset and partition, its latest successful materialization. */
    List<MaterializationRecord> latestSuccesses();
}
