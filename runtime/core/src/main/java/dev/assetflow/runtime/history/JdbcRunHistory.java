package dev.assetflow.runtime.history;

import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.rowNumber;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.AssetStatus;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.CheckRecord;
import dev.assetflow.runtime.CheckStatus;
import dev.assetflow.runtime.MaterializationRecord;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.PendingMaterialization;
import dev.assetflow.runtime.RunHistory;
import dev.assetflow.runtime.RunRecord;
import dev.assetflow.runtime.RunStatus;
import dev.assetflow.runtime.io.Jooq;
import dev.assetflow.runtime.io.TableCatalog;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.locks.Lock;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.DataType;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.Settings;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;

/**
 * The run history in three tables of a JDBC database, in the IO manager's default schema. All SQL,
 * including the DDL that creates the tables on first use, is rendered by jOOQ. Timestamps are UTC.
 */
public final class JdbcRunHistory implements RunHistory {

    private static final org.slf4j.Logger LOG = org.slf4j.LoggerFactory.getLogger(JdbcRunHistory.class);

    /** Opens and releases the connections the history uses. */
    public interface Connections {
        Connection open() throws SQLException;
    }

    static final String RUNS = "assetflow_runs";
    static final String MATERIALIZATIONS = "assetflow_materializations";
    static final String CHECK_RESULTS = "assetflow_check_results";
    static final String PENDING = "assetflow_pending";

    private static final Field<String> RUN_ID = field(name("run_id"), SQLDataType.VARCHAR(64).nullable(false));
    private static final Field<String> STATUS = field(name("status"), SQLDataType.VARCHAR(16).nullable(false));
    private static final Field<String> SELECTION = field(name("selection"), SQLDataType.CLOB);
    private static final Field<String> PARTITION = field(name("partition_key"), SQLDataType.VARCHAR(200));
    private static final Field<Integer> MATERIALIZED = field(name("materialized"), SQLDataType.INTEGER);
    private static final Field<Integer> FAILED = field(name("failed"), SQLDataType.INTEGER);
    private static final Field<Integer> SKIPPED = field(name("skipped"), SQLDataType.INTEGER);
    private static final Field<Long> ROWS = field(name("rows"), SQLDataType.BIGINT);
    private static final Field<String> ASSET = field(name("asset"), SQLDataType.VARCHAR(200).nullable(false));
    private static final Field<String> COLUMNS = field(name("columns"), SQLDataType.CLOB);
    private static final Field<Long> DURATION_MS = field(name("duration_ms"), SQLDataType.BIGINT);
    private static final Field<String> CODE_VERSION = field(name("code_version"), SQLDataType.VARCHAR(128));
    private static final Field<Integer> ATTEMPTS = field(name("attempts"), SQLDataType.INTEGER);
    private static final Field<String> ERROR = field(name("error"), SQLDataType.CLOB);
    private static final Field<String> CHECK = field(name("check_name"), SQLDataType.VARCHAR(200).nullable(false));
    private static final Field<Boolean> BLOCKING = field(name("blocking"), SQLDataType.BOOLEAN);
    private static final Field<String> DESCRIPTION = field(name("description"), SQLDataType.CLOB);
    private static final Field<String> METADATA = field(name("metadata"), SQLDataType.CLOB);

    private final String description;
    private final SQLDialect dialect;
    private final Settings settings;
    private final UnaryOperator<DataType<?>> ddlTypes;
    /** UTC wall-clock times, of the type {@code ddlTypes} gives (which may bind them its own way). */
    private final Field<LocalDateTime> startedAt;
    private final Field<LocalDateTime> finishedAt;
    /** The end of a running run's lease; a column added to tables created before runs had one. */
    private final Field<LocalDateTime> aliveUntil;
    private final String schema;
    private final Connections connections;
    private final Lock writeLock;
    private final UnaryOperator<String> scrub;
    private volatile boolean created;
    /** Whether {@code assetflow_runs} has the column {@code alive_until}: known once true. */
    private volatile boolean leaseColumn;

