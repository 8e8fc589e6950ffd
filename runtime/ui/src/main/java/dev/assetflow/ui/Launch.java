package dev.assetflow.ui;

import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.CheckOutcome;
import dev.assetflow.runtime.ProgressListener;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;

/**
 * One run (or backfill of several runs) started from the UI, and how it progresses: per asset and partition
 * its status, rows, rows/s (measured from that asset's own start) and time, as the materializer reports them.
 * Thread-safe: the run's workers report, request threads read snapshots.
 */
final class Launch implements ProgressListener {

    /** Where a launch is. */
    enum State { STARTING, RUNNING, SUCCEEDED, FAILED, ERROR }

    /** What to launch, as the launch form says it. */
    record Request(String kind, String select, String partition, String from, String to, boolean force) {

        /** Human words for it, e.g. {@code materialize clean_sales_data+ partition 2024-01-03}. */
        String describe() {
            String selection = select == null || select.isBlank() ? "*" : select.trim();
            return switch (kind) {
                case "stale" -> "materialize stale assets";
                case "partition" -> "materialize " + selection + ", partition " + partition;
                case "backfill" -> "backfill " + selection + " from " + from + " to " + to + (force ? " (forced)" : "");
                default -> "materialize " + selection;
            };
        }
    }

    private static final class Progress {
        final String asset;
        final String partition;
        String status = "PENDING";
        long rows;
        long startedNanos;
        long seconds100;
        int attempts;
        String detail = "";
        final List<String> checks = new ArrayList<>();

        Progress(String asset, String partition) {
            this.asset = asset;
            this.partition = partition;
        }
    }

    private final String id;
    private final Request request;
    private final Instant startedAt = Instant.now();
    private final CompletableFuture<Void> begun = new CompletableFuture<>();
    private final Map<String, Progress> progress = new LinkedHashMap<>();
    private final List<String> runIds = new ArrayList<>();
    private State state = State.STARTING;
    private String message = "";
    private Instant finishedAt;

    Launch(String id, Request request) {
        this.id = id;
        this.request = request;
    }

    String id() {
        return id;
    }

    Request request() {
        return request;
    }

    /** Completes when the first run starts or the launch ends without one (an error, nothing to do). */
    CompletableFuture<Void> begun() {
        return begun;
    }

    synchronized State state() {
        return state;
    }

    synchronized String message() {
        return message;
    }

    synchronized List<String> runIds() {
        return List.copyOf(runIds);
    }

    synchronized boolean isActive() {
        return state == State.STARTING || state == State.RUNNING;
    }

    /** Whether this launch is materializing {@code asset} right now. */
    synchronized boolean isRunning(String asset) {
        return isActive() && progress.values().stream().anyMatch(p -> p.asset.equals(asset) && p.status.equals("RUNNING"));
    }

    synchronized void finish(State end, String text) {
        state = end;
        message = text;
        finishedAt = Instant.now();
        for (Progress p : progress.values()) {
            if (p.status.equals("PENDING") || p.status.equals("RUNNING")) {
                p.status = "NOT RUN";
            }
        }
        begun.complete(null);
    }

    @Override
    public synchronized void runStarted(String runId, List<String> plan, String partition) {
        runIds.add(runId);
        for (String asset : plan) {
            progress.putIfAbsent(key(asset, partition), new Progress(asset, partition));
        }
        state = State.RUNNING;
        begun.complete(null);
    }

    @Override
    public synchronized void assetStarted(String asset, String partition, int attempt) {
        Progress p = progress.computeIfAbsent(key(asset, partition), k -> new Progress(asset, partition));
        p.status = "RUNNING";
        p.attempts = attempt;
        p.rows = 0;
        if (attempt == 1) {
            p.startedNanos = System.nanoTime();
        }
    }

    @Override
    public synchronized void rowsWritten(String asset, String partition, long rows) {
        Progress p = progress.get(key(asset, partition));
        if (p != null) {
            p.rows = rows;
        }
    }

    @Override
    public synchronized void assetFinished(AssetResult result) {
        String partition = result.partition().orElse(null);
        Progress p = progress.computeIfAbsent(key(result.key(), partition), k -> new Progress(result.key(), partition));
        p.status = result.status().name();
        p.rows = result.rows();
        p.attempts = result.attempts();
        p.seconds100 = result.duration().toMillis() / 10;
        p.detail = result.status() == AssetStatus.MATERIALIZED ? "" : result.detail();
        for (CheckOutcome check : result.checks()) {
            p.checks.add(check.check() + " " + check.status() + ": " + check.description());
        }
    }

    private static String key(String asset, String partition) {
        return partition == null ? asset : asset + "\u0000" + partition;
    }

    /** A snapshot for the page and the API. */
    synchronized Views.LaunchView view() {
        long now = System.nanoTime();
        List<Views.ProgressView> assets = new ArrayList<>();
        for (Progress p : progress.values()) {
            double seconds;
            if (p.status.equals("RUNNING")) {
                seconds = (now - p.startedNanos) / 1e9;
            } else {
                seconds = p.seconds100 / 100.0;
            }
            long perSecond = seconds <= 0 || p.rows == 0 ? 0 : Math.round(p.rows / seconds);
            assets.add(new Views.ProgressView(p.asset, p.partition, p.status, p.rows, perSecond,
                    Math.round(seconds * 100) / 100.0, p.attempts, p.detail, List.copyOf(p.checks)));
        }
        return new Views.LaunchView(id, request.describe(), state.name(), message, startedAt.toString(),
                finishedAt == null ? null : finishedAt.toString(), List.copyOf(runIds), assets);
    }
}
