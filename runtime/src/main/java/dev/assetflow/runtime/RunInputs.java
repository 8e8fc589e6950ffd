package dev.assetflow.runtime;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of one asset run, read through the IO manager of each upstream asset with the input's row
 * type. Streams handed out stay open until {@link #close()}, which the runtime calls after the asset's own
 * rows have been written, because an output stream may consume an input stream lazily.
 */
final class RunInputs implements AssetInputs, AutoCloseable {

    private final AssetDefinition<?> asset;
    private final AssetGraph graph;
    private final Storage storage;
    private final List<Stream<?>> open = new ArrayList<>();

    RunInputs(AssetDefinition<?> asset, AssetGraph graph, Storage storage) {
        this.asset = asset;
        this.graph = graph;
        this.storage = storage;
    }

    @Override
    public <T> List<T> list(int index, RowType<T> rowType) {
        try (Stream<T> rows = open(index, rowType)) {
            return rows.toList();
        }
    }

    @Override
    public <T> Stream<T> stream(int index, RowType<T> rowType) {
        Stream<T> rows = open(index, rowType);
        synchronized (open) {
            open.add(rows);
        }
        return rows;
    }

    private <T> Stream<T> open(int index, RowType<T> rowType) {
        if (index < 0 || index >= asset.inputs().size()) {
            throw new IllegalArgumentException("asset '" + asset.key() + "' has " + asset.inputs().size()
                    + " inputs; there is no input " + index);
        }
        InputDefinition<?> input = asset.inputs().get(index);
        AssetDefinition<?> upstream = graph.require(input.upstream());
        return storage.read(upstream, rowType);
    }

    /** Closes every stream handed out; the first failure is thrown with the others suppressed. */
    @Override
    public void close() {
        RuntimeException failure = null;
        synchronized (open) {
            for (Stream<?> stream : open) {
                try {
                    stream.close();
                } catch (RuntimeException e) {
                    if (failure == null) {
                        failure = e;
                    } else {
                        failure.addSuppressed(e);
                    }
                }
            }
            open.clear();
        }
        if (failure != null) {
            throw failure;
        }
    }
}
