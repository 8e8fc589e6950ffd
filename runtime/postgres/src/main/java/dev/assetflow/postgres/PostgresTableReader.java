package dev.assetflow.postgres;

import static org.jooq.impl.DSL.cast;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.RowReader;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.StorageErrors;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.StoredColumn;
import java.io.IOException;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.PGCopyInputStream;

/**
 * Streams a table's rows through {@code COPY (SELECT ...) TO STDOUT (FORMAT binary)}, selecting exactly the
 * reading row type's columns (widened by a cast where the table stores a narrower type), after checking in
 * the catalog that the table and every column exist.
 */
final class PostgresTableReader {

    private PostgresTableReader() {
    }

    /**
     * Opens the stream; it owns {@code connection} and closes it when exhausted or closed. A stream closed
     * before its end hands the connection to {@code discard} instead: pgjdbc leaves a cancelled
     * {@code COPY TO} connection unusable (pgjdbc issues 1290 and 3163), so it must not go back to a pool.
     */
    static <T> Stream<T> open(Connection connection, Consumer<Connection> discard, String asset, String schema,
            String table, RowType<T> rowType) {
        return open(connection, discard, asset, schema, table, rowType, DSL.noCondition());
    }

    /** As {@link #open(Connection, Consumer, String, String, String, RowType)}, reading only the rows {@code where}. */
    static <T> Stream<T> open(Connection connection, Consumer<Connection> discard, String asset, String schema,
            String table, RowType<T> rowType, org.jooq.Condition where) {
        String qualified = schema + "." + table;
        PGCopyInputStream copy;
        try {
            String select = selectSql(connection, asset, schema, table, rowType, where);
            copy = new PGCopyInputStream(connection.unwrap(PGConnection.class),
                    "COPY (" + select + ") TO STDOUT (FORMAT binary)");
        } catch (SQLException | RuntimeException e) {
            closeQuietly(connection, e);
            if (e instanceof StorageException known) {
                throw known;
            }
            throw new StorageException("reading asset '" + asset + "': cannot read table " + qualified + ": "
                    + e.getMessage(), e);
        }
        PostgresBinaryRowSource source = new PostgresBinaryRowSource(copy, asset, qualified, rowType.columns());
        Rows<T> rows = new Rows<>(copy, connection, discard, source, rowType.reader(), asset, qualified);
        return StreamSupport.stream(rows, false).onClose(rows::close);
    }

    private static String selectSql(Connection connection, String asset, String schema, String table,
            RowType<?> rowType, org.jooq.Condition where) {
        String qualified = schema + "." + table;
        Map<String, PostgresCatalog.StoredColumn> stored = PostgresCatalog.columns(connection, schema, table)
                .orElseThrow(() -> StorageErrors.missingTable(asset, qualified));
        List<Field<?>> fields = new ArrayList<>();
        for (Column column : rowType.columns()) {
            PostgresCatalog.StoredColumn existing = stored.get(column.name());
            if (existing == null) {
                throw StorageErrors.missingColumn(asset, qualified, column.name(), stored.keySet());
            }
            if (!PostgresTypes.readableAs(existing.udtName(), column.type())) {
                throw new StorageException("reading asset '" + asset + "': column '" + column.name()
                        + "' of table " + qualified + " is " + PostgresTypes.describe(existing)
                        + ", which cannot be read as " + column.type() + " (" + rowType.javaType()
                        + "); change the reading record component's type or rematerialize the asset");
            }
            Field<?> field = field(name(column.name()));
            fields.add(PostgresTypes.sameType(existing.udtName(), column.type())
                    ? field
                    : cast(field, PostgresTypes.dataType(column).nullable(true)));
        }
        DSLContext sql = DSL.using(SQLDialect.POSTGRES);
        return sql.renderInlined(sql.select(fields).from(table(name(schema, table))).where(where));
    }

    private static void closeQuietly(Connection connection, Exception failure) {
        try {
            connection.close();
        } catch (SQLException e) {
            failure.addSuppressed(e);
        }
    }

    /** The rows of one COPY, one record per advance. */
    private static final class Rows<T> extends Spliterators.AbstractSpliterator<T> {
        private final PGCopyInputStream copy;
        private final Connection connection;
        private final Consumer<Connection> discard;
        private final PostgresBinaryRowSource source;
        private final RowReader<T> reader;
        private final String asset;
        private final String table;
        private boolean closed;

        Rows(PGCopyInputStream copy, Connection connection, Consumer<Connection> discard,
                PostgresBinaryRowSource source, RowReader<T> reader, String asset, String table) {
            super(Long.MAX_VALUE, Spliterator.ORDERED | Spliterator.NONNULL);
            this.copy = copy;
            this.connection = connection;
            this.discard = discard;
            this.source = source;
            this.reader = reader;
            this.asset = asset;
            this.table = table;
        }

        @Override
        public boolean tryAdvance(Consumer<? super T> action) {
            if (closed) {
                return false;
            }
            boolean more;
            try {
                more = source.next();
            } catch (IOException e) {
                close();
                throw new StorageException("reading asset '" + asset + "': reading table " + table
                        + " failed: " + e.getMessage(), e);
            }
            if (!more) {
                close();
                return false;
            }
            action.accept(reader.read(source));
            return true;
        }

        void close() {
            if (closed) {
                return;
            }
            closed = true;
            if (copy.isActive()) {
                discard.accept(connection); // stopped early or failed: the COPY is still running
                return;
            }
            try {
                connection.close();
            } catch (SQLException e) {
                throw new StorageException("reading asset '" + asset + "': closing the connection failed", e);
            }
        }
    }
}
