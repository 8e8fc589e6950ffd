package dev.assetflow.runtime.io;

import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

/**
 * An IO manager that keeps tables in memory, for unit tests of assets and pipelines.
 *
 * <p>It stores rows the way the database IO managers do: each record is taken apart into column values by
 * the generated writer, with the same null and decimal checks, and read back through the generated reader
 * by column name, so an input that reads a subset of the columns (a projection) works as it does against
 * a database. A write replaces the table atomically: a failure half-way leaves the previous rows.
 *
 * <p>Without a {@link SchemaPolicy} in the {@link TableSlice} a whole-table write replaces the table
 * whatever its columns were, and a partition write fails when the table has other columns. With one it
 * behaves like a database IO manager: {@link SchemaPolicy#FAIL} throws a {@link SchemaMismatchException},
 * {@link SchemaPolicy#REPLACE} starts the table anew (dropping the other partitions' rows) and
 * {@link SchemaPolicy#ADD_COLUMNS} keeps the other partitions' rows with nulls in the new columns.
 *
 * <pre>{@code
 * InMemoryIOManager memory = new InMemoryIOManager();
 * try (Materializer materializer = Materializer.builder(graph).ioManager("default", memory).build()) {
 *     materializer.materializeAll();
 *     List<CleanSale> clean = materializer.load(Pipeline.CLEAN_SALES_DATA);
 * }
 * }</pre>
 *
 * <p>Thread-safe. Tables are keyed by schema and table name; the default schema is {@code main}.
 */
public final class InMemoryIOManager implements IOManager {

    private static final String DEFAULT_SCHEMA = "main";

    private final Map<String, StoredTable> tables = new ConcurrentHashMap<>();

    /** An empty store. */
    public InMemoryIOManager() {
    }

    /** Partitions are replaced with a delete of the partition's rows and an append, in one transaction. */
    @Override
    public boolean supportsPartitions() {
        return true;
    }

    @Override
    public <R> long write(TableSlice slice, RowType<R> rowType, Stream<? extends R> rows) {
        String table = qualifiedName(slice);
        ValueCapturingSink sink = new ValueCapturingSink(slice.asset(), table, rowType.columns());
        sink.restrictTo(slice.partition());
        sink.writeAll(rows, rowType.writer());
        List<Object[]> captured = List.copyOf(sink.captured());
        if (slice.partition() == null) {
            tables.compute(table, (name, old) -> {
                if (old != null && slice.schemaPolicy() != null) {
                    requireAllowed(slice, table, old.columns(), rowType.columns());
                }
                return new StoredTable(rowType.columns(), captured);
            });
        } else {
            replacePartition(slice, table, rowType.columns(), captured);
        }
        return captured.size();
    }

    /**
     * Checks the slice's schema policy against the columns the table has; true when they differ (and the
     * policy allows it).
     */
    private static boolean requireAllowed(TableSlice slice, String table, List<Column> found, List<Column> columns) {
        List<StoredColumn> stored = found.stream()
                .map(c -> new StoredColumn(c.name(), typeName(c), c.nullable())).toList();
        SchemaDiff diff = SchemaDiff.between(columns, stored, InMemoryIOManager::typeName);
        if (diff.isEmpty()) {
            return false;
        }
        TableSetup.requireAllowed(slice.schemaPolicy(), slice.asset(), table, columns, stored, diff,
                slice.partition());
        return true;
    }

    private static String typeName(Column column) {
        return column.type() == ColumnType.DECIMAL
                ? "DECIMAL(" + column.precision() + "," + column.scale() + ")"
                : column.type().name();
    }

    /** Keeps the rows of the other partitions and replaces those of the slice's, in one atomic swap. */
    private void replacePartition(TableSlice slice, String table, List<Column> columns, List<Object[]> captured) {
        TablePartition partition = slice.partition();
        int position = partition.indexIn(columns);
        tables.compute(table, (name, old) -> {
            List<Object[]> rows = new java.util.ArrayList<>();
            if (old != null && slice.schemaPolicy() != null) {
                if (requireAllowed(slice, table, old.columns(), columns)) {
                    if (slice.schemaPolicy() == SchemaPolicy.REPLACE) {
                        return new StoredTable(columns, List.copyOf(captured));
                    }
                    old = withNullColumns(old, columns);
                }
            }
            if (old != null) {
                old = inOrderOf(old, columns);
                if (!old.columns().equals(columns)) {
                    throw new dev.assetflow.runtime.io.StorageException("asset '" + slice.asset() + "': table "
                            + table + " has other columns than the row type, so partition " + partition.key()
                            + " cannot be replaced without losing the other partitions; clear the table first");
                }
                for (Object[] row : old.rows()) {
                    if (!partition.contains(row[position])) {
                        rows.add(row);
                    }
                }
            }
            rows.addAll(captured);
            return new StoredTable(columns, List.copyOf(rows));
        });
    }

