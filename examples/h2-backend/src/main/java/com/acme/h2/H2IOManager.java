package com.acme.h2;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.not;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.RunHistory;
import dev.assetflow.runtime.RunHistoryProvider;
import dev.assetflow.runtime.history.JdbcRunHistory;
import dev.assetflow.runtime.io.BeforeCommit;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.JdbcRowSource;
import dev.assetflow.runtime.io.JdbcRowStream;
import dev.assetflow.runtime.io.Jooq;
import dev.assetflow.runtime.io.PartitionConditions;
import dev.assetflow.runtime.io.ReadableTypes;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaDiff;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.StoredColumn;
import dev.assetflow.runtime.io.TableCatalog;
import dev.assetflow.runtime.io.TableSetup;
import dev.assetflow.runtime.io.TableSlice;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.locks.Lock;
import java.util.concurrent.locks.ReentrantLock;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.exception.DataAccessException;

/**
 * Stores assets as tables of an H2 database ({@code jdbc:h2:./warehouse}, {@code jdbc:h2:mem:name}). It is
 * written only against Assetflow's public SPI, as an example of a backend of one's own; every SQL statement
 * is rendered by jOOQ ({@link SQLDialect#H2}).
 *
 * <ul>
 *   <li>Write: create the schema and the table when missing; then, in one transaction, {@code DELETE} the
 *       table's rows (only the partition's, for a partition), {@code INSERT} the new rows in JDBC batches
 *       and commit. A failure at any point, including an exception thrown by the row stream, leaves the
 *       previous rows (a failed first write leaves the table empty, since H2 commits its creation at once).
 *       Writes to one table wait for each other inside the JVM.
 *   <li>Schema changes: H2 commits every DDL statement, so a table cannot be changed inside the write's
 *       transaction (which is what {@link TableSetup#ensure} relies on). When the {@link SchemaPolicy}
 *       allows a change, the rows go to a staging table instead, which replaces the table
 *       ({@code DROP} + {@code RENAME}) once they are committed: a failed write leaves the old table as it
 *       was, but a reader in the moment between the two statements finds no table.
 *   <li>Read: a {@code SELECT} of exactly the reading row type's columns, executed lazily by H2
 *       ({@code LAZY_QUERY_EXECUTION}), so rows are streamed; the stream holds a connection until closed.
 *   <li>H2 stores {@code -0.0} as {@code 0.0}: a write with a negative zero fails, naming the row.
 *   <li>The run history lives in the tables {@code assetflow_runs}, {@code assetflow_materializations} and
 *       {@code assetflow_check_results} of the default schema ({@link JdbcRunHistory}).
 * </ul>
 *
 * <p>Tables and columns keep the asset's lower-case names, so plain SQL quotes them
 * ({@code SELECT * FROM "sales"}). The default schema is the connection's ({@code PUBLIC}). The IO manager
 * keeps one connection open until {@link #close()}, so that the database stays open between writes (an
 * in-memory database would vanish with its last connection). Thread-safe.
 */
public final class H2IOManager implements IOManager, RunHistoryProvider {

    private static final int DEFAULT_BATCH_SIZE = 1_000;
    /** One lock per table of a database URL, shared by every H2 IO manager of the JVM. */
    private static final Map<String, Lock> TABLE_LOCKS = new ConcurrentHashMap<>();

    private final String url;
    private final String description;
    private final Connection keptOpen;
    private final String defaultSchema;
    private final SchemaPolicy schemaPolicy;
    private final int batchSize;
    private final RunHistory history;
    private volatile boolean closed;

    private H2IOManager(Builder builder) {
        this.url = builder.url;
        // H2 takes settings, the password among them, after the first ';': never show them
        this.description = url.split(";", 2)[0];
        this.schemaPolicy = builder.schemaPolicy;
        this.batchSize = builder.batchSize;
        if (description.equals("jdbc:h2:mem:")) {
            throw new StorageException("the H2 URL jdbc:h2:mem: opens a new, empty database for every connection,"
                    + " so nothing written could be read back; name the database: jdbc:h2:mem:warehouse");
        }
        try {
            this.keptOpen = DriverManager.getConnection(url);
        } catch (SQLException e) {
            throw new StorageException("cannot open the H2 database " + description + ": " + e.getMessage(), e);
        }
        try {
            this.defaultSchema = builder.defaultSchema != null ? builder.defaultSchema : keptOpen.getSchema();
        } catch (SQLException e) {
            close();
            throw new StorageException("cannot read the schema of the H2 database " + description + ": "
                    + e.getMessage(), e);
        }
        this.history = new JdbcRunHistory(description, SQLDialect.H2, defaultSchema, this::connect, null);
    }

    /** An IO manager for {@code url} with the defaults. */
    public static H2IOManager fromUrl(String url) {
        return builder(url).build();
    }

