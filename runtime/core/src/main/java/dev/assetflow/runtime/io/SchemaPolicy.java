package dev.assetflow.runtime.io;

/**
 * What a database IO manager does when an asset's table exists with other columns than the asset's row
 * type (names, types or nullability). Every policy acts inside the write's transaction where the database
 * allows it, so a failed write leaves the table as it was.
 */
public enum SchemaPolicy {
    /** Fail with a {@link SchemaMismatchException} that lists the differences, and change nothing. The default. */
    FAIL,
    /** Drop the table and create it anew from the row type; its previous rows are lost. */
    REPLACE,
    /**
     * Add the row type's new columns to the table when they are nullable and every existing column still
     * matches; any other difference fails as with {@link #FAIL}.
     */
    ADD_COLUMNS
}
