package dev.assetflow.runtime.io;

/**
 * Writes one record's components into a {@link RowSink}, in column order. Generated per row type by the
 * processor, so the runtime never reflects on user types.
 *
 * @param <R> the record type
 */
@FunctionalInterface
public interface RowWriter<R> {

    void write(R row, RowSink sink);
}
