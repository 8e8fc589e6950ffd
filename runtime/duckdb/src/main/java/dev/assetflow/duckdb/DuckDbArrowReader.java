package dev.assetflow.duckdb;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.JdbcRowStream;
import dev.assetflow.runtime.io.RowReader;
import dev.assetflow.runtime.io.StorageException;
import java.io.IOException;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBConnection;
import org.duckdb.DuckDBResultSet;

/**
 * Reads a query's rows into records through DuckDB's Arrow export: DuckDB hands over column batches
 * through the Arrow C data interface, and the generated reader builds each record from
 * {@link DuckDbArrowRowSource}. The result is streamed batch by batch, so a {@code Stream} input never holds
 * the table. Loaded only when {@link DuckDbArrow#available()}.
 */
final class DuckDbArrowReader {

    private DuckDbArrowReader() {
    }

    /**
     * A lazy stream of {@code sql}'s rows; closing it closes the statement and {@code connection}.
     *
     * @param batchRows rows per Arrow batch
     */
    static <T> Stream<T> read(DuckDBConnection connection, String sql, String asset, String table,
            List<Column> columns, RowReader<T> reader, int batchRows) throws SQLException {
        BufferAllocator allocator = DuckDbArrowMemory.child("assetflow-read-" + asset);
        Statement statement = null;
        ResultSet resultSet = null;
        ArrowReader batches = null;
        try {
            statement = connection.createStatement();
            resultSet = statement.executeQuery(sql);
            batches = (ArrowReader) resultSet.unwrap(DuckDBResultSet.class).arrowExportStream(allocator, batchRows);
            DuckDbArrowRowSource source = new DuckDbArrowRowSource(asset, table, columns);
            ArrowReader arrow = batches;
            Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                    Spliterator.ORDERED | Spliterator.NONNULL) {
                private VectorSchemaRoot root;
                private int row;
                private int count;

                private boolean next() {
                    try {
                        while (row >= count) {
                            if (!arrow.loadNextBatch()) {
                                return false;
                            }
                            root = arrow.getVectorSchemaRoot();
                            source.batch(root);
                            row = 0;
                            count = root.getRowCount();
                        }
                        return true;
                    } catch (IOException | RuntimeException e) {
                        throw new StorageException("reading asset '" + asset + "' from table " + table
                                + " failed: " + e.getMessage(), e);
                    }
                }

                @Override
                public boolean tryAdvance(Consumer<? super T> action) {
                    if (!next()) {
                        return false;
                    }
                    source.row(row++);
                    action.accept(reader.read(source));
                    return true;
                }

                @Override
                public void forEachRemaining(Consumer<? super T> action) {
                    while (next()) {
                        for (; row < count; row++) {
                            source.row(row);
                            action.accept(reader.read(source));
                        }
                    }
                }
            };
            AutoCloseable[] resources = {batches, resultSet, statement, connection, allocator};
            return StreamSupport.stream(rows, false).onClose(() -> JdbcRowStream.closeAll(asset, table, resources));
        } catch (SQLException | RuntimeException | Error e) {
            for (AutoCloseable resource : new AutoCloseable[] {batches, resultSet, statement, allocator}) {
                if (resource != null) {
                    try {
                        resource.close();
                    } catch (Exception suppressed) {
                        e.addSuppressed(suppressed);
                    }
                }
            }
            throw e;
        }
    }
}
