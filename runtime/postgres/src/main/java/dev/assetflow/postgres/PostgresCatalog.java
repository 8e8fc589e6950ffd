package dev.assetflow.postgres;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.Jooq;
import java.sql.Connection;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;

/** Looks up what PostgreSQL's catalog says about a stored table. */
final class PostgresCatalog {

    /**
     * One stored column.
     *
     * @param udtName the type's name in {@code pg_type}, e.g. {@code int8}, {@code numeric}, {@code text}
     * @param precision a numeric's declared precision, else 0
     * @param scale a numeric's declared scale, else 0
     */
    record StoredColumn(String name, String udtName, boolean nullable, int precision, int scale) {
    }

    private static final Field<String> SCHEMA = field(name("table_schema"), String.class);
    private static final Field<String> TABLE = field(name("table_name"), String.class);
    private static final Field<String> COLUMN = field(name("column_name"), String.class);
    private static final Field<String> UDT = field(name("udt_name"), String.class);
    private static final Field<String> NULLABLE = field(name("is_nullable"), String.class);
    private static final Field<Integer> PRECISION = field(name("numeric_precision"), Integer.class);
    private static final Field<Integer> SCALE = field(name("numeric_scale"), Integer.class);
    private static final Field<Integer> POSITION = field(name("ordinal_position"), Integer.class);

    private PostgresCatalog() {
    }

    /** The columns of {@code schema.table} in table order, or empty when there is no such table. */
    static Optional<Map<String, StoredColumn>> columns(Connection connection, String schema, String table) {
        DSLContext sql = Jooq.using(connection, SQLDialect.POSTGRES);
        Map<String, StoredColumn> columns = new LinkedHashMap<>();
        sql.select(COLUMN, UDT, NULLABLE, PRECISION, SCALE)
                .from(table(name("information_schema", "columns")))
                .where(SCHEMA.eq(schema).and(TABLE.eq(table)))
                .orderBy(POSITION)
                .forEach(r -> {
                    boolean numeric = "numeric".equals(r.get(UDT));
                    columns.put(r.get(COLUMN), new StoredColumn(r.get(COLUMN), r.get(UDT),
                            "YES".equals(r.get(NULLABLE)),
                            numeric && r.get(PRECISION) != null ? r.get(PRECISION) : 0,
                            numeric && r.get(SCALE) != null ? r.get(SCALE) : 0));
                });
        return columns.isEmpty() ? Optional.empty() : Optional.of(columns);
    }

    /** Whether the schema exists. */
    static boolean schemaExists(Connection connection, String schema) {
        DSLContext sql = Jooq.using(connection, SQLDialect.POSTGRES);
        return sql.fetchExists(sql.selectOne()
                .from(table(name("pg_catalog", "pg_namespace")))
                .where(field(name("nspname"), String.class).eq(schema)));
    }
}