    /**
     * @param writeLock held around every write (DuckDB lets one writer in at a time), or {@code null}
     */
    public JdbcRunHistory(String description, SQLDialect dialect, String schema, Connections connections, Lock writeLock) {
        this(description, dialect, schema, connections, writeLock, UnaryOperator.identity());
    }

    /**
     * A run history that passes every error and check description through {@code scrub} before storing it,
     * so that the backend's secrets (a password that a failure message quotes) never reach the tables.
     *
     * @param writeLock held around every write (DuckDB lets one writer in at a time), or {@code null}
     * @param scrub the text to store in place of a given error or check description
     */
    public JdbcRunHistory(String description, SQLDialect dialect, String schema, Connections connections, Lock writeLock,
            UnaryOperator<String> scrub) {
        this(description, dialect, null, UnaryOperator.identity(), schema, connections, writeLock, scrub);
    }

    /**
     * A history for a database that jOOQ renders with a generic dialect, such as Snowflake.
     *
     * @param settings how jOOQ renders names (e.g. {@link RenderNameCase#UPPER} with quoted names, for a
     *     database that folds unquoted names to upper case), or {@code null} for the defaults
     * @param ddlTypes the type each column is created with, given jOOQ's (e.g. VARCHAR for CLOB where the
     *     database has no CLOB)
     * @param writeLock held around every write, or {@code null}
     * @param scrub the text to store in place of a given error or check description
     */
    public JdbcRunHistory(String description, SQLDialect dialect, Settings settings, UnaryOperator<DataType<?>> ddlTypes,
            String schema, Connections connections, Lock writeLock, UnaryOperator<String> scrub) {
        this.description = description;
        this.dialect = dialect;
        this.settings = settings;
        this.ddlTypes = ddlTypes;
        DataType<LocalDateTime> timestamps = timestampType(ddlTypes);
        this.startedAt = field(name("started_at"), timestamps);
        this.finishedAt = field(name("finished_at"), timestamps);
        this.aliveUntil = field(name("alive_until"), timestamps);
        this.schema = schema;
        this.connections = connections;
        this.writeLock = writeLock;
        this.scrub = java.util.Objects.requireNonNull(scrub, "scrub");
    }

    /**
     * The type of the time columns: what {@code ddlTypes} gives for jOOQ's {@code LOCALDATETIME} when it still
     * holds {@code LocalDateTime}s (Snowflake's binds them as text, which its driver does not shift by the JVM's
     * zone), else jOOQ's own.
     */
    @SuppressWarnings("unchecked")
    private static DataType<LocalDateTime> timestampType(UnaryOperator<DataType<?>> ddlTypes) {
        DataType<?> type = ddlTypes.apply(SQLDataType.LOCALDATETIME);
        return type.getType() == LocalDateTime.class ? (DataType<LocalDateTime>) type : SQLDataType.LOCALDATETIME;
    }

    private DSLContext dsl(Connection connection) {
        return settings == null ? Jooq.using(connection, dialect) : Jooq.using(connection, dialect, settings);
    }

    /** A table's name as the catalog stores it. */
    private String stored(String table) {
        return settings != null && settings.getRenderNameCase() == RenderNameCase.UPPER
                ? table.toUpperCase(java.util.Locale.ROOT) : table;
    }

    /** The columns as created: each with the type {@code ddlTypes} gives, keeping its nullability. */
    private List<Field<?>> ddl(Field<?>... fields) {
        return java.util.Arrays.stream(fields).<Field<?>>map(f -> field(f.getUnqualifiedName(),
                ddlTypes.apply(f.getDataType()).nullable(f.getDataType().nullable()))).toList();
    }

    private Table<Record> runs() {
        return table(name(schema, RUNS));
    }

    private Table<Record> materializationTable() {
        return table(name(schema, MATERIALIZATIONS));
    }

    private Table<Record> checkTable() {
        return table(name(schema, CHECK_RESULTS));
    }

    private Table<Record> pendingTable() {
        return table(name(schema, PENDING));
    }

