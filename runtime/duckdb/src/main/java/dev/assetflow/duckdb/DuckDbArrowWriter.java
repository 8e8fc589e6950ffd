package dev.assetflow.duckdb;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.RowWriter;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.TablePartition;
import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.FieldVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.apache.arrow.vector.types.pojo.Schema;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;

/**
 * Appends rows to a table through DuckDB's Arrow C stream interface, as two threads: the caller's runs the
 * row stream and the generated writer into Arrow batches (every check of {@link DuckDbArrowSink}), while a
 * second thread runs {@code INSERT INTO table (columns) SELECT columns FROM <the stream>} on the write's
 * connection, inside its transaction, so DuckDB converts and compresses one batch while the next one
 * fills. The columns are named, so the table's column order does not matter.
 *
 * <p>Loaded only when {@link DuckDbArrow#available()}.
 */
final class DuckDbArrowWriter {

    /** Rows per Arrow batch: sixteen of DuckDB's 2048-row vectors. */
    static final int BATCH_ROWS = 32_768;
    /** Full batches waiting for DuckDB; with the one filling and the one DuckDB reads, four in memory. */
    private static final int QUEUED_BATCHES = 2;
    private static final AtomicLong STREAMS = new AtomicLong();
    private static final Object END = new Object();

    private DuckDbArrowWriter() {
    }

    /**
     * Appends {@code rows} to {@code schema.target} in {@code connection}'s open transaction.
     *
     * @param table the table as messages name it (the asset's table, even when {@code target} is a staging table)
     * @return the number of rows appended
     */
    static <R> long append(DuckDBConnection connection, DSLContext dsl, String asset, String table, String schema,
            String target, List<Column> columns, TablePartition partition, RowWriter<R> writer,
            Stream<? extends R> rows) throws SQLException {
        String view = "assetflow_arrow_" + STREAMS.incrementAndGet();
        List<org.jooq.Field<Object>> fields = columns.stream().map(c -> field(name(c.name()))).toList();
        String insert = dsl.renderInlined(dsl.insertInto(table(name(schema, target)), fields)
                .select(dsl.select(fields).from(table(name(view)))));
        Schema arrowSchema = DuckDbArrowSink.schema(columns);
        BlockingQueue<Object> queue = new ArrayBlockingQueue<>(QUEUED_BATCHES + 1);
        try (BufferAllocator allocator = DuckDbArrowMemory.child("assetflow-write-" + asset);
                QueueReader reader = new QueueReader(allocator, arrowSchema, queue);
                ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator)) {
            Data.exportArrayStream(allocator, reader, stream);
            connection.registerArrowStream(view, stream);
            CompletableFuture<Long> insertion = CompletableFuture.supplyAsync(() -> {
                try (Statement statement = connection.createStatement()) {
                    return statement.executeLargeUpdate(insert);
                } catch (SQLException e) {
                    throw new StorageException("asset '" + asset + "': appending rows to table " + table
                            + " failed: " + e.getMessage() + ". Nothing was written.", e);
                }
            }, task -> {
                Thread thread = new Thread(task, "assetflow-duckdb-arrow-insert");
                thread.setDaemon(true);
                thread.start();
            });
            DuckDbArrowSink sink = new DuckDbArrowSink(asset, table, columns, allocator, BATCH_ROWS,
                    batch -> offer(queue, batch, insertion));
            try {
                sink.restrictTo(partition);
                sink.writeAll(rows, writer);
                sink.finish();
                offer(queue, END, insertion);
            } catch (RuntimeException | Error e) {
                sink.discard();
                fail(queue, insertion, e);
                throw e;
            }
            long inserted = join(insertion);
            if (inserted != sink.rows()) {
                throw new StorageException("asset '" + asset + "': DuckDB inserted " + inserted + " rows into table "
                        + table + " instead of " + sink.rows() + ". Nothing was written.");
            }
            return inserted;
        } finally {
            drain(queue);
        }
    }

    /** Waits until the queue takes {@code item}, unless the insert has ended (then its failure is thrown). */
    private static void offer(BlockingQueue<Object> queue, Object item, CompletableFuture<Long> insertion) {
        try {
            while (!queue.offer(item, 50, TimeUnit.MILLISECONDS)) {
                if (insertion.isDone()) {
                    if (item instanceof VectorSchemaRoot root) {
                        root.close();
                    }
                    join(insertion);
                    throw new IllegalStateException("DuckDB's insert ended before reading every row");
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            if (item instanceof VectorSchemaRoot root) {
                root.close();
            }
            throw new StorageException("interrupted while writing rows to DuckDB", e);
        }
    }

    /** Makes the insert fail after {@code cause} on this side, and waits until it has ended. */
    private static void fail(BlockingQueue<Object> queue, CompletableFuture<Long> insertion, Throwable cause) {
        drain(queue);
        queue.offer(new Failure(cause));
        try {
            insertion.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (ExecutionException expected) {
            // the insert fails because of cause, which the caller throws
        }
    }

    private static long join(CompletableFuture<Long> insertion) {
        try {
            return insertion.get();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new StorageException("interrupted while DuckDB inserted the rows", e);
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StorageException("DuckDB's insert failed: " + e.getCause(), e.getCause());
        }
    }

    private static void drain(BlockingQueue<Object> queue) {
        for (Object item = queue.poll(); item != null; item = queue.poll()) {
            if (item instanceof VectorSchemaRoot root) {
                root.close();
            }
        }
    }

    private record Failure(Throwable cause) {
    }

    /** The batches of the queue as an {@link ArrowReader}, which DuckDB's scan pulls through the C stream. */
    private static final class QueueReader extends ArrowReader {

        private final Schema schema;
        private final BlockingQueue<Object> queue;
        private boolean ended;

        QueueReader(BufferAllocator allocator, Schema schema, BlockingQueue<Object> queue) {
            super(allocator);
            this.schema = schema;
            this.queue = queue;
        }

        @Override
        public boolean loadNextBatch() throws IOException {
            if (ended) {
                return false;
            }
            Object item;
            try {
                item = queue.take();
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IOException("interrupted", e);
            }
            if (item == END) {
                ended = true;
                getVectorSchemaRoot().setRowCount(0);
                return false;
            }
            if (item instanceof Failure failure) {
                ended = true;
                throw new IOException("the rows could not be written: " + failure.cause().getMessage());
            }
            try (VectorSchemaRoot batch = (VectorSchemaRoot) item) {
                VectorSchemaRoot root = getVectorSchemaRoot();
                List<FieldVector> from = batch.getFieldVectors();
                List<FieldVector> to = root.getFieldVectors();
                for (int i = 0; i < from.size(); i++) {
                    from.get(i).makeTransferPair(to.get(i)).transfer();
                }
                root.setRowCount(batch.getRowCount());
            }
            return true;
        }

        @Override
        public void close() {
            try {
                super.close();
            } catch (IOException e) {
                throw new java.io.UncheckedIOException(e);
            }
        }

        @Override
        public long bytesRead() {
            return 0;
        }

        @Override
        protected void closeReadSource() {
        }

        @Override
        protected Schema readSchema() {
            return schema;
        }
    }
}
