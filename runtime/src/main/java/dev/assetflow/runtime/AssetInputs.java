package dev.assetflow.runtime;

import java.util.List;
import java.util.stream.Stream;

/**
 * The upstream rows of one asset run, by the index of the input in
 * {@link AssetDefinition#inputs()}. Streams are read lazily from storage and closed by the runtime after
 * the asset's own rows have been written.
 */
public interface AssetInputs {

    /** All rows of input {@code index}, read into memory. */
    <T> List<T> list(int index, RowType<T> rowType);

    /** The rows of input {@code index}, read lazily. */
    <T> Stream<T> stream(int index, RowType<T> rowType);
}
