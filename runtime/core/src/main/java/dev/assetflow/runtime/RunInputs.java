package dev.assetflow.runtime;

import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.TableSlice;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

/**
 * The inputs of one asset or check run, read through the IO manager of each upstream asset with the
 * input's row type, plus the run's resources and context. Streams handed out stay open until
 * {@link #close()}, which the runtime calls after the asset's own rows have been written, because an
 * output stream may consume an input stream lazily.
 */
final class RunInputs implements AssetInputs, AutoCloseable {

    private final String owner;
    private final List<InputDefinition<?>> inputs;
    private final Partitions ownerPartitions;
    private final RunContext run;
    private final AssetContext context;
    private final List<Stream<?>> open = new ArrayList<>();

    /**
     * @param owner {@code asset 'x'} or {@code check 'c' of 'x'}, for messages
     * @param ownerPartitions how the owner is partitioned, or {@code null}
     */
    RunInputs(String owner, List<InputDefinition<?>> inputs, Partitions ownerPartitions, RunContext run,
            AssetContext context) {
        this.owner = owner;
        this.inputs = inputs;
        this.ownerPartitions = ownerPartitions;
        this.run = run;
        this.context = context;
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

    @Override
    public <T> T resource(Class<T> type) {
        return run.resources().get(type, owner);
    }

    @Override
    public AssetContext context() {
        return context;
    }

    private <T> Stream<T> open(int index, RowType<T> rowType) {
        if (index < 0 || index >= inputs.size()) {
            throw new IllegalArgumentException(owner + " has " + inputs.size() + " inputs; there is no input "
                    + index);
        }
        InputDefinition<?> input = inputs.get(index);
        AssetDefinition<?> upstream = run.graph().require(input.upstream());
        TableSlice table = run.storage().sliceOf(upstream);
        return InputRows.of(run.storage().read(upstream, rowType, run.inputPartition(ownerPartitions, upstream)),
                owner + " reading input '" + input.parameter() + "' (table "
                        + table.schemaName().map(schema -> schema + ".").orElse("") + table.table() + " of asset '"
                        + upstream.key() + "', into " + rowType.javaType() + ")");
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
