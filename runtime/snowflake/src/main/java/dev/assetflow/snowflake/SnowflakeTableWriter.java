package dev.assetflow.snowflake;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.PartitionConditions;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.RowWriter;
import dev.assetflow.runtime.io.SchemaDiff;
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
import java.util.HexFormat;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.Stream;
import net.snowflake.client.jdbc.SnowflakeConnection;
import org.jooq.Condition;
import org.jooq.CreateTableElementListStep;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Name;
import org.jooq.Query;
import org.jooq.impl.DSL;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Replaces one Snowflake table's rows (or one partition's) so that readers see the old rows or the new
 * ones, never none and never a mix. Snowflake commits every DDL statement, so one transaction cannot do
 * it; instead:
 *
 * <ol>
 *   <li>check the table's columns against the row type and the {@link SchemaPolicy} (nothing changes when
 *       the policy refuses);
 *   <li>create a staging table {@code <TABLE>__ASSETFLOW_STAGING_<random hex>} with the row type's columns
 *       (for a partition, copy into it the table's rows of every other partition); the random suffix keeps
 *       writers in other processes, which the in-JVM lock cannot see, out of each other's staging tables;
 *   <li>stream the rows as gzipped CSV files to a temporary stage ({@link SnowflakeStageFiles}) and
 *       {@code COPY INTO} the staging table, which loads all files or none;
 *   <li>create the table when missing, {@code ALTER TABLE <TABLE> SWAP WITH <staging>} (one atomic
 *       metadata operation) and drop the staging table, now holding the old rows.
 * </ol>
 *
 * Any failure before the swap, including an exception from the row stream or a {@code NULL} in a NOT NULL
 * column, leaves the table untouched and drops the staging table; the temporary stage and its files are
 * dropped in every case. All SQL is rendered by jOOQ (plain-SQL templates with rendered names for COPY,
 * stages and SWAP, which jOOQ has no builders for); the rows move only through the stage.
 */
final class SnowflakeTableWriter {

    /** The staging table's name is the table's, this, and a random id of 16 hex digits. */
    static final String STAGING_SUFFIX = "__ASSETFLOW_STAGING_";
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

    SnowflakeTableWriter(Connection connection, DSLContext sql, String asset, String schema, String table,
            SchemaPolicy policy, long fileSize) {
        this.connection = connection;
        this.sql = sql;
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
        ensureSchema();
        List<StoredColumn> found = SnowflakeCatalog.columns(sql, schema, table);
        boolean exists = !found.isEmpty();
        boolean keepOtherPartitions = partition != null && exists;
        if (exists) {
            SchemaDiff diff = SchemaDiff.between(columns, found, SnowflakeTypes::catalogName);
            if (!diff.isEmpty()) {
                TableSetup.requireAllowed(policy, asset, qualified, columns, found, diff);
                LOG.info("asset {}: table {} changes its columns ({}) by the swap:\n{}", asset, qualified, policy,
                        diff.render());
                keepOtherPartitions &= policy != SchemaPolicy.REPLACE;
            }
        }
        Name target = name(schema, table);
        String id = randomId();
        Name staging = name(schema, table + STAGING_SUFFIX + id);
        Name stage = name(schema, "ASSETFLOW_STAGE_" + id);
        boolean stageCreated = false;
        long written;
        try {
            create(staging, columns, false);
            if (keepOtherPartitions) {
                copyOtherPartitions(staging, target, found, partition);
            }
            sql.query("create temporary stage {0}", stage).execute();
            stageCreated = true;
            written = load(rowType, columns, partition, staging, stage, rows);
            if (!exists) {
                create(target, columns, true);
            }
            sql.query("alter table {0} swap with {1}", target, staging).execute();
        } catch (Throwable failure) {
            try {
                sql.dropTableIfExists(staging).execute();
            } catch (RuntimeException e) {
                failure.addSuppressed(e);
            }
            throw failure;
        } finally {
            if (stageCreated) {
                dropStage(stage);
            }
        }
        // The new rows are in place: a staging table (now the old rows) that will not go is only a warning.
        try {
            sql.dropTableIfExists(staging).execute();
        } catch (RuntimeException e) {
            LOG.warn("asset '{}': replaced {}, but could not drop {} holding its previous rows; drop it by hand: {}",
                    asset, qualified, sql.render(staging), e.getMessage());
        }
        LOG.debug("asset '{}': replaced {} with {} rows", asset, qualified, written);
        return written;
    }

    private static String randomId() {
        return HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextLong());
    }

    private void ensureSchema() {
        if (!SnowflakeCatalog.schemaExists(sql, schema)) {
            // CREATE SCHEMA also makes it the session's current schema; every name here is qualified.
            sql.createSchemaIfNotExists(name(schema)).execute();
            LOG.info("created schema {}", schema);
        }
    }

    private void create(Name name, List<Column> columns, boolean ifNotExists) {
        CreateTableElementListStep create = ifNotExists ? sql.createTableIfNotExists(name) : sql.createTable(name);
        for (Column column : columns) {
            create = create.column(field(name(column.name()), SnowflakeTypes.dataType(column)));
        }
        create.execute();
    }

    /** Copies the rows outside the partition (those with a NULL partition column too) into the staging table. */
    private void copyOtherPartitions(Name staging, Name target, List<StoredColumn> found, TablePartition partition) {
        List<Field<?>> kept = found.stream().<Field<?>>map(c -> field(name(c.name()))).toList();
        Condition outside = PartitionConditions.of(new TableSlice(asset, schema, table, partition)).not()
                .or(field(name(partition.column())).isNull());
        int copied = sql.insertInto(table(staging)).columns(kept)
                .select(sql.select(kept).from(table(target)).where(outside))
                .execute();
        LOG.debug("asset '{}': kept {} rows of other partitions than {} of {}", asset, copied, partition.key(),
                qualified);
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