    @Override
    public void recordRun(RunRecord run) {
        write("record run " + run.runId(), dsl -> {
            var update = dsl.update(runs())
                    .set(finishedAt, utc(run.finishedAt()))
                    .set(STATUS, run.status().name())
                    .set(MATERIALIZED, run.materialized())
                    .set(FAILED, run.failed())
                    .set(SKIPPED, run.skipped())
                    .set(ROWS, run.rows());
            if (leaseColumn) {
                update = update.set(aliveUntil, leaseValue(run));
            }
            int updated = update.where(RUN_ID.eq(run.runId())).execute();
            if (updated == 0) {
                List<Field<?>> columns = new java.util.ArrayList<>(List.of(RUN_ID, startedAt, finishedAt, STATUS,
                        SELECTION, PARTITION, MATERIALIZED, FAILED, SKIPPED, ROWS));
                List<Object> values = new java.util.ArrayList<>(java.util.Arrays.asList(run.runId(),
                        utc(run.startedAt()), utc(run.finishedAt()), run.status().name(), run.selection(),
                        run.partition(), run.materialized(), run.failed(), run.skipped(), run.rows()));
                if (leaseColumn) {
                    columns.add(aliveUntil);
                    values.add(leaseValue(run));
                }
                dsl.insertInto(runs(), columns).values(values).execute();
            }
        });
    }

    /** A finished run's lease is over: only a running run keeps one. */
    private static LocalDateTime leaseValue(RunRecord run) {
        return run.status() == RunStatus.RUNNING ? utc(run.aliveUntil()) : null;
    }

    /**
     * A single-row {@code UPDATE} in its own connection and transaction, without the write lock: on DuckDB a data
     * write holds that lock for its whole transaction, which may take minutes, while DuckDB itself lets this
     * update of another table commit next to that open transaction ({@code DuckDbRunLeaseTest} proves both).
     */
    @Override
    public void renewLease(String runId, Instant until) {
        if (!leaseColumn) {
            return;
        }
        try (Connection connection = connections.open()) {
            dsl(connection).update(runs()).set(aliveUntil, utc(until))
                    .where(RUN_ID.eq(runId).and(STATUS.eq(RunStatus.RUNNING.name()))).execute();
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new AssetflowException("cannot renew the lease of run " + runId + " in the run history of "
                    + description + " (table " + schema + "." + RUNS + "): " + e.getMessage(), e);
        }
    }

    @Override
    public void recordMaterialization(MaterializationRecord m) {
        write("record materialization of " + m.asset(), dsl -> insertOutcome(dsl, m));
    }

    /**
     * Inserts the outcome, then removes its pending record: a stop between the two leaves a pending record older
     * than the outcome, which staleness then ignores once the outcome is a success.
     */
    private void insertOutcome(DSLContext dsl, MaterializationRecord m) {
        dsl.insertInto(materializationTable(),
                RUN_ID, ASSET, PARTITION, STATUS, ROWS, COLUMNS, DURATION_MS, CODE_VERSION, ATTEMPTS, ERROR,
                finishedAt)
                .values(m.runId(), m.asset(), m.partition(), m.status().name(), m.rows(), m.columns(),
                        m.durationMillis(), m.codeVersion(), m.attempts(), scrubbed(m.error()), utc(m.finishedAt()))
                .execute();
        dsl.deleteFrom(pendingTable()).where(RUN_ID.eq(m.runId()), ASSET.eq(m.asset()),
                m.partition() == null ? PARTITION.isNull() : PARTITION.eq(m.partition())).execute();
    }

    /**
     * Records the outcome in the caller's open transaction. Its tables exist by then: the pending record, written
     * first, created them; if they were not created by this instance, nothing is written here and the engine
     * records the outcome after the commit.
     */
    @Override
    public boolean recordMaterialization(Connection connection, MaterializationRecord m) throws SQLException {
        if (!created) {
            return false;
        }
        try {
            insertOutcome(dsl(connection), m);
            return true;
        } catch (org.jooq.exception.DataAccessException e) {
            throw new SQLException("cannot record the materialization of " + m.asset() + " in the run history of "
                    + description + " (table " + schema + "." + MATERIALIZATIONS + "), in the write's transaction: "
                    + e.getMessage(), e.sqlState(), e);
        }
    }

