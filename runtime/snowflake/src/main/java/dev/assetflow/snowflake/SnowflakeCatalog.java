package dev.assetflow.snowflake;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.StoredColumn;
import dev.assetflow.runtime.io.TableCatalog;
import java.util.List;
import java.util.Locale;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

/**
 * What Snowflake's {@code INFORMATION_SCHEMA} of the session's database says about schemas and tables,
 * with Snowflake's type names turned into the names {@link SnowflakeTypes#catalogName} gives, for the
 * schema diff.
 */
final class SnowflakeCatalog {

    private static final Table<?> SCHEMATA = table(name("INFORMATION_SCHEMA", "SCHEMATA"));
    private static final Field<String> SCHEMA_NAME = field(name("SCHEMA_NAME"), String.class);

    private SnowflakeCatalog() {
    }

    /** The table's columns in order; empty when the table does not exist. */
    static List<StoredColumn> columns(DSLContext sql, String schema, String table) {
        return TableCatalog.columns(sql, schema, table, name -> name.toUpperCase(Locale.ROOT),
                SnowflakeTypes::storedName);
    }

    /** Whether the schema exists in the session's database. */
    static boolean schemaExists(DSLContext sql, String schema) {
        return sql.fetchExists(sql.selectOne().from(SCHEMATA).where(SCHEMA_NAME.eq(schema)));
    }
}
