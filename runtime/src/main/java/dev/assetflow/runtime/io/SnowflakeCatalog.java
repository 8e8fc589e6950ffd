package dev.assetflow.runtime.io;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * What Snowflake's {@code INFORMATION_SCHEMA} of the session's database says about schemas and tables,
 * with Snowflake's type names turned into the names {@link SnowflakeTypes#catalogName} gives, for the
 * schema diff.
 */
final class SnowflakeCatalog {

    private static final Table<?> COLUMNS = table(name("INFORMATION_SCHEMA", "COLUMNS"));
    private static final Table<?> SCHEMATA = table(name("INFORMATION_SCHEMA", "SCHEMATA"));
    private static final Field<String> SCHEMA = field(name("TABLE_SCHEMA"), String.class);
    private static final Field<String> TABLE = field(name("TABLE_NAME"), String.class);
    private static final Field<String> COLUMN = field(name("COLUMN_NAME"), String.class);
    private static final Field<String> TYPE = field(name("DATA_TYPE"), String.class);
    private static final Field<String> NULLABLE = field(name("IS_NULLABLE"), String.class);
    private static final Field<Integer> PRECISION = field(name("NUMERIC_PRECISION"), Integer.class);
    private static final Field<Integer> SCALE = field(name("NUMERIC_SCALE"), Integer.class);
    private static final Field<Integer> POSITION = field(name("ORDINAL_POSITION"), Integer.class);
    private static final Field<String> SCHEMA_NAME = field(name("SCHEMA_NAME"), String.class);

    private SnowflakeCatalog() {
    }

    /** The table's columns in order; empty when the table does not exist. */
    static List<StoredColumn> columns(DSLContext sql, String schema, String table) {
        return sql.select(COLUMN, TYPE, NULLABLE, PRECISION, SCALE)
                .from(COLUMNS)
                .where(SCHEMA.eq(schema)).and(TABLE.eq(table))
                .orderBy(POSITION)
                .fetch(r -> new StoredColumn(r.value1(),
                        SnowflakeTypes.storedName(r.value2(), r.value4(), r.value5()),
                        "YES".equalsIgnoreCase(r.value3())));
    }

    /** Whether the schema exists in the session's database. */
    static boolean schemaExists(DSLContext sql, String schema) {
        return sql.fetchExists(sql.selectOne().from(SCHEMATA).where(SCHEMA_NAME.eq(schema)));
    }
}
