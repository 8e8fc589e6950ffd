package dev.assetflow.runtime.io;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record3;
import org.jooq.Table;

/** Reads a table's columns from {@code information_schema.columns}, through jOOQ. */
final class TableCatalog {

    private static final Table<?> COLUMNS = table(name("information_schema", "columns"));
    private static final Field<String> SCHEMA = field(name("table_schema"), String.class);
    private static final Field<String> TABLE = field(name("table_name"), String.class);
    private static final Field<String> COLUMN = field(name("column_name"), String.class);
    private static final Field<String> TYPE = field(name("data_type"), String.class);
    private static final Field<String> NULLABLE = field(name("is_nullable"), String.class);
    private static final Field<Integer> POSITION = field(name("ordinal_position"), Integer.class);

    private TableCatalog() {
    }

    /** The table's columns in order; empty when the table does not exist. */
    static List<StoredColumn> columns(DSLContext dsl, String schema, String table) {
        return dsl.select(COLUMN, TYPE, NULLABLE)
                .from(COLUMNS)
                .where(SCHEMA.eq(schema)).and(TABLE.eq(table))
                .orderBy(POSITION)
                .fetch()
                .map((Record3<String, String, String> r) -> new StoredColumn(r.value1(), r.value2(),
                        "YES".equalsIgnoreCase(r.value3())));
    }
}