    /**
     * Inserts the pending record. Once the tables exist, without the write lock: on DuckDB a data write holds
     * that lock for its whole transaction, and an asset must not wait for another asset's write to end before it
     * may start computing; DuckDB lets this one-row insert into another table commit next to that transaction.
     */
    @Override
    public void recordPending(PendingMaterialization p) {
        String what = "record the start of the materialization of " + p.asset();
        Write insert = dsl -> dsl.insertInto(pendingTable(), RUN_ID, ASSET, PARTITION, CODE_VERSION, startedAt)
                .values(p.runId(), p.asset(), p.partition(), p.codeVersion(), utc(p.startedAt()))
                .execute();
        if (!created) {
            write(what, insert);
            return;
        }
        try (Connection connection = connections.open()) {
            insert.run(dsl(connection));
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw failure(what, e);
        }
    }

    @Override
    public List<PendingMaterialization> pendingMaterializations() {
        return read(dsl -> {
            if (!created && TableCatalog.columns(dsl, schema, stored(PENDING)).isEmpty()) {
                return List.of();
            }
            return dsl.select(RUN_ID, ASSET, PARTITION, CODE_VERSION, startedAt).from(pendingTable())
                    .orderBy(startedAt.asc()).fetch()
                    .map(r -> new PendingMaterialization(r.get(RUN_ID), r.get(ASSET), r.get(PARTITION),
                            r.get(CODE_VERSION), instant(r.get(startedAt))));
        });
    }

    @Override
    public void recordCheck(CheckRecord c) {
        write("record check " + c.check() + " of " + c.asset(), dsl -> dsl.insertInto(checkTable(),
                RUN_ID, ASSET, CHECK, PARTITION, STATUS, BLOCKING, DESCRIPTION, METADATA, finishedAt)
                .values(c.runId(), c.asset(), c.check(), c.partition(), c.status().name(), c.blocking(),
                        scrubbed(c.description()), c.metadata(), utc(c.finishedAt()))
                .execute());
    }

    private String scrubbed(String text) {
        return text == null ? null : scrub.apply(text);
    }

    @Override
    public List<RunRecord> runs(int limit) {
        return runs(DSL.noCondition(), limit);
    }

    /**
     * The runs as read now: a running run whose lease ended reads {@link RunStatus#ABANDONED}; one recorded before
     * runs had a lease (no {@code alive_until}) counts as leased for {@link Materializer#DEFAULT_RUN_LEASE} from
     * its start. Nothing is written.
     */
    private List<RunRecord> runs(Condition where, int limit) {
        return read(dsl -> {
            boolean leased = hasLeaseColumn(dsl);
            List<Field<?>> columns = new java.util.ArrayList<>(List.of(RUN_ID, startedAt, finishedAt, STATUS,
                    SELECTION, PARTITION, MATERIALIZED, FAILED, SKIPPED, ROWS));
            if (leased) {
                columns.add(aliveUntil);
            }
            Instant now = Instant.now();
            return dsl.select(columns).from(runs()).where(where).orderBy(startedAt.desc()).limit(limit).fetch()
                    .map(r -> {
                        RunStatus status = RunStatus.valueOf(r.get(STATUS));
                        Instant started = instant(r.get(startedAt));
                        Instant until = leased ? instant(r.get(aliveUntil)) : null;
                        if (until == null && status == RunStatus.RUNNING) {
                            until = started.plus(Materializer.DEFAULT_RUN_LEASE);
                        }
                        return new RunRecord(r.get(RUN_ID), started, instant(r.get(finishedAt)), status,
                                r.get(SELECTION), r.get(PARTITION), zeroIfNull(r.get(MATERIALIZED)),
                                zeroIfNull(r.get(FAILED)), zeroIfNull(r.get(SKIPPED)),
                                r.get(ROWS) == null ? 0 : r.get(ROWS), until).readAt(now);
                    });
        });
    }

