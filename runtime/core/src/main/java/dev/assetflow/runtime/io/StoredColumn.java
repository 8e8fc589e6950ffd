package dev.assetflow.runtime.io;

/**
 * A column of an existing table, as the database's catalog describes it.
 *
 * @param name the column name
 * @param type the database's type name, with precision and scale where it has them, e.g.
 *     {@code DECIMAL(18,3)}
 * @param nullable whether the column accepts {@code NULL}
 */
public record StoredColumn(String name, String type, boolean nullable) {

    /** The type and nullability, as in DDL: {@code DOUBLE NOT NULL}. */
    public String describe() {
        return nullable ? type : type + " NOT NULL";
    }
}
