package dev.assetflow.runtime.io;

import java.util.stream.Stream;

/**
 * Stores an asset's rows and loads them for downstream assets. Asset code only transforms rows; the IO
 * manager owns the table, its schema, the bulk path and atomicity.
 *
 * <p>Implementations are thread-safe: the runtime calls them from several assets at once.
 *
 * <p>This is the storage SPI: a backend implements it (with the helpers of this package for the write checks,
 * the schema diff and the reads) and registers an {@link IOManagerProvider} so that storage URLs find it. The
 * run history is a separate concern: a backend whose database can keep it also implements
 * {@code dev.assetflow.runtime.RunHistoryProvider}. Prove a backend with the contract suite of
 * {@code dev.assetflow:assetflow-testing} ({@code dev.assetflow.testing.IOManagerContract}).
 */
public interface IOManager extends AutoCloseable {

    /**
     * Replaces the slice's rows (the whole table, or only the rows of its partition) with {@code rows},
     * atomically: a reader sees the old rows or the new rows,
     * and any failure (including one thrown while the stream is consumed) leaves the old rows as they were.
     * Creates the schema and the table when missing. For a partition, a row outside it fails the write.
     *
     * @return the number of rows written
     * @throws StorageException when the rows cannot be stored, naming the asset, the
     *     table and, where one is at fault, the column
     */
    <R> long write(TableSlice slice, RowType<R> rowType, Stream<? extends R> rows);

    /**
     * Reads the slice's rows (only its partition's, when it has one), selecting exactly {@code rowType}'s
     * columns. The stream is lazy and holds
     * database resources until closed.
     */
    <T> Stream<T> read(TableSlice slice, RowType<T> rowType);

    /**
     * Whether {@link #write} and {@link #read} honour {@link TableSlice#partition()}. The runtime never hands
     * a partitioned slice to an IO manager that does not, since ignoring the partition would replace the
     * whole table. The default is {@code false}.
     */
    default boolean supportsPartitions() {
        return false;
    }

    /**
     * Checks, quickly, that the storage can be reached and used (the server answers, the database exists, the
     * login is accepted). The engine calls it before a run starts and before it reads the run history, so that
     * an unreachable database fails once, before any asset runs, with the database's own reason instead of
     * every asset waiting for a connection. The default does nothing.
     *
     * @throws StorageException saying where the storage is (without secrets) and why it cannot be reached
     */
    default void checkAvailable() {
    }

    /** Releases connections; the default does nothing. */
    @Override
    default void close() {
    }
}