    /** Whether {@code assetflow_runs} has the lease column; looked up until it has (a column never goes away). */
    private boolean hasLeaseColumn(DSLContext dsl) {
        if (!leaseColumn) {
            leaseColumn = TableCatalog.columns(dsl, schema, stored(RUNS)).stream()
                    .anyMatch(c -> c.name().equalsIgnoreCase(aliveUntil.getName()));
        }
        return leaseColumn;
    }

    @Override
    public List<MaterializationRecord> materializations(String asset, int limit) {
        Condition condition = asset == null ? DSL.noCondition() : ASSET.eq(asset);
        return read(dsl -> dsl.select(materializationFields()).from(materializationTable()).where(condition)
                .orderBy(finishedAt.desc()).limit(limit).fetch().map(this::materialization));
    }

    @Override
    public List<CheckRecord> checks(String asset, int limit) {
        return checks(asset == null ? DSL.noCondition() : ASSET.eq(asset), finishedAt.desc(), limit);
    }

    private List<CheckRecord> checks(Condition condition, org.jooq.SortField<?> order, int limit) {
        return read(dsl -> dsl.select(RUN_ID, ASSET, CHECK, PARTITION, STATUS, BLOCKING, DESCRIPTION, METADATA,
                finishedAt).from(checkTable()).where(condition).orderBy(order).limit(limit).fetch()
                .map(r -> new CheckRecord(r.get(RUN_ID), r.get(ASSET), r.get(CHECK), r.get(PARTITION),
                        CheckStatus.valueOf(r.get(STATUS)), Boolean.TRUE.equals(r.get(BLOCKING)),
                        r.get(DESCRIPTION), r.get(METADATA), instant(r.get(finishedAt)))));
    }

    @Override
    public List<MaterializationRecord> latestSuccesses() {
        return latest(STATUS.eq(AssetStatus.MATERIALIZED.name()), ASSET, PARTITION);
    }

    @Override
    public List<MaterializationRecord> latestMaterializations() {
        return latest(DSL.noCondition(), ASSET);
    }

    @Override
    public Optional<RunRecord> run(String runId) {
        return runs(RUN_ID.eq(runId), 1).stream().findFirst();
    }

    @Override
    public List<MaterializationRecord> materializationsOfRun(String runId) {
        return read(dsl -> dsl.select(materializationFields()).from(materializationTable())
                .where(RUN_ID.eq(runId)).orderBy(finishedAt.asc()).fetch().map(this::materialization));
    }

    @Override
    public List<CheckRecord> checksOfRun(String runId) {
        return checks(RUN_ID.eq(runId), finishedAt.asc(), Integer.MAX_VALUE);
    }

    /** Of the materializations matching {@code where}, the newest of each group of {@code partitionBy}. */
    private List<MaterializationRecord> latest(Condition where, Field<?>... partitionBy) {
        Field<Integer> rank = rowNumber().over().partitionBy(partitionBy).orderBy(finishedAt.desc()).as("rank_");
        return read(dsl -> {
            var ranked = dsl.select(materializationFields()).select(rank).from(materializationTable())
                    .where(where).asTable("ranked");
            return dsl.select(materializationFields().stream().map(f -> ranked.field(f)).toList())
                    .from(ranked).where(ranked.field(rank).eq(1)).fetch()
                    .map(r -> materialization(r.into(materializationFields().toArray(Field[]::new))));
        });
    }

    private List<Field<?>> materializationFields() {
        return List.of(RUN_ID, ASSET, PARTITION, STATUS, ROWS, COLUMNS, DURATION_MS, CODE_VERSION, ATTEMPTS, ERROR,
                finishedAt);
    }

    private MaterializationRecord materialization(Record r) {
        return new MaterializationRecord(r.get(RUN_ID), r.get(ASSET), r.get(PARTITION),
                AssetStatus.valueOf(r.get(STATUS)), r.get(ROWS) == null ? 0 : r.get(ROWS), r.get(COLUMNS),
                r.get(DURATION_MS) == null ? 0 : r.get(DURATION_MS), r.get(CODE_VERSION),
                zeroIfNull(r.get(ATTEMPTS)), r.get(ERROR), instant(r.get(finishedAt)));
    }

    private interface Work<T> {
        T run(DSLContext dsl);
    }

