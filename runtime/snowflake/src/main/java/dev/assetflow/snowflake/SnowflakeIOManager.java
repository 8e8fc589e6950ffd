package dev.assetflow.snowflake;

import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.RunHistory;
import dev.assetflow.runtime.RunHistoryProvider;
import dev.assetflow.runtime.history.JdbcRunHistory;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.IOManagers;
import dev.assetflow.runtime.io.JdbcRowSource;
import dev.assetflow.runtime.io.JdbcRowStream;
import dev.assetflow.runtime.io.Jooq;
import dev.assetflow.runtime.io.PartitionConditions;
import dev.assetflow.runtime.io.ReadableTypes;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.SqlIOManager;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.TablePartition;
import dev.assetflow.runtime.io.TableSlice;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.conf.RenderNameCase;
import org.jooq.conf.RenderQuotedNames;
import org.jooq.conf.Settings;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores assets as Snowflake tables, configured like Dagster's {@code SnowflakeIOManager}.
 *
 * <p><b>Names.</b> Tables, columns and schemas are upper-cased ({@code raw_sales_data.owner} is
 * {@code RAW_SALES_DATA.OWNER}) and always quoted, so users query them unquoted as Snowflake users expect.
 * jOOQ's open-source edition has no Snowflake dialect: SQL is rendered with {@code SQLDialect.DEFAULT},
 * {@link RenderQuotedNames#ALWAYS} and Snowflake's type names (NUMBER(p, 0) for integers, FLOAT, NUMBER(p, s),
 * VARCHAR, VARCHAR(36) for UUIDs, DATE, TIME, TIMESTAMP_NTZ, TIMESTAMP_TZ, BINARY, BOOLEAN).
 *
 * <p><b>Writes</b> never insert row by row: rows are streamed as gzipped CSV files to a temporary stage
 * ({@code uploadStream}) and loaded with {@code COPY INTO} into a temporary staging table; then, in one
 * transaction, the partition's rows (or all rows) are deleted and the staging table's inserted. Readers
 * see the old rows or the new rows, and writers of other partitions of the same table, in this JVM or in
 * other processes, never revert each other (Snowflake's DELETE locks the table until the COMMIT); see
 * {@link SnowflakeTableWriter}. A failure at any point leaves the table as it was. A {@link SchemaPolicy}
 * says what happens when the table has other columns: ADD_COLUMNS adds them first, REPLACE swaps in a new
 * table ({@code ALTER TABLE ... SWAP WITH}; refused for one partition, which would drop the others), which
 * exchanges the tables' grants too: grant on the schema with {@code FUTURE TABLES}, or re-grant after such a
 * write.
 *
 * <p><b>Reads</b> select exactly the reading row type's columns (and a partition's rows) after checking
 * them in {@code INFORMATION_SCHEMA}; the stream holds a session until closed.
 *
 * <p><b>Secrets</b> (password, private key passphrase, secret URL parameters) never appear in
 * {@link #toString()}, logs or exception messages, including the driver's.
 *
 * <pre>{@code
 * try (SnowflakeIOManager io = SnowflakeIOManager.builder()
 *         .account("xy12345.eu-central-1").user("ETL").privateKeyFile(Path.of("rsa_key.p8"))
 *         .privateKeyPassphrase(System.getenv("KEY_PASSPHRASE"))
 *         .warehouse("COMPUTE_WH").database("ANALYTICS").schema("SALES").role("TRANSFORMER").build()) {
 *     ...
 * }
 * }</pre>
 *
 * Or {@link #fromEnvironment()}, with the {@code SNOWFLAKE_*} variables; a pipeline uses it when
 * {@code ASSETFLOW_URL} is {@code snowflake} (see {@link IOManagers#fromUrl}).
 */
public final class SnowflakeIOManager implements SqlIOManager, RunHistoryProvider {

    /** The schema of assets that name none, unless configured. */
    public static final String DEFAULT_SCHEMA = "PUBLIC";
    /** The most sessions open at once, unless configured. */
    public static final int DEFAULT_POOL_SIZE = 8;
    /** How old a left-behind staging table must be before it is dropped, unless configured: 24 hours. */
    public static final Duration DEFAULT_STALE_STAGING_AGE = Duration.ofHours(24);
    /** Bytes of uncompressed CSV per stage file, unless configured: 64 MiB. */
    public static final long DEFAULT_STAGE_FILE_SIZE = 64L * 1024 * 1024;
    /**
     * How long one login may take, its retries included, unless configured: 30 s (the driver's own default,
     * its {@code loginTimeout}, is 300 s).
     */
    public static final Duration DEFAULT_LOGIN_TIMEOUT = Duration.ofSeconds(30);
    /**
     * How often the login of {@link #checkAvailable()} is retried after a network error, unless configured:
     * once (the driver's own default, its {@code maxHttpRetries}, is 7, which keeps a refused connection
     * retrying for about 10 s).
     */
    public static final int DEFAULT_AVAILABILITY_CHECK_RETRIES = 1;

    private static final Logger LOG = LoggerFactory.getLogger(SnowflakeIOManager.class);
    private static final Pattern URL_DATABASE = Pattern.compile("(?i)[?&]db=([^&]+)");
    private static final Pattern URL_SCHEMA = Pattern.compile("(?i)[?&]schema=([^&]+)");

    private final SnowflakeSettings settings;
    private final String defaultSchema;
    private final SchemaPolicy schemaPolicy;
    private final long stageFileSize;
    private final SnowflakeConnections sessions;
    private final JdbcRunHistory history;
    private final Duration staleStagingAge;
    private final Map<String, Boolean> sweptSchemas = new java.util.concurrent.ConcurrentHashMap<>();
    private final int availabilityCheckRetries;

    private SnowflakeIOManager(Builder builder, SnowflakeSettings settings) {
        this.settings = settings;
        this.availabilityCheckRetries = builder.availabilityCheckRetries;
        this.defaultSchema = upper(builder.schema == null ? DEFAULT_SCHEMA : builder.schema);
        this.schemaPolicy = builder.schemaPolicy;
        this.stageFileSize = builder.stageFileSize;
        this.staleStagingAge = builder.staleStagingAge;
        this.sessions = new SnowflakeConnections(settings, builder.poolSize, builder.connectionTimeout);
        this.history = new JdbcRunHistory("Snowflake at " + settings.describe(), SQLDialect.DEFAULT,
                new Settings().withRenderQuotedNames(RenderQuotedNames.ALWAYS).withRenderNameCase(RenderNameCase.UPPER),
                SnowflakeTypes::historyType, defaultSchema, this::historySession, null, settings::scrub);
    }

    /**
     * The run history in the tables {@code ASSETFLOW_RUNS}, {@code ASSETFLOW_MATERIALIZATIONS} and
     * {@code ASSETFLOW_CHECK_RESULTS} of the default schema, created on first write: a new process sees
     * the runs and materializations of earlier ones (staleness, resumed backfills, {@code history}).
     */
    @Override
    public RunHistory runHistory() {
        return history;
    }

    /**
     * Logs in once, on a session of its own, and runs {@code select 1}, so that a Snowflake that cannot be
     * used fails once, before any asset runs, with the driver's or the server's reason: a refused connection
     * or an unknown host, a wrong password or user, a database, warehouse or role that does not exist or
     * that the role may not use. The login asks Snowflake to validate the database and warehouse
     * (snowflake-jdbc's {@code validateDefaultParameters}), which it otherwise accepts silently, leaving a
     * session without a database. The default schema is not asked for: this IO manager creates it on its
     * first write, so a schema that does not exist yet is not an error (read-only commands then find no
     * tables and no runs). A network error is retried {@link Builder#availabilityCheckRetries} times, and the
     * login gives up after {@link Builder#loginTimeout}.
     *
     * @throws StorageException naming the URL, user, database, schema, warehouse and role (never a password or
     *     key) and the reason
     */
    @Override
    public void checkAvailable() {
        Properties properties = settings.connectionProperties();
        properties.setProperty("validateDefaultParameters", "true");
        if (settings.property("maxHttpRetries") == null) {
            properties.setProperty("maxHttpRetries", Integer.toString(availabilityCheckRetries));
        }
        // The URL's schema parameter names this IO manager's default schema, which may not exist yet.
        try (Connection connection = DriverManager.getConnection(settings.jdbcUrlWithout("schema"), properties);
                Statement statement = connection.createStatement()) {
            statement.execute("select 1");
            LOG.debug("Snowflake at {} is available", where());
        } catch (SQLException | RuntimeException e) {
            throw failure("cannot use Snowflake at " + where(), e);
        }
    }

    /** How sessions are opened. */
    SnowflakeSettings settings() {
        return settings;
    }

    /** The URL, user, database, default schema, warehouse and role, without secrets. */
    private String where() {
        String warehouse = settings.property("warehouse");
        String role = settings.property("role");
        return settings.describe() + ", schema " + defaultSchema + (warehouse == null ? "" : ", warehouse " + warehouse)
                + (role == null ? "" : ", role " + role);
    }

    /** A pooled session for the history, given back to the pool (not closed) when the history closes it. */
    private Connection historySession() throws SQLException {
        Connection session = sessions.acquire();
        java.util.concurrent.atomic.AtomicBoolean released = new java.util.concurrent.atomic.AtomicBoolean();
        return (Connection) Proxy.newProxyInstance(Connection.class.getClassLoader(), new Class<?>[] {Connection.class},
                (proxy, method, arguments) -> {
                    if (method.getParameterCount() == 0 && method.getName().equals("close")) {
                        if (released.compareAndSet(false, true)) {
                            sessions.release(session, true);
                        }
                        return null;
                    }
                    if (method.getParameterCount() == 0 && method.getName().equals("isClosed")) {
                        return released.get() || session.isClosed();
                    }
                    try {
                        return method.invoke(session, arguments);
                    } catch (InvocationTargetException e) {
                        throw e.getCause();
                    }
                });
    }

    /** Starts configuring an IO manager in code. */
    public static Builder builder() {
        return new Builder();
    }

    /**
     * An IO manager configured by the environment variables {@code SNOWFLAKE_ACCOUNT}, {@code SNOWFLAKE_USER},
     * {@code SNOWFLAKE_PASSWORD} or {@code SNOWFLAKE_PRIVATE_KEY_FILE} (with
     * {@code SNOWFLAKE_PRIVATE_KEY_PASSPHRASE}), {@code SNOWFLAKE_DATABASE}, and optionally
     * {@code SNOWFLAKE_WAREHOUSE}, {@code SNOWFLAKE_SCHEMA}, {@code SNOWFLAKE_ROLE} and {@code SNOWFLAKE_URL}
     * (a JDBC URL used instead of the account's).
     *
     * @throws StorageException listing every missing variable
     */
    public static SnowflakeIOManager fromEnvironment() {
        return builderFromEnvironment(System.getenv()).build();
    }

    /**
     * An IO manager for a {@code jdbc:snowflake://...} URL, with the credentials (and the database and
     * schema, unless the URL's {@code db} and {@code schema} parameters name them) from the
     * {@code SNOWFLAKE_*} environment variables of {@link #fromEnvironment()}.
     */
    public static SnowflakeIOManager fromUrl(String jdbcUrl) {
        return builderFromEnvironment(System.getenv()).url(jdbcUrl).build();
    }

    /** A builder holding what {@code environment} says; {@link Builder#build()} checks it is enough. */
    static Builder builderFromEnvironment(Map<String, String> environment) {
        Builder builder = new Builder();
        builder.fromEnvironment = true;
        builder.account = value(environment, "SNOWFLAKE_ACCOUNT");
        builder.user = value(environment, "SNOWFLAKE_USER");
        builder.password = value(environment, "SNOWFLAKE_PASSWORD");
        builder.privateKeyFile = value(environment, "SNOWFLAKE_PRIVATE_KEY_FILE");
        builder.privateKeyPassphrase = value(environment, "SNOWFLAKE_PRIVATE_KEY_PASSPHRASE");
        builder.warehouse = value(environment, "SNOWFLAKE_WAREHOUSE");
        builder.database = value(environment, "SNOWFLAKE_DATABASE");
        builder.schema = value(environment, "SNOWFLAKE_SCHEMA");
        builder.role = value(environment, "SNOWFLAKE_ROLE");
        builder.url = value(environment, "SNOWFLAKE_URL");
        return builder;
    }

    private static String value(Map<String, String> environment, String name) {
        String value = environment.get(name);
        return value == null || value.isBlank() ? null : value.strip();
    }

    /** The schema of assets that name none, upper-cased. */
    public String defaultSchema() {
        return defaultSchema;
    }

    @Override
    public <R> long write(TableSlice slice, RowType<R> rowType, Stream<? extends R> rows) {
        Objects.requireNonNull(rows, "rows");
        List<Column> columns = upper(rowType.columns());
        TablePartition partition = slice.partition() == null ? null : upper(slice.partition());
        return replace(slice, "", writer -> writer.replace(rowType, columns, partition, rows));
    }

    /** What a write does with its table's writer; returns the number of rows written. */
    @FunctionalInterface
    private interface WriterCall {
        long replace(SnowflakeTableWriter writer) throws SQLException;
    }

    /**
     * Runs {@code call} with a writer of the slice's table on a session of its own; after a failure, the session is
     * not handed out again and the exception names the asset and the table ({@code how} says how it was written).
     */
    private long replace(TableSlice slice, String how, WriterCall call) {
        String schema = schemaOf(slice);
        String table = upper(slice.table());
        String qualified = schema + "." + table;
        Connection connection = acquire(slice.asset(), qualified);
        boolean reusable = false;
        try {
            sweepOnce(connection, schema);
            long written = call.replace(new SnowflakeTableWriter(connection, sessions, slice.asset(), schema, table,
                    slice.schemaPolicyOr(schemaPolicy), stageFileSize, slice.beforeCommit()));
            reusable = true;
            return written;
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw failure("asset '" + slice.asset() + "': writing table " + qualified + how
                    + " failed; the table keeps its previous rows", e);
        } finally {
            // After a failure the session may be gone or in a transaction: never hand it out again.
            sessions.release(connection, reusable);
        }
    }

    /** The account and database, such as {@code Snowflake at jdbc:snowflake://xy12345... as ETL, database ANALYTICS}. */
    @Override
    public String database() {
        return "Snowflake at " + settings.describe();
    }

    /** The upper-cased, schema-qualified name, as this IO manager names the slice's table. */
    @Override
    public org.jooq.Name tableName(TableSlice slice) {
        return name(schemaOf(slice), upper(slice.table()));
    }

    /**
     * Replaces the slice's rows with the query's inside Snowflake: {@code INSERT INTO} a temporary staging table
     * {@code SELECT ...}, then, in one transaction, {@code DELETE} the partition's rows (all rows for a whole
     * table) and {@code INSERT ... SELECT} the staging table's, as {@link #write} does with loaded rows; under
     * {@link SchemaPolicy#REPLACE} of changed columns, a permanent staging table swapped in. The query is
     * rendered with {@code SQLDialect.DEFAULT} and upper-cased names.
     */
    @Override
    public long writeQuery(TableSlice slice, RowType<?> rowType, org.jooq.Select<?> query) {
        Objects.requireNonNull(query, "query");
        List<Column> columns = upper(rowType.columns());
        TablePartition partition = slice.partition() == null ? null : upper(slice.partition());
        return replace(slice, " from its query", writer -> writer.replaceWithQuery(columns, partition, query));
    }

    @Override
    public long count(org.jooq.Select<?> query) {
        Connection connection;
        try {
            connection = sessions.acquire();
        } catch (SQLException | RuntimeException e) {
            throw failure("cannot connect to " + database() + " to count the rows of a query", e);
        }
        boolean reusable = false;
        try {
            DSLContext sql = SnowflakeTableWriter.dslForQueries(connection);
            long count = sql.fetchOne(Jooq.countQuery(sql, query)).value1();
            reusable = true;
            return count;
        } catch (org.jooq.exception.DataAccessException e) {
            throw failure("counting the rows of a query in " + database() + " failed", e);
        } finally {
            sessions.release(connection, reusable);
        }
    }

    /**
     * The {@code INSERT INTO <table> (columns) SELECT ...} of a SQL asset's write, values inlined. The write sends
     * this {@code SELECT} into a staging table, whose rows then replace the table's (see {@link #writeQuery}).
     */
    @Override
    public String render(TableSlice slice, RowType<?> rowType, org.jooq.Select<?> query) {
        DSLContext sql = org.jooq.impl.DSL.using(SQLDialect.DEFAULT, new Settings().withExecuteLogging(false)
                .withRenderQuotedNames(RenderQuotedNames.ALWAYS).withRenderNameCase(RenderNameCase.UPPER));
        return sql.renderInlined(Jooq.insertQuery(sql, tableName(slice), upper(rowType.columns()), query));
    }

    /**
     * On the first write into a schema, drops the staging tables that writes killed more than
     * {@link Builder#staleStagingTableAge} ago left behind; a failure to do so is only logged.
     */
    private void sweepOnce(Connection connection, String schema) {
        if (sweptSchemas.putIfAbsent(schema, Boolean.TRUE) != null) {
            return;
        }
        try {
            SnowflakeTableWriter.sweepStaleStagingTables(SnowflakeTableWriter.dsl(connection), schema, staleStagingAge);
        } catch (RuntimeException e) {
            LOG.warn("could not look for staging tables left behind in schema {}: {}", schema,
                    settings.scrub(String.valueOf(e.getMessage())));
        }
    }

    /** Partitions are honoured: a partition write replaces only that partition's rows, through the swap. */
    @Override
    public boolean supportsPartitions() {
        return true;
    }

    @Override
    public <T> Stream<T> read(TableSlice slice, RowType<T> rowType) {
        String schema = schemaOf(slice);
        String table = upper(slice.table());
        String qualified = schema + "." + table;
        List<Column> columns = upper(rowType.columns());
        Connection connection = acquire(slice.asset(), qualified);
        Statement statement = null;
        try {
            DSLContext sql = dsl(connection);
            checkReadable(sql, slice.asset(), schema, table, columns, rowType.javaType());
            List<Field<?>> fields = columns.stream().<Field<?>>map(SnowflakeRowSource::select).toList();
            TableSlice upperSlice = new TableSlice(slice.asset(), schema, table,
                    slice.partition() == null ? null : upper(slice.partition()));
            String select = sql.renderInlined(sql.select(fields).from(table(name(schema, table)))
                    .where(PartitionConditions.of(upperSlice)));
            statement = connection.createStatement();
            ResultSet resultSet = statement.executeQuery(select);
            JdbcRowSource source = new SnowflakeRowSource(slice.asset(), qualified, columns, resultSet);
            return JdbcRowStream.of(slice.asset(), qualified, source, rowType.reader(), resultSet, statement,
                    () -> sessions.release(connection, true));
        } catch (SQLException | RuntimeException e) {
            if (statement != null) {
                try {
                    statement.close();
                } catch (SQLException suppressed) {
                    e.addSuppressed(suppressed);
                }
            }
            sessions.release(connection, true);
            if (e instanceof StorageException known) {
                throw known;
            }
            throw failure("reading asset '" + slice.asset() + "' from table " + qualified + " failed", e);
        }
    }

    private static void checkReadable(DSLContext sql, String asset, String schema, String table,
            List<Column> columns, String javaType) {
        ReadableTypes.require(asset, schema + "." + table, SnowflakeCatalog.columns(sql, schema, table), columns,
                javaType, SnowflakeTypes::readableAs);
    }

    private static DSLContext dsl(Connection connection) {
        return SnowflakeTableWriter.dsl(connection);
    }

    private Connection acquire(String asset, String table) {
        try {
            return sessions.acquire();
        } catch (SQLException | RuntimeException e) {
            throw failure("asset '" + asset + "': cannot connect to Snowflake at " + settings.describe()
                    + " for table " + table, e);
        }
    }

    /** An exception whose message and causes show no secret. */
    private StorageException failure(String message, Exception cause) {
        return new StorageException(settings.scrub(message + ": " + cause.getMessage()),
                SnowflakeSecrets.withoutSecrets(cause, settings));
    }

    private String schemaOf(TableSlice slice) {
        return slice.schemaName().map(SnowflakeIOManager::upper).orElse(defaultSchema);
    }

    static String upper(String name) {
        return name.toUpperCase(Locale.ROOT);
    }

    private static List<Column> upper(List<Column> columns) {
        List<Column> named = new ArrayList<>(columns.size());
        for (Column column : columns) {
            named.add(new Column(upper(column.name()), column.type(), column.nullable(), column.precision(),
                    column.scale()));
        }
        return named;
    }

    private static TablePartition upper(TablePartition partition) {
        return new TablePartition(partition.key(), upper(partition.column()), partition.value(), partition.lower(),
                partition.upper());
    }

    /** Closes the idle sessions; sessions held by open read streams close when those streams close. */
    @Override
    public void close() {
        sessions.close();
    }

    @Override
    public String toString() {
        return "SnowflakeIOManager[" + settings.describe() + ", schema " + defaultSchema + "]";
    }

    /**
     * Configures a {@link SnowflakeIOManager}: where (account or URL, database, schema, warehouse, role),
     * who (user with a password or a private key file), and how (schema policy, pool size, stage file size).
     */
    public static final class Builder {
        private boolean fromEnvironment;
        private String account;
        private String user;
        private String password;
        private String privateKeyFile;
        private String privateKeyPassphrase;
        private String warehouse;
        private String database;
        private String schema;
        private String role;
        private String url;
        private final Map<String, String> properties = new LinkedHashMap<>();
        private SchemaPolicy schemaPolicy = SchemaPolicy.FAIL;
        private int poolSize = DEFAULT_POOL_SIZE;
        private long stageFileSize = DEFAULT_STAGE_FILE_SIZE;
        private Duration connectionTimeout = Duration.ofSeconds(60);
        private Duration staleStagingAge = DEFAULT_STALE_STAGING_AGE;
        private Duration loginTimeout = DEFAULT_LOGIN_TIMEOUT;
        private int availabilityCheckRetries = DEFAULT_AVAILABILITY_CHECK_RETRIES;

        private Builder() {
        }

        /** The account identifier, e.g. {@code xy12345.eu-central-1} or {@code myorg-myaccount}. */
        public Builder account(String account) {
            this.account = account;
            return this;
        }

        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** The password; never logged or shown. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /** A PKCS#8 PEM private key file for key-pair authentication, instead of a password. */
        public Builder privateKeyFile(Path file) {
            this.privateKeyFile = file.toString();
            return this;
        }

        /** The passphrase of an encrypted {@link #privateKeyFile}; never logged or shown. */
        public Builder privateKeyPassphrase(String passphrase) {
            this.privateKeyPassphrase = passphrase;
            return this;
        }

        public Builder warehouse(String warehouse) {
            this.warehouse = warehouse;
            return this;
        }

        /** The database the tables live in (required). */
        public Builder database(String database) {
            this.database = database;
            return this;
        }

        /** The schema of assets that name none; {@value SnowflakeIOManager#DEFAULT_SCHEMA} by default. */
        public Builder schema(String schema) {
            this.schema = schema;
            return this;
        }

        public Builder role(String role) {
            this.role = role;
            return this;
        }

        /**
         * A snowflake-jdbc URL used instead of the account's ({@code jdbc:snowflake://host:port/?...}), e.g.
         * for a proxy, a private link or a test server.
         */
        public Builder url(String jdbcUrl) {
            if (jdbcUrl != null && !jdbcUrl.startsWith("jdbc:snowflake:")) {
                throw new IllegalArgumentException("not a Snowflake JDBC URL (jdbc:snowflake://...)");
            }
            this.url = jdbcUrl;
            return this;
        }

        /**
         * An extra connection property of the driver (e.g. {@code authenticator}, {@code token},
         * {@code queryTimeout}); the settings above override properties of the same name.
         */
        public Builder property(String key, String value) {
            properties.put(Objects.requireNonNull(key, "key"), Objects.requireNonNull(value, "value"));
            return this;
        }

        /** What a write does when the table has other columns; {@link SchemaPolicy#FAIL} by default. */
        public Builder schemaPolicy(SchemaPolicy policy) {
            this.schemaPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * The most sessions open at once; {@value SnowflakeIOManager#DEFAULT_POOL_SIZE} by default. Each
         * write and each open read stream holds one.
         */
        public Builder poolSize(int size) {
            if (size < 1) {
                throw new IllegalArgumentException("the pool size must be at least 1, not " + size);
            }
            this.poolSize = size;
            return this;
        }

        /** How long a write or read waits for a free session when all are busy; 60 s by default. */
        public Builder connectionTimeout(Duration timeout) {
            this.connectionTimeout = Objects.requireNonNull(timeout, "timeout");
            return this;
        }

        /**
         * How long one login may take, its retries after network errors included (snowflake-jdbc's
         * {@code loginTimeout}, whole seconds); 30 s ({@link SnowflakeIOManager#DEFAULT_LOGIN_TIMEOUT}) by default, where the driver
         * waits 300 s. Every session this IO manager opens, and {@link SnowflakeIOManager#checkAvailable()}'s,
         * uses it. A {@link #property} {@code loginTimeout} set explicitly wins.
         */
        public Builder loginTimeout(Duration timeout) {
            if (timeout.isNegative() || timeout.isZero() || timeout.toSeconds() < 1) {
                throw new IllegalArgumentException("the login timeout must be at least 1 s, not " + timeout);
            }
            this.loginTimeout = timeout;
            return this;
        }

        /**
         * How often {@link SnowflakeIOManager#checkAvailable()} retries its login after a network error (a refused
         * connection, an unknown host, a reset), as snowflake-jdbc's {@code maxHttpRetries} for that one session;
         * {@value SnowflakeIOManager#DEFAULT_AVAILABILITY_CHECK_RETRIES} by default, so that an unreachable Snowflake
         * fails a run within seconds. {@code 0} leaves only {@link #loginTimeout} as the bound. The sessions that
         * write and read keep the driver's own retries (7, or a {@link #property} {@code maxHttpRetries}, which
         * the check then uses too).
         */
        public Builder availabilityCheckRetries(int retries) {
            if (retries < 0) {
                throw new IllegalArgumentException("the retries must not be negative: " + retries);
            }
            this.availabilityCheckRetries = retries;
            return this;
        }

        /**
         * How old a permanent staging table {@code <TABLE>__ASSETFLOW_STAGING_<started>_<id>} must be before
         * the first write into its schema drops it as left behind by a killed process; 24 hours by default.
         * Only a write that changes a table's columns under {@link SchemaPolicy#REPLACE} uses a permanent
         * staging table (other writes use temporary ones, which go with the session): keep this longer than
         * such a write can take.
         */
        public Builder staleStagingTableAge(Duration age) {
            if (age.isNegative()) {
                throw new IllegalArgumentException("the age must not be negative: " + age);
            }
            this.staleStagingAge = age;
            return this;
        }

        /**
         * Bytes of uncompressed CSV per file uploaded to the stage; 64 MiB by default. Memory holds one
         * compressed file per running write.
         */
        public Builder stageFileSize(long bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("stage files must hold at least 1024 bytes, not " + bytes);
            }
            this.stageFileSize = bytes;
            return this;
        }

        /**
         * Builds the IO manager; sessions open on first use.
         *
         * @throws StorageException listing every missing setting (with its environment variable)
         */
        public SnowflakeIOManager build() {
            String database = this.database;
            String schema = this.schema;
            if (url != null) {
                database = database != null ? database : urlParameter(URL_DATABASE);
                schema = schema != null ? schema : urlParameter(URL_SCHEMA);
            }
            List<String> missing = new ArrayList<>();
            if (url == null && account == null) {
                missing.add("account (SNOWFLAKE_ACCOUNT, or a JDBC URL in SNOWFLAKE_URL)");
            }
            boolean otherAuthentication = properties.keySet().stream()
                    .anyMatch(k -> k.equalsIgnoreCase("authenticator") || k.equalsIgnoreCase("token"));
            if (user == null && !otherAuthentication) {
                missing.add("user (SNOWFLAKE_USER)");
            }
            if (password == null && privateKeyFile == null && !otherAuthentication) {
                missing.add("password or private key file (SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_FILE)");
            }
            if (database == null) {
                missing.add("database (SNOWFLAKE_DATABASE)");
            }
            if (!missing.isEmpty()) {
                throw new StorageException("Snowflake is not fully configured; missing " + String.join(", ", missing)
                        + ". " + (fromEnvironment ? "Set these environment variables" : "Set them on"
                        + " SnowflakeIOManager.builder() or use SnowflakeIOManager.fromEnvironment()")
                        + "; SNOWFLAKE_WAREHOUSE, SNOWFLAKE_SCHEMA (default PUBLIC) and SNOWFLAKE_ROLE are optional.");
            }
            this.schema = schema;
            Map<String, String> extra = new LinkedHashMap<>();
            extra.put("loginTimeout", Long.toString(loginTimeout.toSeconds()));
            properties.forEach((key, value) -> {
                extra.keySet().removeIf(key::equalsIgnoreCase);
                extra.put(key, value);
            });
            SnowflakeSettings settings = SnowflakeSettings.of(url, account, user, password, privateKeyFile,
                    privateKeyPassphrase, warehouse, database, null, role, extra); // names are always qualified
            return new SnowflakeIOManager(this, settings);
        }

        private String urlParameter(Pattern parameter) {
            Matcher matcher = parameter.matcher(url);
            return matcher.find() ? java.net.URLDecoder.decode(matcher.group(1), java.nio.charset.StandardCharsets.UTF_8)
                    : null;
        }

        @Override
        public String toString() {
            return "SnowflakeIOManager.Builder[" + (url != null ? "url" : "account " + account) + ", user " + user
                    + ", database " + database + "]";
        }
    }
}
