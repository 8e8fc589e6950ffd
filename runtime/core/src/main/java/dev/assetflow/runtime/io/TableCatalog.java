package dev.assetflow.runtime.io;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.function.UnaryOperator;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Table;

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
     * The table's columns in order, from DuckDB's or PostgreSQL's lower-case catalog; empty when the table
     * does not exist.
     */
    public static List<StoredColumn> columns(DSLContext dsl, String schema, String table) {
        return columns(dsl, schema, table, UnaryOperator.identity(), TableCatalog::typeName);
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
        Table<?> columns = table(name(catalogCase.apply("information_schema"), catalogCase.apply("columns")));
        Field<String> column = field(name(catalogCase.apply("column_name")), String.class);
        Field<String> type = field(name(catalogCase.apply("data_type")), String.class);
        Field<String> nullable = field(name(catalogCase.apply("is_nullable")), String.class);
        Field<Integer> precision = field(name(catalogCase.apply("numeric_precision")), Integer.class);
        Field<Integer> scale = field(name(catalogCase.apply("numeric_scale")), Integer.class);
        return dsl.select(column, type, nullable, precision, scale)
                .from(columns)
                .where(field(name(catalogCase.apply("table_schema")), String.class).eq(schema))
                .and(field(name(catalogCase.apply("table_name")), String.class).eq(table))
                .orderBy(field(name(catalogCase.apply("ordinal_position")), Integer.class))
                .fetch(r -> new StoredColumn(r.value1(), naming.typeName(r.value2(), r.value4(), r.value5()),
                        "YES".equalsIgnoreCase(r.value3())));
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
