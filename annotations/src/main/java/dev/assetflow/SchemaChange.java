package dev.assetflow;

/**
 * What writing an asset does when its table already exists with other columns than the asset's record
 * (names, types or nullability), set with {@link Asset#onSchemaChange()}. Nothing is dropped unless the
 * asset or its IO manager says so.
 */
public enum SchemaChange {
    /** Whatever the asset's IO manager is configured with; its default is {@link #FAIL}. */
    IO_MANAGER_DEFAULT,
    /** Fail with a per-column diff of the record and the table, and leave the table unchanged. */
    FAIL,
    /** Drop the table and create it anew from the record; its previous rows are lost. */
    REPLACE,
    /**
     * Add the record's new nullable columns to the table, after its existing ones; any other difference
     * fails as with {@link #FAIL}.
     */
    ADD_COLUMNS
}
