package dev.assetflow.runtime;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.TableSlice;
import java.util.Map;
import java.util.stream.Stream;

/** The IO managers of a run by name, and where each asset's rows live. */
final class Storage {

    private final Map<String, IOManager> managers;

    Storage(Map<String, IOManager> managers) {
        this.managers = Map.copyOf(managers);
    }

    static TableSlice sliceOf(AssetDefinition<?> asset) {
        return new TableSlice(asset.key(), asset.schema().orElse(null), asset.key());
    }

    IOManager managerOf(AssetDefinition<?> asset) {
        IOManager manager = managers.get(asset.io());
        if (manager == null) {
            throw new AssetflowException(missingManagerMessage(asset));
        }
        return manager;
    }

    boolean hasManagerFor(AssetDefinition<?> asset) {
        return managers.containsKey(asset.io());
    }

    String missingManagerMessage(AssetDefinition<?> asset) {
        return "asset '" + asset.key() + "'" + (asset.method().isEmpty() ? "" : " (" + asset.method() + ")")
                + " is stored by IO manager '" + asset.io() + "', but none was configured under that name"
                + " (configured: " + String.join(", ", new java.util.TreeSet<>(managers.keySet()))
                + "); add it with Materializer.builder(graph).ioManager(\"" + asset.io() + "\", ...)";
    }

    <T> Stream<T> read(AssetDefinition<?> asset, RowType<T> rowType) {
        return managerOf(asset).read(sliceOf(asset), rowType);
    }

    <R> long write(AssetDefinition<R> asset, Stream<? extends R> rows) {
        return managerOf(asset).write(sliceOf(asset), asset.rowType(), rows);
    }
}
