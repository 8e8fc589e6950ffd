package dev.assetflow.runtime.internal;

import java.util.List;
import java.util.stream.Stream;

/** Adapts what an asset method returned to the stream of rows the runtime writes. */
public final class Rows {

    private Rows() {
    }

    /** The rows of a returned list; fails when the method returned {@code null}. */
    public static <R> Stream<R> of(List<R> rows) {
        if (rows == null) {
            throw new IllegalStateException("the asset method returned null instead of a list of rows");
        }
        return rows.stream();
    }

    /** A returned stream; fails when the method returned {@code null}. */
    public static <R> Stream<R> of(Stream<R> rows) {
        if (rows == null) {
            throw new IllegalStateException("the asset method returned null instead of a stream of rows");
        }
        return rows;
    }
}