    /** Starts configuring an IO manager for {@code url}. */
    public static Builder builder(String url) {
        return new Builder(url);
    }

    /** Partitions are replaced by deleting their rows and inserting the new ones in one transaction. */
    @Override
    public boolean supportsPartitions() {
        return true;
    }

    @Override
    public RunHistory runHistory() {
        return history;
    }

    @Override
    public <R> long write(TableSlice slice, RowType<R> rowType, Stream<? extends R> rows) {
        checkOpen();
        String schema = slice.schemaName().orElse(defaultSchema);
        String qualified = schema + "." + slice.table();
        Lock lock = TABLE_LOCKS.computeIfAbsent(url + " " + qualified, key -> new ReentrantLock());
        lock.lock();
        try (Connection connection = connect()) {
            DSLContext sql = Jooq.using(connection, SQLDialect.H2);
            List<StoredColumn> found = TableCatalog.columns(sql, schema, slice.table());
            if (found.isEmpty()) {
                create(sql, schema, slice.table(), rowType.columns());
            } else {
                SchemaDiff diff = SchemaDiff.between(rowType.columns(), found, H2Types::catalogName);
                if (!diff.isEmpty()) {
                    SchemaPolicy policy = slice.schemaPolicyOr(schemaPolicy);
                    TableSetup.requireAllowed(policy, slice.asset(), qualified, rowType.columns(), found, diff,
                            slice.partition());
                    return replaceTable(connection, sql, slice, schema, policy, found, rowType, rows);
                }
            }
            Table<?> table = table(name(schema, slice.table()));
            return inTransaction(connection, slice.beforeCommit(), () -> {
                sql.deleteFrom(table).where(PartitionConditions.of(slice)).execute();
                return insert(connection, sql, slice, qualified, table, rowType, rows);
            });
        } catch (SQLException | DataAccessException e) {
            throw new StorageException("asset '" + slice.asset() + "': writing table " + qualified + " in "
                    + description + " failed: " + e.getMessage() + ". The table keeps its previous rows.", e);
        } finally {
            lock.unlock();
        }
    }

    /**
     * Applies a schema change the policy allows without risking the old table: the rows go to a staging
     * table, in one transaction, and only then does it replace the table. {@link SchemaPolicy#ADD_COLUMNS}
     * keeps the other partitions' rows (their new columns are NULL); {@link SchemaPolicy#REPLACE} does not.
     */
    private <R> long replaceTable(Connection connection, DSLContext sql, TableSlice slice, String schema,
            SchemaPolicy policy, List<StoredColumn> found, RowType<R> rowType, Stream<? extends R> rows)
            throws SQLException {
        String qualified = schema + "." + slice.table();
        String stagingName = slice.table() + "__assetflow_staging";
        Table<?> staging = table(name(schema, stagingName));
        sql.dropTableIfExists(staging).execute(); // left behind by a killed process
        create(sql, schema, stagingName, rowType.columns());
        long written;
        try {
            // the rows are in place only after the rename, which H2 commits at once: nothing rides on this commit
            written = inTransaction(connection, BeforeCommit.NONE, () -> {
                if (policy == SchemaPolicy.ADD_COLUMNS && slice.partition() != null) {
                    List<Field<?>> kept = found.stream().<Field<?>>map(c -> field(name(c.name()))).toList();
                    sql.insertInto(staging, kept)
                            .select(sql.select(kept).from(table(name(schema, slice.table())))
                                    .where(not(PartitionConditions.of(slice))))
                            .execute();
                }
                return insert(connection, sql, slice, qualified, staging, rowType, rows);
            });
        } catch (SQLException | RuntimeException | Error e) {
            try {
                sql.dropTableIfExists(staging).execute();
            } catch (DataAccessException dropFailed) {
                e.addSuppressed(dropFailed);
            }
            throw e;
        }
        sql.dropTable(table(name(schema, slice.table()))).execute();
        sql.alterTable(staging).renameTo(name(slice.table())).execute();
        return written;
    }

    /** Inserts the rows into {@code target} with one prepared statement, in batches; messages name {@code qualified}. */
    private <R> long insert(Connection connection, DSLContext sql, TableSlice slice, String qualified,
            Table<?> target, RowType<R> rowType, Stream<? extends R> rows) throws SQLException {
        List<Field<?>> columns = rowType.columns().stream().<Field<?>>map(c -> field(name(c.name()))).toList();
        // one bind parameter per column: INSERT INTO "schema"."table" ("a", "b") VALUES (?, ?)
        String insert = sql.render(sql.insertInto(target, columns).values(Collections.nCopies(columns.size(), null)));
        try (PreparedStatement statement = connection.prepareStatement(insert)) {
            H2RowSink sink = new H2RowSink(slice.asset(), qualified, rowType.columns(), statement, batchSize);
            sink.restrictTo(slice.partition());
            long written = sink.writeAll(rows, rowType.writer());
            sink.flush();
            return written;
        }
    }

