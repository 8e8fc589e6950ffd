package dev.assetflow.ui;

import java.util.List;

/**
 * What the pages show and the JSON API returns, one record per thing. Times are ISO-8601 strings in UTC.
 */
final class Views {

    private Views() {
    }

    /**
     * An asset in the graph.
     *
     * @param status {@code materialized}, {@code stale}, {@code failed}, {@code never}, {@code running} or
     *     {@code source}
     * @param reason why it has that status (the stale reason, the failure), or empty
     */
    record AssetSummary(String key, String group, String description, boolean source, String partitions,
            int partitionCount, String status, String reason, MaterializationView last, List<String> upstream,
            List<String> downstream) {
    }

    /**
     * The graph.
     *
     * @param notice while nothing has been materialized in the storage, what the pages say about it (where it
     *     will be created, or where the first run will be recorded); else {@code null}
     */
    record GraphView(String storage, String notice, List<AssetSummary> assets, List<String> groups) {
    }

    record MaterializationView(String runId, String asset, String partition, String status, long rows,
            long durationMillis, String codeVersion, int attempts, String error, String finishedAt) {
    }

    record ColumnView(String name, String type, boolean nullable) {
    }

    record CheckRecordView(String runId, String asset, String check, String partition, String status,
            boolean blocking, String description, String metadata, String finishedAt) {
    }

    record CheckView(String name, boolean blocking, String description, String method, CheckRecordView last) {
    }

    /** @param status {@code materialized}, {@code failed}, {@code stale} (other code) or {@code never} */
    record PartitionView(String key, String status, String detail) {
    }

    /** The first rows; {@code error} says why there are none (never materialized). */
    record PreviewView(List<String> columns, List<List<String>> rows, String error) {
    }

    record AssetDetail(AssetSummary asset, String method, String table, String io, String rowType,
            String codeVersion, List<ColumnView> columns, List<MaterializationView> history, List<CheckView> checks,
            List<PartitionView> partitions, PreviewView preview) {
    }

    /** @param aliveUntil the end of the lease of a run not finished (running or abandoned), else null */
    record RunView(String runId, String startedAt, String finishedAt, String status, String selection,
            String partition, int materialized, int failed, int skipped, long rows, String aliveUntil) {
    }

    /** @param launch the live progress when this UI launched the run, else null */
    record RunDetail(RunView run, List<MaterializationView> assets, List<CheckRecordView> checks, String launch) {
    }

    record ProgressView(String asset, String partition, String status, long rows, long rowsPerSecond,
            double seconds, int attempts, String detail, List<String> checks) {
    }

    record LaunchView(String id, String description, String state, String message, String startedAt,
            String finishedAt, List<String> runs, List<ProgressView> assets) {
    }

    record ErrorView(int status, String error) {
    }
}
