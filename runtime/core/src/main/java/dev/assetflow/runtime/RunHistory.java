package dev.assetflow.runtime;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where runs, materializations and check results are recorded: the tables {@code assetflow_runs},
 * {@code assetflow_materializations}, {@code assetflow_check_results} and {@code assetflow_pending} of the
 * storage database, created on first use. IO managers that own a database expose one by implementing
 * {@link RunHistoryProvider}.
 *
 * <p>A materialization is recorded in two steps, so that the history never hides a change of an asset's rows:
 * {@link #recordPending} before the table is touched (a start that cannot be recorded fails the asset, its
 * table untouched), then its outcome, which removes the pending record. Where the history lives in the IO
 * manager's database, the outcome of a successful write commits in the write's own transaction
 * ({@link #recordMaterialization(Connection, MaterializationRecord)}).
 *
 * <p>Implementations are thread-safe. Writes throw {@link dev.assetflow.runtime.AssetflowException} when
 * the database refuses them; the runtime logs a failed outcome at WARN and carries on (the pending record it
 * leaves keeps staleness honest).
 */
public interface RunHistory {

    /** Inserts the run, or updates it when a run with its id was recorded before. */
    void recordRun(RunRecord run);

    /**
     * Records the outcome of a materialization, then removes its pending record (same run, asset and
     * partition), if any.
     */
    void recordMaterialization(MaterializationRecord materialization);

    /**
     * Records the outcome of a successful materialization through {@code connection}, inside its open
     * transaction (the write of the asset's rows), so that the record commits if and only if the rows do; removes
     * its pending record in the same transaction. Called only with a connection to the database of the IO manager
     * that provides this history ({@link RunHistoryProvider}).
     *
     * @return whether it was recorded; {@code false} (the default) when this history cannot write through a
     *     foreign connection, and the engine then records it with {@link #recordMaterialization(MaterializationRecord)}
     *     after the commit
     * @throws SQLException when the database refuses it, which fails the write and keeps the table's old rows
     */
    default boolean recordMaterialization(Connection connection, MaterializationRecord materialization)
            throws SQLException {
        return false;
    }

    /**
     * Records that a materialization is about to write its asset's table (or partition). The engine calls it
     * before the table is touched and does not write when it throws.
     */
    void recordPending(PendingMaterialization pending);

    /**
     * The materializations that started and have no recorded outcome: running now, or stopped after their start
     * was recorded (the process was killed, or the outcome could not be written), in which case their rows may or
     * may not have been replaced.
     */
    List<PendingMaterialization> pendingMaterializations();

    void recordCheck(CheckRecord check);

    /** The latest runs, newest first. */
    List<RunRecord> runs(int limit);

    /** The latest materializations of {@code asset} (of every asset when {@code null}), newest first. */
    List<MaterializationRecord> materializations(String asset, int limit);

    /** The latest check results of {@code asset} (of every asset when {@code null}), newest first. */
    List<CheckRecord> checks(String asset, int limit);

    /** For every asset and partition, its latest successful materialization. */
    List<MaterializationRecord> latestSuccesses();

    /**
     * For every asset, its latest materialization whatever its status and partition: one record per asset,
     * however long the history is. The default reads the whole history; database histories override it with
     * one query.
     */
    default List<MaterializationRecord> latestMaterializations() {
        Map<String, MaterializationRecord> latest = new LinkedHashMap<>();
        for (MaterializationRecord record : materializations(null, Integer.MAX_VALUE)) {
            latest.merge(record.asset(), record, (a, b) -> b.finishedAt().isAfter(a.finishedAt()) ? b : a);
        }
        return List.copyOf(latest.values());
    }

    /** The run {@code runId}, if it was recorded. The default searches every run. */
    default Optional<RunRecord> run(String runId) {
        return runs(Integer.MAX_VALUE).stream().filter(r -> r.runId().equals(runId)).findFirst();
    }

    /** The materializations of run {@code runId}, in the order they finished. The default reads the history. */
    default List<MaterializationRecord> materializationsOfRun(String runId) {
        return materializations(null, Integer.MAX_VALUE).stream().filter(m -> m.runId().equals(runId))
                .sorted(Comparator.comparing(MaterializationRecord::finishedAt)).toList();
    }

    /** The check results of run {@code runId}, in the order they finished. The default reads the history. */
    default List<CheckRecord> checksOfRun(String runId) {
        return checks(null, Integer.MAX_VALUE).stream().filter(c -> c.runId().equals(runId))
                .sorted(Comparator.comparing(CheckRecord::finishedAt)).toList();
    }

    /**
     * Extends the lease of the running run {@code runId} to {@code aliveUntil}: a sign of life of its process,
     * sent periodically while the run goes (see {@link Materializer.Builder#runLease}). Does nothing when the run
     * is not recorded or no longer running. Must not wait behind the writes of the data: a run whose renewals
     * wait longer than its lease reads {@link RunStatus#ABANDONED}. Histories that keep no lease do nothing,
     * which is the default; a history that delegates to another forwards it.
     */
    default void renewLease(String runId, java.time.Instant aliveUntil) {
    }
}
