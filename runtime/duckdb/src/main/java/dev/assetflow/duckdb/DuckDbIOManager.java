package dev.assetflow.duckdb;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.RunHistory;
import dev.assetflow.runtime.RunHistoryProvider;
import dev.assetflow.runtime.history.JdbcRunHistory;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.JdbcRowSource;
import dev.assetflow.runtime.io.JdbcRowStream;
import dev.assetflow.runtime.io.Jooq;
import dev.assetflow.runtime.io.PartitionConditions;
import dev.assetflow.runtime.io.ReadableTypes;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.RowWriter;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.SqlIOManager;
import dev.assetflow.runtime.io.SqlTypes;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.TableCatalog;
import dev.assetflow.runtime.io.TableSetup;
import dev.assetflow.runtime.io.TableSlice;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Objects;
import java.util.stream.Stream;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;
import org.jooq.DSLContext;
import org.jooq.Name;
import org.jooq.SQLDialect;
import org.jooq.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores assets as tables of an embedded DuckDB database file, the default storage of a pipeline.
 *
 * <ul>
 *   <li>Write: in one transaction, create the schema and table when missing (DDL rendered by jOOQ), check
 *       the columns against the row type (see {@link SchemaPolicy}), fill the table, commit. A whole-table
 *       write into an existing table fills a new table and swaps it in (drop the old, rename the new) before
 *       the commit, which DuckDB writes without its write-ahead log; a partition write deletes the
 *       partition's rows and appends. Rows travel through DuckDB's Arrow C data interface when it is
 *       available (see {@link Builder#arrow}), else through its Appender. A failure at any point, an
 *       exception thrown by the row stream, a {@code null} in a NOT NULL column, or a killed process leaves
 *       the previous rows.
 *   <li>Writes to one file are serialised inside the JVM (DuckDB allows one writer), so assets running in
 *       parallel wait for each other instead of failing. Every IO manager on the same file shares one
 *       database instance.
 *   <li>SQL assets ({@link #writeQuery}): the same transaction, lock, schema handling and swap, with the new
 *       rows inserted by {@code INSERT INTO table (columns) SELECT ...} inside DuckDB instead of appended.
 *   <li>Read: a streamed {@code SELECT} of exactly the reading row type's columns, exported as Arrow
 *       batches when available, else through the JDBC result set; the returned stream holds a connection
 *       until closed.
 * </ul>
 *
 * <p>Tables go to the asset's schema, else to the IO manager's default schema ({@code main}). Thread-safe.
 * Close it to release the database file.
 */
public final class DuckDbIOManager implements SqlIOManager, RunHistoryProvider {

    private static final Logger LOG = LoggerFactory.getLogger(DuckDbIOManager.class);
    private static final int DEFAULT_FETCH_SIZE = 2048;

    private final DuckDbDatabase database;
    private final String defaultSchema;
    private final SchemaPolicy schemaPolicy;
    private final int fetchSize;
    private final boolean arrow;
    private final RunHistory history;
    private volatile boolean closed;

    private DuckDbIOManager(Builder builder) {
        this.defaultSchema = builder.defaultSchema;
        this.schemaPolicy = builder.schemaPolicy;
        this.fetchSize = builder.fetchSize;
        this.arrow = builder.arrow;
        this.database = DuckDbDatabase.acquire(builder.url);
        this.history = new JdbcRunHistory(database.description(), SQLDialect.DUCKDB, defaultSchema,
                database::connect, database.writeLock());
    }

    /**
     * The run history in the tables {@code assetflow_runs}, {@code assetflow_materializations} and
     * {@code assetflow_check_results} of the default schema, created on first write.
     */
    @Override
    public RunHistory runHistory() {
        return history;
    }

    /** An IO manager for {@code url} ({@code jdbc:duckdb:<file>}, or {@code jdbc:duckdb:} in memory) with defaults. */
    public static DuckDbIOManager fromUrl(String url) {
        return builder(url).build();
    }

    /** Starts configuring an IO manager for {@code url}. */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /** Partitions are replaced with a delete of the partition's rows and an append, in one transaction. */
    @Override
    public boolean supportsPartitions() {
        return true;
    }

    @Override
    public <R> long write(TableSlice slice, RowType<R> rowType, Stream<? extends R> rows) {
        return replace(slice, rowType, (connection, dsl, schema, target, fresh) -> {
            String table = schema + "." + slice.table();
            if (arrowWrites(rowType)) {
                // the Arrow path names its columns in its INSERT
                return DuckDbArrowWriter.append(connection, dsl, slice.asset(), table, schema, target,
                        rowType.columns(), slice.partition(), rowType.writer(), rows);
            }
            if (fresh || DuckDbSwapWriter.samePositions(dsl, schema, target, rowType.columns())) {
                return appendRows(connection, slice, table, schema, target, rowType, rows);
            }
            // the Appender fills by position: rows of a record whose components are in another order than
            // the table's columns go through a table in the record's order and move over by name
            String inbox = DuckDbSwapWriter.createInbox(dsl, schema, slice.table(), rowType.columns());
            long written = appendRows(connection, slice, table, schema, inbox, rowType, rows);
            DuckDbSwapWriter.insertByName(dsl, schema, target, inbox, rowType.columns());
            return written;
        });
    }

    /** Identifies the database file (or in-memory database); IO managers on one file run each other's queries. */
    @Override
    public String database() {
        return database.identity();
    }

    @Override
    public Name tableName(TableSlice slice) {
        return name(slice.schemaName().orElse(defaultSchema), slice.table());
    }

    /**
     * Replaces the slice's rows with the query's inside DuckDB, in the write's transaction and under its lock:
     * the new table of a whole-table replace (or the table itself, after deleting the partition's rows) is filled
     * by {@code INSERT INTO ... (columns) SELECT ...}; for a partition, a row outside it fails the write.
     */
    @Override
    public long writeQuery(TableSlice slice, RowType<?> rowType, Select<?> query) {
        return replace(slice, rowType, (connection, dsl, schema, target, fresh) -> {
            try {
                long inserted = Jooq.insertQuery(dsl, name(schema, target), rowType.columns(), query).execute();
                Jooq.requireInPartition(dsl, slice, name(schema, target), inserted);
                return inserted;
            } catch (org.jooq.exception.DataAccessException e) {
                throw e.getCause() instanceof SQLException cause ? cause : new SQLException(e.getMessage(), e);
            }
        });
    }

    @Override
    public long count(Select<?> query) {
        checkOpen();
        try (DuckDBConnection connection = database.connect()) {
            DSLContext dsl = Jooq.using(connection, SQLDialect.DUCKDB);
            return dsl.fetchOne(Jooq.countQuery(dsl, query)).value1();
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new StorageException("counting the rows of a query in " + database.description() + " failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String render(TableSlice slice, RowType<?> rowType, Select<?> query) {
        DSLContext dsl = Jooq.rendering(SQLDialect.DUCKDB);
        return dsl.renderInlined(Jooq.insertQuery(dsl, tableName(slice), rowType.columns(), query));
    }

    /**
     * Fills {@code schema.target}, the table or its staging table, inside the write's transaction; {@code fresh}
     * when the target was created in it (its columns are in the row type's order).
     */
    @FunctionalInterface
    private interface Filler {
        long fill(DuckDBConnection connection, DSLContext dsl, String schema, String target, boolean fresh)
                throws SQLException;
    }

    private long replace(TableSlice slice, RowType<?> rowType, Filler filler) {
        checkOpen();
        String schema = slice.schemaName().orElse(defaultSchema);
        String table = schema + "." + slice.table();
        database.writeLock().lock();
        try (DuckDBConnection connection = database.connect()) {
            connection.setAutoCommit(false);
            try {
                long written = replace(connection, slice, schema, rowType, filler);
                slice.beforeCommit().run(connection, written);
                connection.commit();
                return written;
            } catch (RuntimeException | Error e) {
                rollback(connection, slice, e);
                throw e;
            } catch (SQLException e) {
                rollback(connection, slice, e);
                throw new StorageException("asset '" + slice.asset() + "': writing table " + table + " in "
                        + database.description() + " failed: " + e.getMessage() + ". The table keeps its"
                        + " previous rows.", e);
            }
        } catch (SQLException e) {
            throw new StorageException("asset '" + slice.asset() + "': cannot connect to "
                    + database.description() + ": " + e.getMessage(), e);
        } finally {
            database.writeLock().unlock();
        }
    }

    private long replace(DuckDBConnection connection, TableSlice slice, String schema, RowType<?> rowType,
            Filler filler) throws SQLException {
        String table = schema + "." + slice.table();
        DSLContext dsl = Jooq.using(connection, SQLDialect.DUCKDB);
        boolean existed = !TableCatalog.columns(dsl, schema, slice.table()).isEmpty();
        new TableSetup(dsl, slice.schemaPolicyOr(schemaPolicy), SqlTypes::duckDbName)
                .ensure(slice.asset(), schema, slice.table(), rowType.columns(), slice.partition());
        // a table created in this transaction is written without DuckDB's write-ahead log; so is the new
        // table of a whole-table replace, swapped in before the commit. A partition is deleted and appended.
        String target = slice.table();
        String staging = null;
        if (existed) {
            if (slice.partition() == null && DuckDbSwapWriter.swappable(dsl, schema, slice.table())) {
                staging = DuckDbSwapWriter.createStaging(dsl, schema, slice.table(), rowType.columns());
                target = staging;
            } else {
                dsl.deleteFrom(table(name(schema, slice.table()))).where(PartitionConditions.of(slice)).execute();
            }
        }
        long written = filler.fill(connection, dsl, schema, target, staging != null || !existed);
        if (staging != null) {
            DuckDbSwapWriter.swap(dsl, schema, slice.table(), staging);
        }
        return written;
    }

    private boolean arrowWrites(RowType<?> rowType) {
        return arrow && DuckDbArrow.available() && DuckDbArrowSink.supports(rowType.columns());
    }

    /** Appends through DuckDB's Appender, row by row into its native column buffers. */
    private static <R> long appendRows(DuckDBConnection connection, TableSlice slice, String table, String schema,
            String target, RowType<R> rowType, Stream<? extends R> rows) throws SQLException {
        try (DuckDBAppender appender = connection.createAppender(schema, target)) {
            DuckDbAppenderSink sink = new DuckDbAppenderSink(slice.asset(), table, rowType.columns(), appender);
            sink.restrictTo(slice.partition());
            RowWriter<R> writer = rowType.writer();
            long written = sink.writeAll(rows, writer);
            appender.flush();
            return written;
        }
    }

    private static void rollback(DuckDBConnection connection, TableSlice slice, Throwable cause) {
        try {
            connection.rollback();
        } catch (SQLException e) {
            cause.addSuppressed(e);
            LOG.warn("asset {}: rollback failed", slice.asset(), e);
        }
    }

    @Override
    public <T> Stream<T> read(TableSlice slice, RowType<T> rowType) {
        checkOpen();
        String schema = slice.schemaName().orElse(defaultSchema);
        String table = schema + "." + slice.table();
        DuckDBConnection connection = null;
        PreparedStatement statement = null;
        try {
            connection = database.connect();
            DSLContext dsl = Jooq.using(connection, SQLDialect.DUCKDB);
            boolean knownTypes = checkReadable(dsl, slice, schema, rowType);
            if (arrow && knownTypes && DuckDbArrow.available()) {
                String sql = dsl.renderInlined(dsl.select(rowType.columns().stream().map(c -> field(name(c.name())))
                        .toList()).from(table(name(schema, slice.table()))).where(PartitionConditions.of(slice)));
                return DuckDbArrowReader.read(connection, sql, slice.asset(), table, rowType.columns(),
                        rowType.reader(), fetchSize);
            }
            // dates and timestamps as numbers: the driver's own conversions go through the JVM's zone
            String sql = dsl.renderInlined(dsl.select(rowType.columns().stream().map(DuckDbRowSource::select).toList())
                    .from(table(name(schema, slice.table()))).where(PartitionConditions.of(slice)));
            statement = connection.prepareStatement(sql);
            statement.setFetchSize(fetchSize);
            ResultSet resultSet = statement.executeQuery();
            JdbcRowSource source = new DuckDbRowSource(slice.asset(), table, rowType.columns(), resultSet);
            return JdbcRowStream.of(slice.asset(), table, source, rowType.reader(), resultSet, statement,
                    connection);
        } catch (SQLException | RuntimeException e) {
            closeQuietly(statement, e);
            closeQuietly(connection, e);
            if (e instanceof RuntimeException runtime) {
                throw runtime;
            }
            throw new StorageException("reading asset '" + slice.asset() + "' from table " + table + " in "
                    + database.description() + " failed: " + e.getMessage(), e);
        }
    }

    /** Fails unless the table can be read as the row type; true when every stored type is one Assetflow writes. */
    private static boolean checkReadable(DSLContext dsl, TableSlice slice, String schema, RowType<?> rowType) {
        boolean[] known = {true};
        ReadableTypes.require(slice.asset(), schema + "." + slice.table(),
                TableCatalog.columns(dsl, schema, slice.table()), rowType.columns(), rowType.javaType(),
                (stored, reading) -> {
                    java.util.Optional<ColumnType> type = ReadableTypes.ofDuckDb(stored);
                    known[0] &= type.isPresent();
                    return type.map(t -> ReadableTypes.readableAs(t, reading)).orElse(true);
                });
        return known[0];
    }

    private static void closeQuietly(AutoCloseable resource, Exception cause) {
        if (resource == null) {
            return;
        }
        try {
            resource.close();
        } catch (Exception e) {
            cause.addSuppressed(e);
        }
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this DuckDbIOManager for " + database.description() + " is closed");
        }
    }

    /** Releases the database; the file is closed when no other IO manager in this JVM uses it. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            database.release();
        }
    }

    @Override
    public String toString() {
        return "DuckDbIOManager[" + database.description() + "]";
    }

    /** Configures a {@link DuckDbIOManager}. */
    public static final class Builder {
        private final String url;
        private String defaultSchema = "main";
        private SchemaPolicy schemaPolicy = SchemaPolicy.FAIL;
        private int fetchSize = DEFAULT_FETCH_SIZE;
        private boolean arrow = true;

        private Builder(String url) {
            this.url = Objects.requireNonNull(url, "url");
        }

        /** The schema of assets that name none; {@code main} by default. */
        public Builder defaultSchema(String schema) {
            this.defaultSchema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /** What to do when a table exists with other columns; {@link SchemaPolicy#FAIL} by default. */
        public Builder schemaPolicy(SchemaPolicy policy) {
            this.schemaPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Rows fetched per round trip when reading; 2048 by default. */
        public Builder fetchSize(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("fetch size must be positive, was " + rows);
            }
            this.fetchSize = rows;
            return this;
        }

        /**
         * Whether to read and write through DuckDB's Arrow C data interface when it is available (the
         * optional Arrow libraries on the class path and {@code --add-opens=java.base/java.nio=ALL-UNNAMED});
         * true by default. Without it, rows go through the Appender and the JDBC result set, with the same
         * checks, messages and atomicity.
         */
        public Builder arrow(boolean enabled) {
            this.arrow = enabled;
            return this;
        }

        /** Opens (or joins) the database. */
        public DuckDbIOManager build() {
            return new DuckDbIOManager(this);
        }
    }
}
