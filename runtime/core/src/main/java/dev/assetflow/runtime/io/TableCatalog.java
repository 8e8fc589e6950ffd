package dev.assetflow.runtime.io;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.function.Function;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Table;
import org.jooq.impl.DSL;

/** Reads a table's columns from {@code information_schema.columns}, through jOOQ. */
public final class TableCatalog {

    /** Turns a catalog's type name, precision and scale into the type name the schema diff compares. */
    @FunctionalInterface
    public interface TypeNaming {
        String typeName(String type, Integer precision, Integer scale);
    }

    private TableCatalog() {
    }

    /**
     * The table's columns in order; empty when the table does not exist. The catalog's own names
     * ({@code information_schema.columns}, {@code column_name}, ...) are rendered unquoted, so that each
     * database folds them its own way: lower case in DuckDB and PostgreSQL, upper case in H2.
     */
    public static List<StoredColumn> columns(DSLContext dsl, String schema, String table) {
        return query(dsl, schema, table, DSL::unquotedName, TableCatalog::typeName);
    }

    /**
     * The table's columns in order; empty when the table does not exist.
     *
     * @param catalogCase how the catalog spells its own names ({@code information_schema}, {@code columns},
     *     ...), e.g. upper case in Snowflake, where they are quoted
     * @param naming how a reported type becomes the name the schema diff compares
     */
    public static List<StoredColumn> columns(DSLContext dsl, String schema, String table, UnaryOperator<String> catalogCase,
            TypeNaming naming) {
        return query(dsl, schema, table, part -> name(catalogCase.apply(part)), naming);
    }

    private static List<StoredColumn> query(DSLContext dsl, String schema, String table,
            Function<String, Name> catalogName, TypeNaming naming) {
        Table<?> columns = table(name(catalogName.apply("information_schema"), catalogName.apply("columns")));
        Field<String> column = field(catalogName.apply("column_name"), String.class);
        Field<String> type = field(catalogName.apply("data_type"), String.class);
        Field<String> nullable = field(catalogName.apply("is_nullable"), String.class);
        Field<Integer> precision = field(catalogName.apply("numeric_precision"), Integer.class);
        Field<Integer> scale = field(catalogName.apply("numeric_scale"), Integer.class);
        return dsl.select(column, type, nullable, precision, scale)
                .from(columns)
                .where(field(catalogName.apply("table_schema"), String.class).eq(schema))
                .and(field(catalogName.apply("table_name"), String.class).eq(table))
                .orderBy(field(catalogName.apply("ordinal_position"), Integer.class))
                .fetch(r -> new StoredColumn(r.value1(), naming.typeName(r.value2(), r.value4(), r.value5()),
                        "YES".equalsIgnoreCase(r.value3())));
    }

    /**
     * The type as DDL spells it: PostgreSQL and H2 report a numeric's precision and scale only in their own
     * columns ({@code numeric} plus 10 and 2), DuckDB in the type name ({@code DECIMAL(10,2)}).
     */
    private static String typeName(String type, Integer precision, Integer scale) {
        if (type.equalsIgnoreCase("numeric") && precision != null) {
            return type + "(" + precision + "," + (scale == null ? 0 : scale) + ")";
        }
        return type;
    }
}
