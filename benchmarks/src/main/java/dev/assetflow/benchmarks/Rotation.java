package dev.assetflow.benchmarks;

import java.lang.management.ManagementFactory;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Times several ways of doing the same work in one JVM: one warm-up of each, then rounds in which every
 * case runs once, the order rotating from round to round, so that load from other processes falls on all
 * of them alike. Reports the median wall-clock time and the median CPU time of the whole process (every
 * thread, DuckDB's included), which contention from other processes inflates much less.
 */
final class Rotation {

    /** One case: an untimed preparation (e.g. dropping the table a first write creates) and the timed work. */
    record Case(String label, Timing.Work prepare, Timing.Work work) {
        static Case of(String label, Timing.Work work) {
            return new Case(label, () -> 0, work);
        }
    }

    /** Medians of one case. */
    record Result(String label, double seconds, double cpuSeconds, long rows) {
        double rowsPerSecond() {
            return rows / seconds;
        }
    }

    private Rotation() {
    }

    static Map<String, Result> run(String name, int rounds, List<Case> cases) throws Exception {
        return run(name, rounds, cases, true);
    }

    /** As {@link #run(String, int, List)}; without {@code warmUp}, the first round is also the warm-up. */
    static Map<String, Result> run(String name, int rounds, List<Case> cases, boolean warmUp) throws Exception {
        long rows = -1;
        for (Case c : warmUp ? cases : List.<Case>of()) {
            c.prepare().run();
            long moved = c.work().run();
            if (rows >= 0 && moved != rows) {
                throw new IllegalStateException(name + ": " + c.label() + " moved " + moved + " rows, not " + rows);
            }
            rows = moved;
        }
        List<List<Double>> wall = new ArrayList<>();
        List<List<Double>> cpu = new ArrayList<>();
        cases.forEach(c -> {
            wall.add(new ArrayList<>());
            cpu.add(new ArrayList<>());
        });
        com.sun.management.OperatingSystemMXBean os =
                (com.sun.management.OperatingSystemMXBean) ManagementFactory.getOperatingSystemMXBean();
        for (int round = 0; round < rounds; round++) {
            StringBuilder line = new StringBuilder(String.format("  %-28s round %d:", name, round + 1));
            for (int k = 0; k < cases.size(); k++) {
                int i = (k + round) % cases.size();
                Case c = cases.get(i);
                c.prepare().run();
                System.gc();
                long cpu0 = os.getProcessCpuTime();
                long start = System.nanoTime();
                long moved = c.work().run();
                double seconds = (System.nanoTime() - start) / 1e9;
                double cpuSeconds = (os.getProcessCpuTime() - cpu0) / 1e9;
                if (rows < 0) {
                    rows = moved;
                }
                if (moved != rows) {
                    throw new IllegalStateException(name + ": " + c.label() + " moved " + moved + " rows, not " + rows);
                }
                wall.get(i).add(seconds);
                cpu.get(i).add(cpuSeconds);
                line.append(String.format(" %s %.2fs/%.2fcpu;", c.label(), seconds, cpuSeconds));
            }
            System.out.println(line);
        }
        Map<String, Result> results = new LinkedHashMap<>();
        for (int i = 0; i < cases.size(); i++) {
            results.put(cases.get(i).label(), new Result(cases.get(i).label(), Timing.median(wall.get(i)),
                    Timing.median(cpu.get(i)), rows));
        }
        return results;
    }
}
