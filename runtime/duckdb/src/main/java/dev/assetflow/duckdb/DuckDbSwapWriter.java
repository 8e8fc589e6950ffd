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
import java.util.Map;
import java.util.function.Function;
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
     * and nullability, as the schema check has made sure) in the table's order; returns its name.
     */
    static String createStaging(DSLContext dsl, String schema, String table, List<Column> columns) {
        String staging = table + SUFFIX;
        Map<String, Column> byName = columns.stream().collect(Collectors.toMap(Column::name, Function.identity()));
        List<StoredColumn> stored = TableCatalog.columns(dsl, schema, table);
        dsl.dropTableIfExists(name(schema, staging)).execute();
        CreateTableElementListStep create = dsl.createTable(name(schema, staging));
        for (StoredColumn column : stored) {
            Column definition = byName.get(column.name());
            if (definition == null) {
                throw new IllegalStateException("table " + schema + "." + table + " has column " + column.name()
                        + ", which the row type does not have");
            }
            create = create.column(field(name(column.name()), SqlTypes.dataType(definition)));
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
