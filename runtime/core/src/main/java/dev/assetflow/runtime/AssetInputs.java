package dev.assetflow.runtime;

import dev.assetflow.runtime.io.RowType;
import java.util.List;
import java.util.stream.Stream;

/**
 * The upstream rows of one asset run, by the index of the input in
 * {@link AssetDefinition#inputs()}, its resources and its context. Streams are read lazily from storage
 * and closed by the runtime after the asset's own rows have been written.
 */
public interface AssetInputs {

    /** All rows of input {@code index}, read into memory. */
    <T> List<T> list(int index, RowType<T> rowType);

    /** The rows of input {@code index}, read lazily. */
    <T> Stream<T> stream(int index, RowType<T> rowType);

    /**
     * The resource of type {@code type} given to the materializer with
     * {@code Materializer.Builder.resource(type, value)}.
     *
     * @throws AssetflowException when there is none (the materializer checks this before running)
     */
    default <T> T resource(Class<T> type) {
        throw new AssetflowException("no resources are available here; " + type.getName() + " was asked for");
    }

    /** The run, asset and partition being materialized. */
    default AssetContext context() {
        throw new AssetflowException("no asset context is available here");
    }
}
