package dev.assetflow.runtime.io;

import org.jooq.Name;
import org.jooq.Select;

/**
 * An IO manager that can run a SQL asset's query inside its database: an optional extension of
 * {@link IOManager} for backends whose storage is a SQL database. The runtime materializes a SQL asset only
 * with an IO manager implementing it, and only when every input of the asset lives in the same
 * {@linkplain #database() database}; otherwise the run fails before any asset runs.
 *
 * <p>{@link #writeQuery} is the query's counterpart of {@link IOManager#write}: the same atomic replace, schema
 * handling and locks, but the rows go from the query into the table inside the database and never reach the
 * JVM.
 */
public interface SqlIOManager extends IOManager {

    /**
     * Identifies the database: two IO managers with the same identity can run one query over each other's
     * tables (the same DuckDB file, the same PostgreSQL database). Shown in messages; holds no secrets.
     */
    String database();

    /** The schema-qualified name of the slice's table, as queries in this database name it. */
    Name tableName(TableSlice slice);

    /**
     * Replaces the slice's rows with the rows of {@code query}, computed inside the database by
     * {@code INSERT INTO table (columns of rowType) SELECT ...} rendered in the backend's dialect, atomically as
     * {@link IOManager#write}: any failure, including one raised half-way through the query, leaves the old rows.
     * Creates the schema and the table when missing and applies the slice's schema policy.
     *
     * @param query a query whose columns are {@code rowType}'s, in order (the processor checked their types)
     * @return the number of rows inserted, as the database counted them
     * @throws StorageException naming the asset and the table when the statement fails
     */
    long writeQuery(TableSlice slice, RowType<?> rowType, Select<?> query);

    /**
     * The number of rows of {@code query}, counted inside the database ({@code select count(*) from (query)}):
     * how SQL asset checks count their failing rows without fetching them.
     *
     * @throws StorageException naming the query when it fails
     */
    long count(Select<?> query);

    /** The statement {@link #writeQuery} sends to insert the query's rows, with its values inlined, for display. */
    String render(TableSlice slice, RowType<?> rowType, Select<?> query);
}
