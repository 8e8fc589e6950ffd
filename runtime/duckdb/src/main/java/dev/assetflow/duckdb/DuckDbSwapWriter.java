package dev.assetflow.duckdb;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.inline;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.SqlTypes;
import dev.assetflow.runtime.io.StoredColumn;
import dev.assetflow.runtime.io.TableCatalog;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;

/**
 * The whole-table replace that builds the new rows in a new table and swaps it in: inside the write's
 * transaction, create {@code <table>__assetflow_new} with the table's columns (in the table's order, with the
 * row type's types and nullability), append the rows to it, drop the old table and rename the new one. DuckDB
 * writes the blocks of a table created in the same transaction directly and logs no row data, so a replace
 * costs what a first write costs; the commit still makes the swap atomic, and a failure or a killed process
 * leaves the old table.
 *
 * <p>Only a plain table is swapped: one whose only constraints are NOT NULL, with no index, default value or
 * comment, and that no foreign key references, which is every table Assetflow creates. Anything a user added
 * to their table would be lost by a swap, so such a table keeps the delete-and-append replace.
 */
final class DuckDbSwapWriter {

    static final String SUFFIX = "__assetflow_new";
    static final String INBOX_SUFFIX = "__assetflow_in";

    private DuckDbSwapWriter() {
    }

    /** Whether the existing table {@code schema.table} can be replaced by a new table without losing anything. */
    static boolean swappable(DSLContext dsl, String schema, String table) {
        int constraints = dsl.fetchCount(dsl.selectOne().from(table("duckdb_constraints()"))
                .where(field(name("schema_name")).eq(inline(schema)).and(field(name("table_name")).eq(inline(table)))
                        .and(field(name("constraint_type")).ne(inline("NOT NULL")))
                        .or(field(name("constraint_type")).eq(inline("FOREIGN KEY"))
                                .and(field(name("referenced_table")).eq(inline(table))))));
        if (constraints > 0) {
            return false;
        }
        int indexes = dsl.fetchCount(dsl.selectOne().from(table("duckdb_indexes()"))
                .where(field(name("schema_name")).eq(inline(schema)).and(field(name("table_name")).eq(inline(table)))));
        if (indexes > 0) {
            return false;
        }
        int decorated = dsl.fetchCount(dsl.selectOne().from(table("duckdb_columns()"))
                .where(field(name("schema_name")).eq(inline(schema)).and(field(name("table_name")).eq(inline(table)))
                        .and(field(name("column_default")).isNotNull().or(field(name("comment")).isNotNull()))));
        if (decorated > 0) {
            return false;
        }
        return dsl.fetchCount(dsl.selectOne().from(table("duckdb_tables()"))
                .where(field(name("schema_name")).eq(inline(schema)).and(field(name("table_name")).eq(inline(table)))
                        .and(field(name("comment")).isNull()).and(field(name("temporary")).isFalse()))) == 1;
    }

    /**
     * Creates the staging table for {@code schema.table}, whose columns are the row type's (same names, types
     * and nullability, as the schema check has made sure) in the row type's order, so that rows appended by
     * position land in their columns; returns its name.
     */
    static String createStaging(DSLContext dsl, String schema, String table, List<Column> columns) {
        Set<String> wanted = columns.stream().map(Column::name).collect(Collectors.toSet());
        for (StoredColumn column : TableCatalog.columns(dsl, schema, table)) {
            if (!wanted.contains(column.name())) {
                throw new IllegalStateException("table " + schema + "." + table + " has column " + column.name()
                        + ", which the row type does not have");
            }
        }
        return create(dsl, schema, table + SUFFIX, columns);
    }

    /**
     * Whether the Appender, which fills a table's columns by position, can append rows of {@code columns} to
     * {@code schema.table} directly: the table's columns are the row type's, in the row type's order.
     */
    static boolean samePositions(DSLContext dsl, String schema, String table, List<Column> columns) {
        List<String> stored = TableCatalog.columns(dsl, schema, table).stream().map(StoredColumn::name).toList();
        return stored.equals(columns.stream().map(Column::name).toList());
    }

    /**
     * Creates {@code <table>__assetflow_in} with the row type's columns in its order, for rows that the
     * Appender fills by position and {@link #insertByName} then moves into a table with another column order.
     */
    static String createInbox(DSLContext dsl, String schema, String table, List<Column> columns) {
        return create(dsl, schema, table + INBOX_SUFFIX, columns);
    }

    /** Moves every row of {@code inbox} into {@code schema.table}, column by name, and drops {@code inbox}. */
    static long insertByName(DSLContext dsl, String schema, String table, String inbox, List<Column> columns) {
        List<org.jooq.Field<Object>> fields = columns.stream().map(c -> field(name(c.name()))).toList();
        long moved = dsl.insertInto(table(name(schema, table)), fields)
                .select(dsl.select(fields).from(table(name(schema, inbox)))).execute();
        dsl.dropTable(name(schema, inbox)).execute();
        return moved;
    }

    private static String create(DSLContext dsl, String schema, String staging, List<Column> columns) {
        dsl.dropTableIfExists(name(schema, staging)).execute();
        CreateTableElementListStep create = dsl.createTable(name(schema, staging));
        for (Column column : columns) {
            create = create.column(field(name(column.name()), SqlTypes.dataType(column)));
        }
        create.execute();
        return staging;
    }

    /** Drops the old table and gives the staging table its name. */
    static void swap(DSLContext dsl, String schema, String table, String staging) {
        dsl.dropTable(name(schema, table)).execute();
        dsl.alterTable(name(schema, staging)).renameTo(name(table)).execute();
    }
}
