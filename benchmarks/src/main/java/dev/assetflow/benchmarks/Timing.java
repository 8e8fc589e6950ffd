package dev.assetflow.benchmarks;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Times two ways of doing the same work, alternating them round after round so that both see the same
 * machine (GC, page cache, other load), and reports medians.
 */
final class Timing {

    /** A unit of work that returns how many rows it moved. */
    @FunctionalInterface
    interface Work {
        long run() throws Exception;
    }

    /** Medians of one pair: seconds per run and rows moved per run. */
    record Pair(String name, double assetflowSeconds, double nativeSeconds, long rows) {

        double assetflowRowsPerSecond() {
            return rows / assetflowSeconds;
        }

        double nativeRowsPerSecond() {
            return rows / nativeSeconds;
        }

        /** Assetflow's throughput divided by the native path's: above 1 is faster. */
        double ratio() {
            return nativeSeconds / assetflowSeconds;
        }
    }

    private Timing() {
    }

    /** One warm-up of each, then {@code rounds} alternating rounds (starting side flips every round). */
    static Pair alternate(String name, int rounds, Work assetflow, Work nativePath) throws Exception {
        long rows = assetflow.run();
        long nativeRows = nativePath.run();
        if (rows != nativeRows) {
            throw new IllegalStateException(name + ": assetflow moved " + rows + " rows, native " + nativeRows);
        }
        List<Double> a = new ArrayList<>();
        List<Double> n = new ArrayList<>();
        for (int round = 0; round < rounds; round++) {
            if (round % 2 == 0) {
                a.add(seconds(assetflow, rows));
                n.add(seconds(nativePath, rows));
            } else {
                n.add(seconds(nativePath, rows));
                a.add(seconds(assetflow, rows));
            }
            System.out.printf("  %-34s round %d: assetflow %.3f s, native %.3f s%n", name, round + 1,
                    a.get(round), n.get(round));
        }
        return new Pair(name, median(a), median(n), rows);
    }

    static double seconds(Work work, long expectedRows) throws Exception {
        System.gc();
        long start = System.nanoTime();
        long rows = work.run();
        double seconds = (System.nanoTime() - start) / 1e9;
        if (rows != expectedRows) {
            throw new IllegalStateException("expected " + expectedRows + " rows, got " + rows);
        }
        return seconds;
    }

    static double median(List<Double> values) {
        List<Double> sorted = new ArrayList<>(values);
        Collections.sort(sorted);
        int mid = sorted.size() / 2;
        return sorted.size() % 2 == 1 ? sorted.get(mid) : (sorted.get(mid - 1) + sorted.get(mid)) / 2;
    }
}
