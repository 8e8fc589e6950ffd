package dev.assetflow.runtime.io;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.util.List;
import java.util.function.Function;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.DataType;
import org.jooq.Field;
import org.jooq.Name;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Makes sure a table exists with exactly a row type's columns before its rows are replaced: creates the
 * schema and the table when missing, and applies the {@link SchemaPolicy} when the table differs. Runs in
 * the caller's transaction; all DDL is built by jOOQ.
 */
public final class TableSetup {

    private static final Logger LOG = LoggerFactory.getLogger(TableSetup.class);

    private final DSLContext dsl;
    private final SchemaPolicy policy;
    private final Function<Column, String> catalogTypeName;
    private final Function<Column, DataType<?>> dataType;
    private boolean replaceInPlace;

    public TableSetup(DSLContext dsl, SchemaPolicy policy, Function<Column, String> catalogTypeName) {
        this(dsl, policy, catalogTypeName, SqlTypes::dataType);
    }

    /**
     * A setup whose columns are created with {@code dataType} instead of {@link SqlTypes#dataType}, for a
     * backend whose type mapping differs (PostgreSQL creates VARCHAR columns as {@code text}).
     */
    public TableSetup(DSLContext dsl, SchemaPolicy policy, Function<Column, String> catalogTypeName,
            Function<Column, DataType<?>> dataType) {
        this.dsl = dsl;
        this.policy = policy;
        this.catalogTypeName = catalogTypeName;
        this.dataType = dataType;
    }

    public void ensure(String asset, String schema, String table, List<Column> columns) {
        ensure(asset, schema, table, columns, null);
    }

    /**
     * Makes {@link SchemaPolicy#REPLACE} change the existing table in place instead of dropping and
     * recreating it: delete its rows, drop the columns the row type does not have, drop and add again the
     * columns whose type or nullability changed, add the new ones. For a database whose readers keep a
     * snapshot (PostgreSQL's {@code REPEATABLE READ}): a dropped and recreated table is a new table whose
     * rows such a reader cannot see, so it would read no rows at all; the same table keeps the old rows
     * visible to it. Column order then differs from the record's, which is harmless: columns are matched by
     * name.
     */
    public TableSetup replacingInPlace() {
        this.replaceInPlace = true;
        return this;
    }

    /**
     * Creates the schema and table when missing, else applies the policy to a table whose columns differ
     * (see {@link #requireAllowed(SchemaPolicy, String, String, List, List, SchemaDiff, TablePartition)}),
     * for a write of {@code partition} ({@code null}: the whole table).
     */
    public void ensure(String asset, String schema, String table, List<Column> columns, TablePartition partition) {
        List<StoredColumn> found = TableCatalog.columns(dsl, schema, table);
        if (found.isEmpty()) {
            dsl.createSchemaIfNotExists(name(schema)).execute();
            create(schema, table, columns);
            return;
        }
        SchemaDiff diff = SchemaDiff.between(columns, found, catalogTypeName);
        if (diff.isEmpty()) {
            return;
        }
        String qualified = schema + "." + table;
        requireAllowed(policy, asset, qualified, columns, found, diff, partition);
        switch (policy) {
            case FAIL -> throw new IllegalStateException("unreachable: FAIL allows no difference");
            case REPLACE -> {
                LOG.info("asset {}: replacing table {} because its columns changed:\n{}", asset, qualified,
                        diff.render());
                if (replaceInPlace) {
                    alterInPlace(schema, table, diff);
                } else {
                    dsl.dropTable(name(schema, table)).execute();
                    create(schema, table, columns);
                }
            }
            case ADD_COLUMNS -> {
                for (SchemaDiff.Difference difference : diff.differences()) {
                    LOG.info("asset {}: adding column {} to table {}", asset, difference.column(), qualified);
                    dsl.alterTable(name(schema, table)).add(column(difference.expected())).execute();
                }
            }
        }
    }

    /**
     * Throws the {@link SchemaMismatchException} for a table whose columns differ by {@code diff} (not
     * empty) unless {@code policy} allows the change: {@link SchemaPolicy#REPLACE} always does,
     * {@link SchemaPolicy#ADD_COLUMNS} only when the row type adds nullable columns after the existing ones.
     * Backends that apply the change their own way (Snowflake swaps in a new table) share these checks.
     */
    public static void requireAllowed(SchemaPolicy policy, String asset, String qualified, List<Column> columns,
            List<StoredColumn> found, SchemaDiff diff) {
        switch (policy) {
            case FAIL -> throw new SchemaMismatchException(asset, qualified, diff, "Fix the record or the table,"
                    + " or configure SchemaPolicy.REPLACE (drop and recreate the table) or"
                    + " SchemaPolicy.ADD_COLUMNS (add new nullable columns).");
            case REPLACE -> {
            }
            case ADD_COLUMNS -> {
                if (!diff.onlyAddsNullableColumnsAtEnd(columns, found)) {
                    throw new SchemaMismatchException(asset, qualified, diff, "SchemaPolicy.ADD_COLUMNS only adds"
                            + " new nullable columns after the existing ones; use SchemaPolicy.REPLACE for other"
                            + " changes.");
                }
            }
        }
    }

    private void alterInPlace(String schema, String table, SchemaDiff diff) {
        dsl.deleteFrom(table(name(schema, table))).execute();
        for (SchemaDiff.Difference difference : diff.differences()) {
            if (difference.found() != null) {
                dsl.alterTable(name(schema, table)).dropColumn(name(difference.found().name())).execute();
            }
            if (difference.expected() != null) {
                dsl.alterTable(name(schema, table)).add(column(difference.expected())).execute();
            }
        }
    }

    /**
     * As {@link #requireAllowed(SchemaPolicy, String, String, List, List, SchemaDiff)}, for a write of
     * {@code partition} ({@code null}: the whole table): {@link SchemaPolicy#REPLACE} recreates the table, which
     * would drop every other partition's rows, so for one partition it refuses, and the table is left as it
     * was. (A policy never drops rows it was not asked to replace.)
     */
    public static void requireAllowed(SchemaPolicy policy, String asset, String qualified, List<Column> columns,
            List<StoredColumn> found, SchemaDiff diff, TablePartition partition) {
        if (partition != null && policy == SchemaPolicy.REPLACE) {
            throw new SchemaMismatchException(asset, qualified, diff, "SchemaPolicy.REPLACE recreates the table,"
                    + " which would delete the rows of every partition but " + partition.key() + ", so it is not"
                    + " applied to a write of one partition. Materialize the whole asset once (without a"
                    + " partition) to replace the table, or use SchemaPolicy.ADD_COLUMNS for new nullable columns,"
                    + " then write partition " + partition.key() + ".");
        }
        requireAllowed(policy, asset, qualified, columns, found, diff);
    }

    private void create(String schema, String table, List<Column> columns) {
        CreateTableElementListStep create = dsl.createTableIfNotExists(name(schema, table));
        for (Column column : columns) {
            create = create.column(column(column));
        }
        create.execute();
    }

    private Field<?> column(Column column) {
        Name name = name(column.name());
        return field(name, dataType.apply(column));
    }
}
