package dev.assetflow.postgres;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.BeforeCommit;
import dev.assetflow.runtime.io.Jooq;
import dev.assetflow.runtime.io.PartitionConditions;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.RowWriter;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TablePartition;
import dev.assetflow.runtime.io.TableSetup;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.SQLDialect;
import org.jooq.impl.DSL;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces one table's rows in one transaction: advisory lock on the table, create it when missing or
 * apply the {@link SchemaPolicy} when its columns differ ({@link TableSetup}), {@code DELETE FROM} (so
 * readers keep seeing the old rows until commit), binary {@code COPY FROM STDIN}, commit. Any failure,
 * including one thrown by the row stream, rolls back.
 */
final class PostgresTableWriter {

    private static final Logger LOG = LoggerFactory.getLogger(PostgresTableWriter.class);

    private final Connection connection;
    private final String asset;
    private final String schema;
    private final String table;
    private final String qualified;
    private final int bufferSize;
    private final SchemaPolicy schemaPolicy;
    private final BeforeCommit beforeCommit;

    /** @param beforeCommit run in each write's transaction just before it commits */
    PostgresTableWriter(Connection connection, String asset, String schema, String table, int bufferSize,
            SchemaPolicy schemaPolicy, BeforeCommit beforeCommit) {
        this.beforeCommit = beforeCommit;
        this.connection = connection;
        this.asset = asset;
        this.schema = schema;
        this.table = table;
        this.qualified = schema + "." + table;
        this.bufferSize = bufferSize;
        this.schemaPolicy = schemaPolicy;
    }

    <R> long replace(RowType<R> rowType, Stream<? extends R> rows) throws SQLException {
        return replace(rowType, rows, null);
    }

    /** Replaces only the rows of {@code partition} (every row when {@code null}); rows outside it fail the write. */
    <R> long replace(RowType<R> rowType, Stream<? extends R> rows, TablePartition partition) throws SQLException {
        long written = replace(rowType, partition, sql -> {
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(copySql(sql, rowType));
            try {
                PostgresBinaryRowSink sink =
                        new PostgresBinaryRowSink(copy, asset, qualified, rowType.columns(), bufferSize);
                sink.restrictTo(partition);
                RowWriter<R> writer = rowType.writer();
                sink.writeAll(rows, writer);
                return sink.finish();
            } catch (Throwable failure) {
                cancel(copy, failure);
                throw failure;
            }
        });
        LOG.debug("asset '{}': wrote {} rows to {}", asset, written, qualified);
        return written;
    }

    /**
     * Replaces the rows of {@code partition} (every row when {@code null}) with the rows of {@code query},
     * inserted inside PostgreSQL by {@code INSERT INTO table (columns) SELECT ...} in the same transaction, under
     * the same lock and schema handling as {@link #replace}; returns the rows PostgreSQL counted. A row outside
     * {@code partition} fails the write.
     */
    long replaceWithQuery(RowType<?> rowType, org.jooq.Select<?> query, TablePartition partition) throws SQLException {
        long written = replace(rowType, partition, sql -> {
            long inserted = Jooq.insertQuery(sql, name(schema, table), rowType.columns(), query).execute();
            Jooq.requireInPartition(sql, new dev.assetflow.runtime.io.TableSlice(asset, schema, table, partition),
                    name(schema, table), inserted);
            return inserted;
        });
        LOG.debug("asset '{}': inserted {} rows into {} from its query", asset, written, qualified);
        return written;
    }

    /** Fills the table, its replaced rows deleted, inside the write's transaction; returns the rows written. */
    @FunctionalInterface
    private interface Fill {
        long into(DSLContext sql) throws SQLException;
    }

    /**
     * One write's transaction: the writers' lock, the table's schema, the {@code DELETE} of the replaced rows,
     * {@code fill}, then the work to commit with the rows and the commit; any failure rolls it all back.
     */
    private long replace(RowType<?> rowType, TablePartition partition, Fill fill) throws SQLException {
        connection.setAutoCommit(false);
        try {
            DSLContext sql = Jooq.using(connection, SQLDialect.POSTGRES);
            lock(sql);
            ensureTable(sql, rowType, partition);
            sql.deleteFrom(table(name(schema, table))).where(PartitionConditions.of(partition)).execute();
            long written = fill.into(sql);
            beforeCommit.run(connection, written);
            connection.commit();
            return written;
        } catch (Throwable failure) {
            rollback(failure);
            throw failure;
        }
    }

    /** Serialises writers of this table across connections and processes, logging when it must wait. */
    private void lock(DSLContext sql) {
        String key = qualified;
        Boolean acquired = sql.select(field("pg_try_advisory_xact_lock(hashtext({0}))", Boolean.class,
                DSL.val(key))).fetchOne(0, Boolean.class);
        if (!Boolean.TRUE.equals(acquired)) {
            LOG.info("asset '{}': waiting for another writer of {}", asset, qualified);
            long start = System.nanoTime();
            sql.select(field("pg_advisory_xact_lock(hashtext({0}))", Object.class, DSL.val(key))).fetch();
            LOG.info("asset '{}': the other writer of {} finished after {} ms; replacing its rows", asset,
                    qualified, (System.nanoTime() - start) / 1_000_000);
        }
    }

    private void ensureTable(DSLContext sql, RowType<?> rowType, TablePartition partition) {
        // REPLACE alters the table in place: a dropped and recreated table is empty to REPEATABLE READ readers
        new TableSetup(sql, schemaPolicy, PostgresTypes::catalogName, PostgresTypes::dataType).replacingInPlace()
                .ensure(asset, schema, table, rowType.columns(), partition);
    }

    private String copySql(DSLContext sql, RowType<?> rowType) {
        String columns = rowType.columns().stream()
                .map(c -> sql.render(name(c.name())))
                .collect(Collectors.joining(", "));
        Name target = name(schema, table);
        return "COPY " + sql.render(target) + " (" + columns + ") FROM STDIN (FORMAT binary)";
    }

    /** Cancels {@code copy} when it is still under way, keeping what that throws with {@code failure}. */
    private static void cancel(CopyIn copy, Throwable failure) {
        try {
            if (copy.isActive()) {
                copy.cancelCopy();
            }
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    private void rollback(Throwable failure) {
        try {
            connection.rollback();
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
        }
    }
}
