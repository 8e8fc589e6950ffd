package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.CheckOutcome;
import dev.assetflow.runtime.ProgressListener;
import java.io.PrintWriter;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Prints one line per finished asset (status, rows, rows/s, elapsed) followed by its checks; on a terminal also a
 * progress bar that is redrawn in place as rows are written, its rows/s measured from that asset's (and
 * partition's) own start.
 */
final class ProgressPrinter implements ProgressListener {

    private static final int BAR_WIDTH = 30;

    private final PrintWriter out;
    private final boolean terminal;
    private final Map<String, Long> started = new ConcurrentHashMap<>();
    private final AtomicInteger done = new AtomicInteger();
    private volatile int total;
    private volatile boolean barShown;

    ProgressPrinter(PrintWriter out, boolean terminal) {
        this.out = out;
        this.terminal = terminal;
    }

    @Override
    public synchronized void runStarted(String runId, List<String> plan, String partition) {
        total += plan.size();
        out.printf("run %s: %d asset%s%s%n", runId, plan.size(), plan.size() == 1 ? "" : "s",
                partition == null ? "" : ", partition " + partition);
        out.flush();
    }

    @Override
    public void assetStarted(String asset, String partition, int attempt) {
        started.put(key(asset, partition), System.nanoTime());
        if (attempt > 1) {
            line(String.format("  %-28s attempt %d", asset, attempt));
        }
    }

    @Override
    public synchronized void rowsWritten(String asset, String partition, long rows) {
        if (!terminal) {
            return;
        }
        long now = System.nanoTime();
        double seconds = Math.max(1e-9, (now - started.getOrDefault(key(asset, partition), now)) / 1e9);
        int filled = total == 0 ? 0 : done.get() * BAR_WIDTH / total;
        out.printf("\r[%s%s] %d/%d %s %,d rows (%,.0f rows/s)   ", "#".repeat(filled), " ".repeat(BAR_WIDTH - filled),
                done.get(), total, partition == null ? asset : asset + " [" + partition + "]", rows, rows / seconds);
        out.flush();
        barShown = true;
    }

    @Override
    public void assetFinished(AssetResult result) {
        done.incrementAndGet();
        String partition = result.partition().orElse(null);
        String where = partition == null ? result.key() : result.key() + " [" + partition + "]";
        if (result.status() == AssetStatus.MATERIALIZED) {
            double seconds = result.duration().toNanos() / 1e9;
            line(String.format("  %-28s %-12s %,12d rows %,12.0f rows/s %8.2f s%s", where, result.status(),
                    result.rows(), seconds == 0 ? 0.0 : result.rows() / seconds, seconds,
                    result.attempts() > 1 ? " (" + result.attempts() + " attempts)" : ""));
        } else {
            line(String.format("  %-28s %-12s %s", where, result.status(), firstLine(result.detail())));
        }
        for (CheckOutcome check : result.checks()) {
            line(String.format("    check %-22s %-7s %s", check.check(), check.status(), check.description()));
        }
    }

    private synchronized void line(String text) {
        if (barShown) {
            out.print("\r" + " ".repeat(BAR_WIDTH + 70) + "\r");
            barShown = false;
        }
        out.println(text);
        out.flush();
    }

    private static String key(String asset, String partition) {
        return partition == null ? asset : asset + "@" + partition;
    }

    static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " ...";
    }
}
