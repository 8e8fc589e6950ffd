package dev.assetflow.processor.generation;

import java.util.ArrayList;
import java.util.List;
import java.util.function.ToIntFunction;

/**
 * Splits generated members over several classes so no class initializer or method nears the JVM's 64 KB
 * bytecode limit or a class its constant pool limit, however many assets a compilation has.
 */
final class Chunks {

    private Chunks() {
    }

    /** Consecutive runs of {@code items} whose weights add up to at most {@code budget} (at least one item each). */
    static <T> List<List<T>> split(List<T> items, ToIntFunction<T> weight, int budget) {
        List<List<T>> chunks = new ArrayList<>();
        List<T> current = new ArrayList<>();
        int used = 0;
        for (T item : items) {
            int cost = weight.applyAsInt(item);
            if (!current.isEmpty() && used + cost > budget) {
                chunks.add(current);
                current = new ArrayList<>();
                used = 0;
            }
            current.add(item);
            used += cost;
        }
        if (!current.isEmpty()) {
            chunks.add(current);
        }
        return chunks;
    }

    /** {@code base}, then {@code base2}, {@code base3}... for the chunks after the first. */
    static String name(String base, int chunkIndex) {
        return chunkIndex == 0 ? base : base + (chunkIndex + 1);
    }
}