    @FunctionalInterface
    private interface Work {
        long run() throws SQLException;
    }

    /**
     * Runs {@code work}, then {@code beforeCommit}, in one transaction: committed when they return, rolled back
     * when either throws.
     */
    private static long inTransaction(Connection connection, BeforeCommit beforeCommit, Work work)
            throws SQLException {
        connection.setAutoCommit(false);
        try {
            long result = work.run();
            beforeCommit.run(connection, result);
            connection.commit();
            return result;
        } catch (SQLException | RuntimeException | Error e) {
            try {
                connection.rollback();
            } catch (SQLException rollbackFailed) {
                e.addSuppressed(rollbackFailed);
            }
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    private static void create(DSLContext sql, String schema, String table, List<Column> columns) {
        sql.createSchemaIfNotExists(name(schema)).execute();
        sql.createTableIfNotExists(name(schema, table))
                .columns(columns.stream().<Field<?>>map(c -> field(name(c.name()), H2Types.dataType(c))).toList())
                .execute();
    }

    @Override
    public <T> Stream<T> read(TableSlice slice, RowType<T> rowType) {
        checkOpen();
        String schema = slice.schemaName().orElse(defaultSchema);
        String qualified = schema + "." + slice.table();
        Connection connection = null;
        PreparedStatement statement = null;
        try {
            connection = connectLazy();
            DSLContext sql = Jooq.using(connection, SQLDialect.H2);
            ReadableTypes.require(slice.asset(), qualified, TableCatalog.columns(sql, schema, slice.table()),
                    rowType.columns(), rowType.javaType(), H2Types::readable);
            String select = sql.renderInlined(sql.select(rowType.columns().stream().map(c -> field(name(c.name()))).toList())
                    .from(table(name(schema, slice.table())))
                    .where(PartitionConditions.of(slice)));
            statement = connection.prepareStatement(select);
            ResultSet resultSet = statement.executeQuery();
            JdbcRowSource source = new JdbcRowSource(slice.asset(), qualified, rowType.columns(), resultSet);
            return JdbcRowStream.of(slice.asset(), qualified, source, rowType.reader(), resultSet, statement,
                    connection);
        } catch (SQLException | DataAccessException e) {
            closeAfter(e, statement, connection);
            throw new StorageException("reading asset '" + slice.asset() + "' from table " + qualified + " in "
                    + description + " failed: " + e.getMessage(), e);
        } catch (RuntimeException e) {
            closeAfter(e, statement, connection);
            throw e;
        }
    }

    private static void closeAfter(Exception failure, AutoCloseable... resources) {
        for (AutoCloseable resource : resources) {
            if (resource != null) {
                try {
                    resource.close();
                } catch (Exception e) {
                    failure.addSuppressed(e);
                }
            }
        }
    }

    private Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** A connection whose queries H2 runs as their rows are fetched, instead of computing the whole result first. */
    private Connection connectLazy() throws SQLException {
        Properties lazy = new Properties();
        lazy.setProperty("LAZY_QUERY_EXECUTION", "TRUE");
        return DriverManager.getConnection(url, lazy);
    }

    private void checkOpen() {
        if (closed) {
            throw new IllegalStateException("this H2IOManager for " + description + " is closed");
        }
    }

    /** Closes the connection kept open; an in-memory database is gone once no other connection holds it. */
    @Override
    public void close() {
        if (!closed) {
            closed = true;
            try {
                keptOpen.close();
            } catch (SQLException e) {
                throw new StorageException("cannot close the H2 database " + description + ": " + e.getMessage(), e);
            }
        }
    }

    @Override
    public String toString() {
        return "H2IOManager[" + description + "]";
    }

    /** Configures an {@link H2IOManager}. */
    public static final class Builder {
        private final String url;
        private String defaultSchema;
        private SchemaPolicy schemaPolicy = SchemaPolicy.FAIL;
        private int batchSize = DEFAULT_BATCH_SIZE;

        private Builder(String url) {
            this.url = Objects.requireNonNull(url, "url");
        }

        /** The schema of assets that name none; by default the connection's ({@code PUBLIC}). */
        public Builder defaultSchema(String schema) {
            this.defaultSchema = Objects.requireNonNull(schema, "schema");
            return this;
        }

        /** What to do when a table exists with other columns; {@link SchemaPolicy#FAIL} by default. */
        public Builder schemaPolicy(SchemaPolicy policy) {
            this.schemaPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /** Rows sent to H2 per JDBC batch; 1,000 by default. */
        public Builder batchSize(int rows) {
            if (rows < 1) {
                throw new IllegalArgumentException("batch size must be positive, was " + rows);
            }
            this.batchSize = rows;
            return this;
        }

        /** Opens the database. */
        public H2IOManager build() {
            return new H2IOManager(this);
        }
    }
}
