package dev.assetflow.runtime.io;

import java.util.Objects;

/**
 * One column of an asset's table, derived at compile time from a record component.
 *
 * @param name the column name (the component name in snake_case)
 * @param type the storage type
 * @param nullable whether the column accepts SQL {@code NULL}; primitives never do, reference components
 *     only when annotated {@code @Nullable}
 * @param precision total digits of a {@link ColumnType#DECIMAL} column, else 0
 * @param scale digits after the point of a {@link ColumnType#DECIMAL} column, else 0
 */
public record Column(String name, ColumnType type, boolean nullable, int precision, int scale) {

    public Column {
        Objects.requireNonNull(name, "name");
        Objects.requireNonNull(type, "type");
    }

    /** A non-decimal column. */
    public static Column of(String name, ColumnType type, boolean nullable) {
        return new Column(name, type, nullable, 0, 0);
    }

    /** A {@link ColumnType#DECIMAL} column. */
    public static Column decimal(String name, boolean nullable, int precision, int scale) {
        return new Column(name, ColumnType.DECIMAL, nullable, precision, scale);
    }
}
