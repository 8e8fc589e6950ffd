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
}