    /**
     * {@code table} with its columns in the order of {@code columns} when it has the same columns in another
     * order (a record whose components were reordered), else {@code table}.
     */
    private static StoredTable inOrderOf(StoredTable table, List<Column> columns) {
        if (table.columns().equals(columns) || table.columns().size() != columns.size()
                || !new java.util.HashSet<>(table.columns()).equals(new java.util.HashSet<>(columns))) {
            return table;
        }
        int[] from = new int[columns.size()];
        for (int i = 0; i < from.length; i++) {
            from[i] = table.columns().indexOf(columns.get(i));
        }
        List<Object[]> rows = new java.util.ArrayList<>(table.rows().size());
        for (Object[] row : table.rows()) {
            Object[] reordered = new Object[from.length];
            for (int i = 0; i < from.length; i++) {
                reordered[i] = row[from[i]];
            }
            rows.add(reordered);
        }
        return new StoredTable(columns, rows);
    }

    /** {@code table}'s rows widened to {@code columns}, which add columns after its own; new values are null. */
    private static StoredTable withNullColumns(StoredTable table, List<Column> columns) {
        List<Object[]> rows = new java.util.ArrayList<>(table.rows().size());
        for (Object[] row : table.rows()) {
            rows.add(java.util.Arrays.copyOf(row, columns.size()));
        }
        return new StoredTable(columns, rows);
    }

    @Override
    public <T> Stream<T> read(TableSlice slice, RowType<T> rowType) {
        String table = qualifiedName(slice);
        StoredTable stored = tables.get(table);
        if (stored == null) {
            throw StorageErrors.missingTable(slice.asset(), table);
        }
        List<Column> columns = rowType.columns();
        int[] positions = new int[columns.size()];
        for (int i = 0; i < positions.length; i++) {
            positions[i] = stored.position(columns.get(i).name());
            if (positions[i] < 0) {
                throw StorageErrors.missingColumn(slice.asset(), table, columns.get(i).name(),
                        stored.columns().stream().map(Column::name).toList());
            }
            ColumnType storedType = stored.columns().get(positions[i]).type();
            if (!ReadableTypes.readableAs(storedType, columns.get(i).type())) {
                throw ReadableTypes.notReadable(slice.asset(), table, columns.get(i).name(), storedType.name(),
                        columns.get(i).type(), rowType.javaType());
            }
        }
        java.util.function.Predicate<Object[]> inPartition = values -> true;
        if (slice.partition() != null) {
            int position = stored.position(slice.partition().column());
            if (position < 0) {
                throw StorageErrors.missingColumn(slice.asset(), table, slice.partition().column(),
                        stored.columns().stream().map(Column::name).toList());
            }
            inPartition = values -> slice.partition().contains(values[position]);
        }
        return stored.rows().stream().filter(inPartition).map(values -> rowType.reader()
                .read(new ValueRowSource(slice.asset(), table, columns, positions).at(values)));
    }

    /** The number of rows stored for the slice's table, if it exists. */
    public Optional<Integer> rowCount(TableSlice slice) {
        return Optional.ofNullable(tables.get(qualifiedName(slice))).map(t -> t.rows().size());
    }

    /** The columns the slice's table was last written with, if it exists. */
    public Optional<List<Column>> columns(TableSlice slice) {
        return Optional.ofNullable(tables.get(qualifiedName(slice))).map(StoredTable::columns);
    }

    /** Drops every table. */
    public void clear() {
        tables.clear();
    }

    private static String qualifiedName(TableSlice slice) {
        return slice.schemaName().orElse(DEFAULT_SCHEMA) + "." + slice.table();
    }

    @Override
    public String toString() {
        return "InMemoryIOManager" + tables.keySet();
    }

    private record StoredTable(List<Column> columns, List<Object[]> rows) {

        int position(String name) {
            for (int i = 0; i < columns.size(); i++) {
                if (columns.get(i).name().equals(name)) {
                    return i;
                }
            }
            return -1;
        }
    }
}
