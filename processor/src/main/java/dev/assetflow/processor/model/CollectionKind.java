package dev.assetflow.processor.model;

/** How an asset method returns or receives its rows. */
public enum CollectionKind {
    /** {@code java.util.List}: all rows in memory. */
    LIST("java.util.List"),
    /** {@code java.util.stream.Stream}: rows produced or read lazily. */
    STREAM("java.util.stream.Stream"),
    /** {@code org.jooq.Select}: the query of a SQL asset, run inside the database. */
    SELECT("org.jooq.Select"),
    /**
     * A generated table class ({@code CleanSalesDataTable}), which implements
     * {@code dev.assetflow.runtime.sql.AssetTable<R>}: the input of a SQL asset, read inside the database.
     */
    TABLE("dev.assetflow.runtime.sql.AssetTable");

    private final String qualifiedName;

    CollectionKind(String qualifiedName) {
        this.qualifiedName = qualifiedName;
    }

    /** Whether rows of this kind stay in the database (a SQL asset's query and its input tables). */
    public boolean isSql() {
        return this == SELECT || this == TABLE;
    }

    public String qualifiedName() {
        return qualifiedName;
    }
}
