package dev.assetflow.snowflake;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.BeforeCommit;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.Jooq;
import dev.assetflow.runtime.io.PartitionConditions;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.RowWriter;
import dev.assetflow.runtime.io.SchemaDiff;
import dev.assetflow.runtime.io.SchemaMismatchException;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.StoredColumn;
import dev.assetflow.runtime.io.TablePartition;
import dev.assetflow.runtime.io.TableSetup;
import dev.assetflow.runtime.io.TableSlice;
import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import net.snowflake.client.jdbc.SnowflakeConnection;
import org.jooq.Condition;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.exception.DataAccessException;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces one Snowflake table's rows (or one partition's) so that readers see the old rows or the new
 * ones, never none and never a mix, and so that writers in other processes replacing other partitions of
 * the same table at the same time lose nothing:
 *
 * <ol>
 *   <li>check the table's columns against the row type and the {@link SchemaPolicy} (nothing changes when
 *       the policy refuses); create the table when missing ({@code IF NOT EXISTS}: another writer may be
 *       creating it too);
 *   <li>create a <em>temporary</em> staging table {@code <TABLE>__ASSETFLOW_STAGING_<started>_<random>}: only this
 *       session sees it and Snowflake drops it when the session ends, also when the process was killed;
 *   <li>stream the rows as gzipped CSV files to a temporary stage ({@link SnowflakeStageFiles}) and
 *       {@code COPY INTO} the staging table, which loads all files or none, and check {@code rows_loaded};
 *   <li>under ADD_COLUMNS, add the new nullable columns ({@code ALTER TABLE ... ADD}, DDL that commits at
 *       once: should the next step fail, the table keeps its rows and has the new columns, empty);
 *   <li>in one transaction, {@code DELETE} the partition's rows (all rows for a whole-table write) and
 *       {@code INSERT ... SELECT} the staging table's. Snowflake's DML is transactional and its DELETE locks
 *       the table until the COMMIT, so two such writers run one after the other and neither can revert the
 *       other's partition.
 * </ol>
 *
 * <p>Only {@link SchemaPolicy#REPLACE} of a table whose columns changed goes another way, because changing
 * columns is DDL, which commits at once: the new rows go into a permanent staging table that then replaces
 * the table by {@code ALTER TABLE <TABLE> SWAP WITH <staging>} (one atomic metadata operation; a temporary
 * table cannot be swapped with a permanent one). For one partition, REPLACE is refused (it would delete the
 * other partitions' rows) and the table is left as it was.
 *
 * <p>A COMMIT or SWAP that fails, or whose reply is lost, is looked into before it is reported (see
 * {@link #afterFailedCommit} and {@link #afterFailedSwap}); the permanent staging tables that killed
 * processes leave behind are dropped by {@link #sweepStaleStagingTables} once stale.
 *
 * <p>Any failure before the COMMIT or the swap, including an exception from the row stream or a
 * {@code NULL} in a NOT NULL column, leaves the table untouched; the staging table and the temporary
 * stage are dropped in every case. All SQL is rendered by jOOQ (plain-SQL templates with rendered names
 * for COPY, stages, transactions and SWAP, which jOOQ has no builders for); the rows move only through the
 * stage and the staging table.
 */
final class SnowflakeTableWriter {

    /** The staging table's name is the table's, this, and an id. */
    static final String STAGING_SUFFIX = "__ASSETFLOW_STAGING_";
    private static final DateTimeFormatter STAGING_TIME = DateTimeFormatter.ofPattern("yyyyMMddHHmmss");
    private static final Pattern STAGING_NAME = Pattern.compile("(.+)" + STAGING_SUFFIX + "([0-9]{14})_[0-9A-F]{8}");
    /** The CSV format {@link SnowflakeCsvRowSink} writes. */
    static final String FILE_FORMAT = "file_format = (type = csv field_optionally_enclosed_by = '\"'"
            + " null_if = ('\\\\N') empty_field_as_null = false compression = gzip)";

    private static final Logger LOG = LoggerFactory.getLogger(SnowflakeTableWriter.class);

    private final Connection connection;
    private final DSLContext sql;
    private final String asset;
    private final String schema;
    private final String table;
    private final String qualified;
    private final SchemaPolicy policy;
    private final long fileSize;
    private final SnowflakeConnections sessions;
    private final BeforeCommit beforeCommit;

    /** @param beforeCommit run in the DELETE + INSERT transaction just before its COMMIT */
    SnowflakeTableWriter(Connection connection, SnowflakeConnections sessions, String asset, String schema,
            String table, SchemaPolicy policy, long fileSize, BeforeCommit beforeCommit) {
        this.beforeCommit = beforeCommit;
        this.connection = connection;
        this.sessions = sessions;
        this.sql = dsl(connection);
        this.asset = asset;
        this.schema = schema;
        this.table = table;
        this.qualified = schema + "." + table;
        this.policy = policy;
        this.fileSize = fileSize;
    }

    /**
     * Replaces the rows of the table, or only those of {@code partition} when it is not null.
     *
     * @param columns the row type's columns, named as in Snowflake (upper case)
     * @param partition the partition, its column named as in Snowflake, or null
     */
    <R> long replace(RowType<R> rowType, List<Column> columns, TablePartition partition, Stream<? extends R> rows)
            throws SQLException {
        return replace(columns, partition, staging -> loadRows(rowType, columns, partition, staging, rows));
    }

    /**
     * Replaces the rows of the table, or only those of {@code partition}, with the rows of a SQL asset's
     * {@code query}, computed inside Snowflake: {@code INSERT INTO <staging> (columns) SELECT ...}, then the
     * same steps as {@link #replace(RowType, List, TablePartition, Stream)}. No row leaves Snowflake.
     *
     * @param columns the row type's columns, named as in Snowflake (upper case), in the query's column order
     * @param query rendered with upper-case names (see {@link #dslForQueries})
     */
    long replaceWithQuery(List<Column> columns, TablePartition partition, org.jooq.Select<?> query)
            throws SQLException {
        DSLContext queries = dslForQueries(connection);
        return replace(columns, partition, staging -> {
            long inserted = Jooq.insertQuery(queries, staging, columns, query).execute();
            Jooq.requireInPartition(sql, new TableSlice(asset, schema, table, partition), staging, inserted);
            return inserted;
        });
    }

    /** Fills a staging table that has the table's columns; returns the number of rows it now holds. */
    @FunctionalInterface
    private interface Load {
        long into(Name staging) throws SQLException;
    }

    private long replace(List<Column> columns, TablePartition partition, Load load) throws SQLException {
        ensureSchema();
        Name target = name(schema, table);
        List<StoredColumn> found = SnowflakeCatalog.columns(sql, schema, table);
        if (found.isEmpty()) {
            create(target, columns, true, false);
            found = SnowflakeCatalog.columns(sql, schema, table);
        }
        SchemaDiff diff = SchemaDiff.between(columns, found, SnowflakeTypes::catalogName);
        if (!diff.isEmpty()) {
            TableSetup.requireAllowed(policy, asset, qualified, columns, found, diff);
            if (policy == SchemaPolicy.REPLACE) {
                if (partition != null) {
                    throw new SchemaMismatchException(asset, qualified, diff, "SchemaPolicy.REPLACE recreates the"
                            + " table, which would delete the rows of every partition but " + partition.key()
                            + ", so it is not applied to a write of one partition. Materialize the whole asset once"
                            + " (without a partition) to replace the table, or use SchemaPolicy.ADD_COLUMNS for new"
                            + " nullable columns, then write partition " + partition.key() + ".");
                }
                LOG.info("asset {}: table {} changes its columns (REPLACE) by a swap:\n{}", asset, qualified,
                        diff.render());
                return replaceBySwap(columns, load);
            }
        }
        return replaceInTransaction(columns, partition, load, diff);
    }

    private void addColumns(Name target, List<Column> columns, SchemaDiff diff) {
        for (SchemaDiff.Difference difference : diff.differences()) {
            Column column = difference.expected();
            LOG.info("asset {}: adding column {} to table {}", asset, column.name(), qualified);
            try {
                sql.alterTable(target).add(field(name(column.name()), SnowflakeTypes.dataType(column))).execute();
            } catch (DataAccessException e) {
                // Another writer may have added it meanwhile; anything else is a failure.
                if (SchemaDiff.between(columns, SnowflakeCatalog.columns(sql, schema, table),
                        SnowflakeTypes::catalogName).columnNames().contains(column.name())) {
                    throw e;
                }
            }
        }
    }

    /** Steps 2 to 4: a temporary staging table, then DELETE + INSERT ... SELECT in one transaction. */
    private long replaceInTransaction(List<Column> columns, TablePartition partition, Load load,
            SchemaDiff columnsToAdd) throws SQLException {
        Name target = name(schema, table);
        Name staging = name(schema, table + STAGING_SUFFIX + stagingId());
        create(staging, columns, false, true);
        try {
            long written = load.into(staging);
            // Only once the rows are loaded: a write that fails before adds no column.
            addColumns(target, columns, columnsToAdd);
            moveIn(target, staging, columns, partition, written);
            return written;
        } finally {
            dropStagingQuietly(staging);
        }
    }

    /** DELETE the replaced rows and INSERT the staging table's, in one transaction. */
    private void moveIn(Name target, Name staging, List<Column> columns, TablePartition partition, long written) {
        List<Field<?>> fields = columns.stream().<Field<?>>map(c -> field(name(c.name()))).toList();
        Condition replaced = partition == null ? DSL.noCondition()
                : PartitionConditions.of(new TableSlice(asset, schema, table, partition));
        sql.query("begin").execute();
        boolean committing = false;
        try {
            int deleted = sql.deleteFrom(table(target)).where(replaced).execute();
            int inserted = sql.insertInto(table(target)).columns(fields)
                    .select(sql.select(fields).from(table(staging))).execute();
            if (inserted != written) {
                throw new StorageException("asset '" + asset + "': INSERT into " + qualified + " from its staging"
                        + " table inserted " + inserted + " rows, but " + written + " were written; the table keeps"
                        + " its previous rows");
            }
            try {
                beforeCommit.run(connection, written);
            } catch (SQLException e) {
                throw new DataAccessException(e.getMessage(), e);
            }
            committing = true;
            sql.query("commit").execute();
            LOG.debug("asset '{}': replaced {} rows of {} by {}", asset, deleted, qualified, inserted);
        } catch (RuntimeException e) {
            if (committing && afterFailedCommit(e, target, staging, fields, replaced, written)) {
                return;
            }
            try {
                sql.query("rollback").execute();
            } catch (RuntimeException suppressed) {
                e.addSuppressed(suppressed);
            }
            throw e;
        }
    }

    /**
     * The COMMIT failed, or its reply was lost (it may have committed): finds out before reporting. A
     * transaction still open means the COMMIT never ran (the caller rolls back and the failure stands).
     * Otherwise the replaced rows are compared with the staging table's: the same rows mean the new rows
     * are in place (true: the write succeeded), others mean they are not (false: the failure stands). When
     * the session is gone, so is the temporary staging table, and the exception says the outcome is unknown.
     */
    private boolean afterFailedCommit(RuntimeException failure, Name target, Name staging, List<Field<?>> fields,
            Condition replaced, long written) {
        boolean open;
        boolean inPlace;
        try {
            open = sql.select(DSL.field("current_transaction()", String.class)).fetchOne(0) != null;
            inPlace = !open && sql.fetchCount(table(target), replaced) == written
                    && sql.fetchCount(sql.select(fields).from(table(staging))
                            .except(sql.select(fields).from(table(target)).where(replaced))
                            .unionAll(sql.select(fields).from(table(target)).where(replaced)
                                    .except(sql.select(fields).from(table(staging))))) == 0;
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
            throw new StorageException("asset '" + asset + "': the COMMIT of the write of " + qualified + " failed ("
                    + failure.getMessage() + ") and whether it committed could not be found out (" + e.getMessage()
                    + "): " + qualified + " holds either its previous rows or the new ones", failure);
        }
        if (inPlace) {
            LOG.warn("asset '{}': the COMMIT of the write of {} failed ({}), but it committed: the table holds the"
                    + " new rows", asset, qualified, failure.getMessage());
        }
        return inPlace;
    }

    /** REPLACE of a table whose columns changed: a permanent staging table swapped in. */
    private long replaceBySwap(List<Column> columns, Load load) throws SQLException {
        String id = stagingId();
        Name target = name(schema, table);
        Name staging = name(schema, table + STAGING_SUFFIX + id);
        // Moves with the rows through the swap: tells afterwards which table holds them.
        String marker = "Assetflow asset '" + asset + "', written by write " + id;
        boolean swapSent = false;
        long written = 0;
        create(staging, columns, false, false);
        try {
            sql.commentOnTable(staging).is(marker).execute();
            written = load.into(staging);
            swapSent = true;
            sql.query("alter table {0} swap with {1}", target, staging).execute();
        } catch (SQLException | RuntimeException failure) {
            if (swapSent) {
                return afterFailedSwap(failure, target, staging, marker, written);
            }
            dropAfterFailure(staging, failure);
            throw failure;
        } catch (Error failure) {
            dropAfterFailure(staging, failure);
            throw failure;
        }
        dropOldRows(sql, staging);
        LOG.debug("asset '{}': replaced {} with {} rows", asset, qualified, written);
        return written;
    }

    private void dropAfterFailure(Name staging, Throwable failure) {
        try {
            sql.dropTableIfExists(staging).execute();
        } catch (RuntimeException e) {
            failure.addSuppressed(e);
        }
    }

    /** Which table holds the new rows after a SWAP that failed: found out before anything is dropped. */
    enum SwapOutcome { SWAPPED, NOT_SWAPPED, UNKNOWN }

    /**
     * The SWAP failed, or its reply was lost (the statement may have run): looks at the two tables'
     * comments, on this session or, when it is gone, on a new one. Swapped: the new rows are in place, the
     * staging table holds the old rows and goes. Not swapped: the staging table holds the new rows and goes,
     * and the failure stands. Unknown: nothing is dropped and the exception says where the rows are.
     */
    private long afterFailedSwap(Exception failure, Name target, Name staging, String marker, long written)
            throws SQLException {
        SwapOutcome outcome;
        try {
            outcome = onAWorkingSession(dsl -> swapOutcome(dsl, target, staging, marker));
        } catch (SQLException | RuntimeException e) {
            failure.addSuppressed(e);
            outcome = SwapOutcome.UNKNOWN;
        }
        switch (outcome) {
            case SWAPPED -> {
                LOG.warn("asset '{}': the SWAP of {} failed ({}), but it happened: the table holds the new rows",
                        asset, qualified, failure.getMessage());
                try {
                    onAWorkingSession(dsl -> {
                        dropOldRows(dsl, staging);
                        return null;
                    });
                } catch (SQLException | RuntimeException e) {
                    LOG.warn("asset '{}': could not drop {} holding the previous rows of {}; drop it by hand: {}",
                            asset, sql.render(staging), qualified, e.getMessage());
                }
                return written;
            }
            case NOT_SWAPPED -> {
                try {
                    onAWorkingSession(dsl -> dsl.dropTableIfExists(staging).execute());
                } catch (SQLException | RuntimeException e) {
                    failure.addSuppressed(e);
                }
                if (failure instanceof SQLException sqlFailure) {
                    throw sqlFailure;
                }
                throw (RuntimeException) failure;
            }
            default -> throw new StorageException("asset '" + asset + "': the SWAP of " + qualified + " with "
                    + sql.render(staging) + " failed (" + failure.getMessage() + ") and whether it happened could not"
                    + " be found out, so neither table was dropped: the one commented '" + marker + "' holds the new"
                    + " rows, the other the previous rows. Check " + qualified + " and drop " + sql.render(staging)
                    + " by hand.", failure);
        }
    }

    private static SwapOutcome swapOutcome(DSLContext dsl, Name target, Name staging, String marker) {
        Field<String> tableName = field(name("TABLE_NAME"), String.class);
        Field<String> comment = field(name("COMMENT"), String.class);
        java.util.Map<String, String> comments = dsl.select(tableName, comment)
                .from(table(name("INFORMATION_SCHEMA", "TABLES")))
                .where(field(name("TABLE_SCHEMA"), String.class).eq(target.first()))
                .and(tableName.in(target.last(), staging.last()))
                .fetchMap(tableName, comment);
        if (marker.equals(comments.get(target.last()))) {
            return SwapOutcome.SWAPPED;
        }
        if (marker.equals(comments.get(staging.last()))) {
            return SwapOutcome.NOT_SWAPPED;
        }
        return SwapOutcome.UNKNOWN;
    }

    /** Runs work on this writer's session or, when that fails (the session may be gone), on a new one. */
    private <T> T onAWorkingSession(java.util.function.Function<DSLContext, T> work) throws SQLException {
        try {
            return work.apply(sql);
        } catch (RuntimeException first) {
            LOG.debug("asset '{}': retrying on a new session: {}", asset, first.getMessage());
            Connection fresh = sessions.acquire();
            boolean reusable = false;
            try {
                T result = work.apply(dsl(fresh));
                reusable = true;
                return result;
            } finally {
                sessions.release(fresh, reusable);
            }
        }
    }

    /** After a swap, the staging table holds the previous rows: a table that will not go is only a warning. */
    private void dropOldRows(DSLContext dsl, Name staging) {
        try {
            dsl.dropTableIfExists(staging).execute();
        } catch (RuntimeException e) {
            LOG.warn("asset '{}': replaced {}, but could not drop {} holding its previous rows; drop it by hand: {}",
                    asset, qualified, dsl.render(staging), e.getMessage());
        }
    }

    private void dropStagingQuietly(Name staging) {
        try {
            sql.dropTableIfExists(staging).execute();
        } catch (RuntimeException e) {
            LOG.debug("asset '{}': could not drop the temporary table {} (it goes with the session): {}", asset,
                    sql.render(staging), e.getMessage());
        }
    }

    /**
     * A staging table's id: when the write started (UTC, to the second) and a random part, so that a sweep
     * can tell a table a killed process left behind from one a running write is filling.
     */
    static String stagingId() {
        return STAGING_TIME.format(LocalDateTime.now(ZoneOffset.UTC)) + "_"
                + HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextInt());
    }

    /**
     * Drops the permanent staging tables in {@code schema} that writes started more than {@code maxAge}
     * ago left behind: only a killed process leaves one (a failing write drops its own), and no write
     * runs that long. Each is logged at WARN; one of an unknown age (named before ids carried the time) is
     * only logged.
     *
     * @return the names of the tables dropped
     */
    static List<String> sweepStaleStagingTables(DSLContext sql, String schema, Duration maxAge) {
        Field<String> tableName = field(name("TABLE_NAME"), String.class);
        List<String> candidates = sql.select(tableName).from(table(name("INFORMATION_SCHEMA", "TABLES")))
                .where(field(name("TABLE_SCHEMA"), String.class).eq(schema))
                .and(field(name("TABLE_TYPE"), String.class).eq("BASE TABLE"))
                .and(tableName.like("%" + STAGING_SUFFIX + "%"))
                .fetch(tableName);
        LocalDateTime cutoff = LocalDateTime.now(ZoneOffset.UTC).minus(maxAge);
        List<String> dropped = new java.util.ArrayList<>();
        for (String candidate : candidates) {
            Matcher matcher = STAGING_NAME.matcher(candidate);
            if (!matcher.matches()) {
                LOG.warn("table {}.{} looks like a staging table of an Assetflow write that did not finish, but its"
                        + " age is unknown; drop it by hand once no write of {}.{} runs", schema, candidate, schema,
                        candidate.substring(0, candidate.indexOf(STAGING_SUFFIX)));
                continue;
            }
            LocalDateTime started = LocalDateTime.parse(matcher.group(2), STAGING_TIME);
            if (started.isBefore(cutoff)) {
                sql.dropTableIfExists(name(schema, candidate)).execute();
                dropped.add(candidate);
                LOG.warn("dropped {}.{}: a staging table of a write of {}.{} started at {} UTC, more than {} ago, left"
                        + " behind by a process that was killed during the write", schema, candidate, schema,
                        matcher.group(1), started, maxAge);
            }
        }
        return dropped;
    }

    /** A context rendering as the Snowflake IO manager does: DEFAULT dialect, every name quoted. */
    static DSLContext dsl(Connection connection) {
        DSLContext sql = Jooq.using(connection, SQLDialect.DEFAULT);
        sql.settings().setRenderQuotedNames(RenderQuotedNames.ALWAYS);
        return sql;
    }

    /**
     * A context rendering SQL assets' queries: as {@link #dsl}, and every name upper-cased, so that the
     * generated tables' lower-case column names ({@code "owner"}) name Snowflake's columns ({@code "OWNER"}).
     */
    static DSLContext dslForQueries(Connection connection) {
        DSLContext sql = dsl(connection);
        sql.settings().setRenderNameCase(org.jooq.conf.RenderNameCase.UPPER);
        return sql;
    }

    private void ensureSchema() {
        if (!SnowflakeCatalog.schemaExists(sql, schema)) {
            // CREATE SCHEMA also makes it the session's current schema; every name here is qualified.
            sql.createSchemaIfNotExists(name(schema)).execute();
            LOG.info("created schema {}", schema);
        }
    }

    private void create(Name name, List<Column> columns, boolean ifNotExists, boolean temporary) {
        CreateTableElementListStep create = temporary ? sql.createTemporaryTable(name)
                : ifNotExists ? sql.createTableIfNotExists(name) : sql.createTable(name);
        for (Column column : columns) {
            create = create.column(field(name(column.name()), SnowflakeTypes.dataType(column)));
        }
        create.execute();
    }

    /** Streams the rows through a temporary stage into {@code staging}; the stage is dropped in every case. */
    private <R> long loadRows(RowType<R> rowType, List<Column> columns, TablePartition partition, Name staging,
            Stream<? extends R> rows) throws SQLException {
        Name stage = name(schema, "ASSETFLOW_STAGE_" + stagingId());
        sql.query("create temporary stage {0}", stage).execute();
        try {
            return load(rowType, columns, partition, staging, stage, rows);
        } finally {
            dropStage(stage);
        }
    }

    private <R> long load(RowType<R> rowType, List<Column> columns, TablePartition partition, Name staging,
            Name stage, Stream<? extends R> rows) throws SQLException {
        String stageSql = "@" + sql.render(stage);
        String prefix = "rows";
        SnowflakeStageFiles files = new SnowflakeStageFiles(connection.unwrap(SnowflakeConnection.class), stageSql,
                prefix, fileSize);
        SnowflakeCsvRowSink sink = new SnowflakeCsvRowSink(asset, qualified, columns, files);
        sink.restrictTo(partition);
        RowWriter<R> writer = rowType.writer();
        try {
            sink.writeAll(rows, writer);
            files.finish();
        } catch (SnowflakeStageFiles.StageUploadException e) {
            throw e.getCause();
        }
        long written = sink.rows();
        if (files.files() == 0) {
            return written;
        }
        Query copy = DSL.query("copy into {0} ({1}) from {2} " + FILE_FORMAT + " on_error = abort_statement",
                table(staging), DSL.list(columns.stream().<Field<?>>map(c -> field(name(c.name()))).toList()),
                DSL.sql(stageSql + "/" + prefix + "/"));
        long loaded = 0;
        try (Statement statement = connection.createStatement();
                ResultSet result = statement.executeQuery(sql.render(copy))) {
            int rowsLoaded = result.findColumn("rows_loaded");
            while (result.next()) {
                loaded += result.getLong(rowsLoaded);
            }
        }
        if (loaded != written) {
            throw new StorageException("asset '" + asset + "': COPY INTO the staging table of " + qualified
                    + " loaded " + loaded + " rows from " + files.files() + " stage files, but " + written
                    + " were written; the table keeps its previous rows");
        }
        LOG.debug("asset '{}': loaded {} rows from {} stage files", asset, loaded, files.files());
        return written;
    }

    private void dropStage(Name stage) {
        try {
            sql.query("drop stage if exists {0}", stage).execute();
        } catch (RuntimeException e) {
            LOG.warn("asset '{}': could not drop the temporary stage {} (it goes with the session): {}", asset,
                    sql.render(stage), e.getMessage());
        }
    }
}
