package dev.assetflow.runtime.io;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Spliterator;
import java.util.Spliterators;
import java.util.function.Consumer;
import java.util.stream.Stream;
import java.util.stream.StreamSupport;

/**
 * Turns an open {@link ResultSet} into a lazy {@link Stream} of records read by a generated
 * {@link RowReader}; closing the stream closes the JDBC resources given to it.
 */
public final class JdbcRowStream {

    private JdbcRowStream() {
    }

    /**
     * A lazy stream over {@code source}'s result set.
     *
     * @param resources closed in order when the stream is closed (result set, statement, connection)
     */
    public static <T> Stream<T> of(String asset, String table, JdbcRowSource source, RowReader<T> reader,
            AutoCloseable... resources) {
        ResultSet resultSet = source.resultSet();
        Spliterator<T> rows = new Spliterators.AbstractSpliterator<>(Long.MAX_VALUE,
                Spliterator.ORDERED | Spliterator.NONNULL) {
            @Override
            public boolean tryAdvance(Consumer<? super T> action) {
                boolean next;
                try {
                    next = resultSet.next();
                } catch (SQLException e) {
                    throw new StorageException("reading asset '" + asset + "' from table " + table + " failed: "
                            + e.getMessage(), e);
                }
                if (next) {
                    action.accept(reader.read(source));
                }
                return next;
            }
        };
        return StreamSupport.stream(rows, false).onClose(() -> closeAll(asset, table, resources));
    }

    public static void closeAll(String asset, String table, AutoCloseable... resources) {
        StorageException failure = null;
        for (AutoCloseable resource : resources) {
            try {
                resource.close();
            } catch (Exception e) {
                if (failure == null) {
                    failure = new StorageException("closing the read of asset '" + asset + "' from table "
                            + table + " failed: " + e.getMessage(), e);
                } else {
                    failure.addSuppressed(e);
                }
            }
        }
        if (failure != null) {
            throw failure;
        }
    }
}