    private interface Write {
        void run(DSLContext dsl);
    }

    private void write(String what, Write work) {
        if (writeLock != null) {
            writeLock.lock();
        }
        try (Connection connection = connections.open()) {
            DSLContext dsl = dsl(connection);
            ensureTables(dsl);
            work.run(dsl);
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw failure(what, e);
        } finally {
            if (writeLock != null) {
                writeLock.unlock();
            }
        }
    }

    private AssetflowException failure(String what, Exception e) {
        return new AssetflowException("cannot " + what + " in the run history of " + description + " (tables "
                + schema + "." + RUNS + ", " + schema + "." + MATERIALIZATIONS + ", " + schema + "." + PENDING + "): "
                + e.getMessage(), e);
    }

    private <T> List<T> read(Work<List<T>> work) {
        try (Connection connection = connections.open()) {
            DSLContext dsl = dsl(connection);
            if (!created && TableCatalog.columns(dsl, schema, stored(RUNS)).isEmpty()) {
                return List.of();
            }
            return work.run(dsl);
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new AssetflowException("cannot read the run history of " + description + ": " + e.getMessage(), e);
        }
    }

    /**
     * Creates the tables once per instance. Concurrent {@code CREATE ... IF NOT EXISTS} from another process
     * can still fail on PostgreSQL with a duplicate-object error, which then means the tables exist.
     */
    private synchronized void ensureTables(DSLContext dsl) {
        if (created) {
            return;
        }
        try {
            createTables(dsl);
        } catch (org.jooq.exception.DataAccessException e) {
            if (TableCatalog.columns(dsl, schema, stored(PENDING)).isEmpty()) {
                throw e;
            }
        }
        addLeaseColumn(dsl);
        created = true;
    }

    /**
     * Adds {@code alive_until} to a runs table created before runs had a lease. Where that is refused (a table
     * owned by another role), runs are recorded without a lease, as before, and a warning says so.
     */
    private void addLeaseColumn(DSLContext dsl) {
        if (hasLeaseColumn(dsl)) {
            return;
        }
        try {
            dsl.alterTable(runs()).addColumnIfNotExists(ddl(aliveUntil).get(0)).execute();
            leaseColumn = true;
        } catch (org.jooq.exception.DataAccessException e) {
            if (!hasLeaseColumn(dsl)) {
                LOG.warn("cannot add the column alive_until to {}.{} in {}: {}. Runs are recorded without a lease:"
                        + " a running run reads ABANDONED {} after it started.", schema, RUNS, description,
                        e.getMessage(), Materializer.DEFAULT_RUN_LEASE);
            }
        }
    }

    private void createTables(DSLContext dsl) {
        dsl.createSchemaIfNotExists(name(schema)).execute();
        dsl.createTableIfNotExists(runs()).columns(ddl(RUN_ID, startedAt, finishedAt, STATUS, SELECTION, PARTITION,
                MATERIALIZED, FAILED, SKIPPED, ROWS, aliveUntil)).execute();
        dsl.createTableIfNotExists(materializationTable()).columns(ddl(RUN_ID, ASSET, PARTITION, STATUS, ROWS, COLUMNS,
                DURATION_MS, CODE_VERSION, ATTEMPTS, ERROR, finishedAt)).execute();
        dsl.createTableIfNotExists(checkTable()).columns(ddl(RUN_ID, ASSET, CHECK, PARTITION, STATUS, BLOCKING,
                DESCRIPTION, METADATA, finishedAt)).execute();
        dsl.createTableIfNotExists(pendingTable()).columns(ddl(RUN_ID, ASSET, PARTITION, CODE_VERSION, startedAt))
                .execute();
    }

    private static LocalDateTime utc(Instant instant) {
        return instant == null ? null : LocalDateTime.ofInstant(instant, ZoneOffset.UTC);
    }

    private static Instant instant(LocalDateTime utc) {
        return utc == null ? null : utc.toInstant(ZoneOffset.UTC);
    }

    private static int zeroIfNull(Integer value) {
        return value == null ? 0 : value;
    }

    @Override
    public String toString() {
        return "the run history in " + description;
    }
}
