package dev.assetflow.runtime.reliability;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.reliability.Item.ItemId;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import java.util.stream.Stream;

/** Small graphs built by hand as the generated Pipeline builds them, and helpers to run them. */
public final class Pipelines {

    private Pipelines() {
    }

    /** An asset {@code key} whose rows come from {@code rows}, called once per run. */
    public static AssetDefinition<Item> items(String key, Supplier<Stream<Item>> rows) {
        return AssetDefinition.builder(key, Item.ROW_TYPE).computation(in -> rows.get()).build();
    }

    /** An asset {@code key} that counts the rows of {@code upstream}, reading only their ids. */
    public static AssetDefinition<ItemId> count(String key, String upstream) {
        return AssetDefinition.builder(key, ItemId.ROW_TYPE).input(upstream, "items", ItemId.ROW_TYPE)
                .computation(in -> Stream.of(new ItemId(in.stream(0, ItemId.ROW_TYPE).count()))).build();
    }

    /** {@code items} and, downstream of it, {@code item_count}. */
    public static AssetGraph itemsAndCount(Supplier<Stream<Item>> rows) {
        return AssetGraph.of(List.of(items("items", rows), count("item_count", "items")));
    }

    /** Runs every asset; a failed run's result is returned rather than thrown. */
    public static MaterializeResult runAll(Materializer materializer) {
        try {
            return materializer.materializeAll();
        } catch (MaterializationException e) {
            return e.result();
        }
    }

    /** Runs only the assets {@code keys}; a failed run's result is returned rather than thrown. */
    public static MaterializeResult runSelected(Materializer materializer, String... keys) {
        try {
            return materializer.materialize(keys);
        } catch (MaterializationException e) {
            return e.result();
        }
    }

    /** The messages of {@code error}, its causes and suppressed exceptions, one per line. */
    public static String messages(Throwable error) {
        StringBuilder text = new StringBuilder();
        List<Throwable> seen = new ArrayList<>();
        append(error, text, seen);
        return text.toString();
    }

    private static void append(Throwable error, StringBuilder text, List<Throwable> seen) {
        if (error == null || seen.contains(error)) {
            return;
        }
        seen.add(error);
        text.append(error.getClass().getName()).append(": ").append(error.getMessage()).append('\n');
        for (Throwable suppressed : error.getSuppressed()) {
            append(suppressed, text, seen);
        }
        append(error.getCause(), text, seen);
    }

    /** The message chain of a failed asset's error. */
    public static String failure(MaterializeResult result, String key) {
        AssetResult asset = result.asset(key).orElseThrow(() -> new AssertionError("no result for " + key));
        return asset.error().map(Pipelines::messages).orElseThrow(
                () -> new AssertionError(key + " did not fail: " + asset));
    }
}
