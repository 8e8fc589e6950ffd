package dev.assetflow.runtime.io;

import java.sql.Connection;
import org.jooq.DSLContext;
import org.jooq.SQLDialect;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;

/** Creates the jOOQ contexts IO managers render and run their SQL with. */
public final class Jooq {

    static {
        // jOOQ prints a banner and a tip on first use unless told otherwise; a library must stay quiet.
        if (System.getProperty("org.jooq.no-logo") == null) {
            System.setProperty("org.jooq.no-logo", "true");
        }
        if (System.getProperty("org.jooq.no-tips") == null) {
            System.setProperty("org.jooq.no-tips", "true");
        }
    }

    private Jooq() {
    }

    /** A context over {@code connection}; statements run on it, within its transaction. */
    public static DSLContext using(Connection connection, SQLDialect dialect) {
        return DSL.using(connection, dialect, new Settings().withExecuteLogging(false));
    }

    /** A context that only renders, for statements shown rather than run. */
    public static DSLContext rendering(SQLDialect dialect) {
        return DSL.using(dialect, new Settings().withExecuteLogging(false));
    }

    /** {@code select count(*) from (query) as "counted"}. */
    public static org.jooq.Select<org.jooq.Record1<Integer>> countQuery(DSLContext dsl, org.jooq.Select<?> query) {
        return dsl.selectCount().from(query.asTable("counted"));
    }

    /**
     * Fails unless every one of the {@code inserted} rows just inserted into {@code table} by a SQL asset's query
     * lies in the slice's partition ({@code table} is the slice's table after the partition's old rows were deleted,
     * or a staging table holding only the inserted rows, so its partition holds exactly the inserted rows when none
     * strayed). Does nothing for a whole-table slice.
     *
     * @throws StorageException naming the asset, the table and the partition
     */
    public static void requireInPartition(DSLContext dsl, TableSlice slice, org.jooq.Name table, long inserted) {
        if (slice.partition() == null) {
            return;
        }
        long inside = dsl.fetchCount(DSL.table(table), PartitionConditions.of(slice));
        if (inside != inserted) {
            throw new StorageException("asset '" + slice.asset() + "': the query returned " + (inserted - inside)
                    + " of its " + inserted + " rows outside partition " + slice.partition().describe() + " of table "
                    + slice.schemaName().map(schema -> schema + ".").orElse("") + slice.table()
                    + "; filter the query on column " + slice.partition().column() + ". The table keeps its previous rows.");
        }
    }

    /**
     * {@code INSERT INTO table (columns) SELECT ...}: the statement that fills a SQL asset's table with its
     * query's rows, naming the target columns so that the query's columns map to them in order, whatever order
     * the table has.
     */
    public static org.jooq.Insert<?> insertQuery(DSLContext dsl, org.jooq.Name table, java.util.List<Column> columns,
            org.jooq.Select<?> query) {
        return dsl.insertInto(DSL.table(table))
                .columns(columns.stream().map(column -> DSL.field(DSL.name(column.name()))).toList())
                .select(query);
    }

    /** A context over {@code connection} with a copy of {@code settings}, execute logging off. */
    public static DSLContext using(Connection connection, SQLDialect dialect, Settings settings) {
        return DSL.using(connection, dialect, ((Settings) settings.clone()).withExecuteLogging(false));
    }
}
