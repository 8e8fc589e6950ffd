package dev.assetflow.runtime.io;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record5;
import org.jooq.Table;

/** Reads a table's columns from {@code information_schema.columns}, through jOOQ. */
final class TableCatalog {

    private static final Table<?> COLUMNS = table(name("information_schema", "columns"));
    private static final Field<String> SCHEMA = field(name("table_schema"), String.class);
    private static final Field<String> TABLE = field(name("table_name"), String.class);
    private static final Field<String> COLUMN = field(name("column_name"), String.class);
    private static final Field<String> TYPE = field(name("data_type"), String.class);
    private static final Field<String> NULLABLE = field(name("is_nullable"), String.class);
    private static final Field<Integer> PRECISION = field(name("numeric_precision"), Integer.class);
    private static final Field<Integer> SCALE = field(name("numeric_scale"), Integer.class);
    private static final Field<Integer> POSITION = field(name("ordinal_position"), Integer.class);

    private TableCatalog() {
    }

    /** The table's columns in order; empty when the table does not exist. */
    static List<StoredColumn> columns(DSLContext dsl, String schema, String table) {
        return dsl.select(COLUMN, TYPE, NULLABLE, PRECISION, SCALE)
                .from(COLUMNS)
                .where(SCHEMA.eq(schema)).and(TABLE.eq(table))
                .orderBy(POSITION)
                .fetch()
                .map((Record5<String, String, String, Integer, Integer> r) -> new StoredColumn(r.value1(),
                        typeName(r.value2(), r.value4(), r.value5()), "YES".equalsIgnoreCase(r.value3())));
    }

    /**
     * The type as DDL spells it: PostgreSQL reports a numeric's precision and scale only in their own
     * columns ({@code numeric} plus 10 and 2), DuckDB in the type name ({@code DECIMAL(10,2)}).
     */
    private static String typeName(String type, Integer precision, Integer scale) {
        if (type.equalsIgnoreCase("numeric") && precision != null) {
            return type + "(" + precision + "," + (scale == null ? 0 : scale) + ")";
        }
        return type;
    }
}
