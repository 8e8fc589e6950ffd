package dev.assetflow.runtime.io;

/**
 * Builds one record from the current row of a {@link RowSource}. Generated per row type by the processor.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface RowReader<R> {

    R read(RowSource source);
}
