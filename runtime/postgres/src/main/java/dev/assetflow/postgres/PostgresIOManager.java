package dev.assetflow.postgres;

import static org.jooq.impl.DSL.name;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import dev.assetflow.runtime.RunHistory;
import dev.assetflow.runtime.RunHistoryProvider;
import dev.assetflow.runtime.history.JdbcRunHistory;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.Jooq;
import dev.assetflow.runtime.io.PartitionConditions;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.SqlIOManager;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.TableSlice;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.jooq.SQLDialect;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Stores assets as PostgreSQL tables.
 *
 * <p>Writes replace a table's rows in one transaction: they take a transaction-scoped advisory lock on
 * {@code hashtext('schema.table')} (so two processes materializing the same asset run one after the
 * other; the waiting one logs that at INFO), create the schema and table when missing (or apply the
 * {@link SchemaPolicy} when the table has other columns), {@code DELETE} the
 * old rows (readers keep seeing them until commit), stream the new rows with binary
 * {@code COPY ... FROM STDIN} and commit. Any failure, including one thrown while the asset's rows are
 * produced, rolls back and leaves the old rows. Reads stream with binary {@code COPY (SELECT ...) TO STDOUT}
 * and select exactly the reading row type's columns.
 *
 * <p>Connections come from a HikariCP pool; {@link #close()} closes it. Passwords never appear in
 * {@link #toString()}, logs or messages.
 *
 * <pre>{@code
 * try (PostgresIOManager io = PostgresIOManager.builder("jdbc:postgresql://db:5432/warehouse")
 *         .user("etl").password(System.getenv("PGPASSWORD")).defaultSchema("analytics").build()) {
 *     ...
 * }
 * }</pre>
 */
public final class PostgresIOManager implements SqlIOManager, RunHistoryProvider {

    /** The schema of assets that name none, unless the URL's {@code currentSchema} parameter names one. */
    public static final String DEFAULT_SCHEMA = "public";
    /** The pool size unless {@link Builder#poolSize(int)} says otherwise. */
    public static final int DEFAULT_POOL_SIZE = 10;

    private static final Logger LOG = LoggerFactory.getLogger(PostgresIOManager.class);
    /**
     * A password parameter's value, as pgjdbc reads it: the URL's parameters are separated by {@code &} only,
     * so a {@code ;} (or any other character) belongs to the password.
     */
    private static final Pattern PASSWORD_PARAMETER = Pattern.compile("(?i)([?&]\\w*password=)([^&]*)");
    /** The same in free text, where a URL ends at white space; the literal passwords are scrubbed as well. */
    private static final Pattern PASSWORD_IN_TEXT = Pattern.compile("(?i)([?&]\\w*password=)([^&\\s]*)");
    private static final Pattern CURRENT_SCHEMA_PARAMETER = Pattern.compile("[?&]currentSchema=([^&]*)");

    private final String url;
    private final String user;
    private final String defaultSchema;
    private final int copyBufferSize;
    private final SchemaPolicy schemaPolicy;
    private final HikariDataSource pool;
    private final RunHistory history;
    private final List<String> secrets;
    private final String connectUrl;
    private final Properties connectProperties = new Properties();

    private PostgresIOManager(Builder builder) {
        this.url = builder.url;
        this.user = builder.user;
        this.defaultSchema = builder.defaultSchema;
        this.copyBufferSize = builder.copyBufferSize;
        this.schemaPolicy = builder.schemaPolicy;
        HikariConfig config = new HikariConfig();
        // The URL's password travels as a property: HikariCP's log masks a URL's password only up to a ';'.
        String[] urlAndPassword = withoutPassword(builder.url);
        config.setJdbcUrl(urlAndPassword[0]);
        if (builder.user != null) {
            config.setUsername(builder.user);
        }
        String password = urlAndPassword[1] != null ? urlAndPassword[1] : builder.password;
        if (password != null) {
            config.setPassword(password);
        }
        config.setMaximumPoolSize(builder.poolSize);
        config.setConnectionTimeout(builder.connectionTimeout.toMillis());
        config.setMinimumIdle(0);
        config.setPoolName("assetflow-postgres");
        this.connectUrl = urlAndPassword[0];
        if (builder.user != null) {
            connectProperties.setProperty("user", builder.user);
        }
        if (password != null) {
            connectProperties.setProperty("password", password);
        }
        connectProperties.setProperty("connectTimeout",
                String.valueOf(Math.max(1, builder.connectionTimeout.toSeconds())));
        config.setInitializationFailTimeout(-1); // connect lazily; errors surface on first use, per asset
        this.pool = openPool(config, builder.url);
        this.secrets = secrets(builder.url, builder.password);
        this.history = new JdbcRunHistory("PostgreSQL at " + redact(builder.url), SQLDialect.POSTGRES,
                defaultSchema, pool::getConnection, null, this::scrub);
    }

    private static HikariDataSource openPool(HikariConfig config, String url) {
        if (org.postgresql.Driver.parseURL(url, null) == null) {
            throw new StorageException("not a valid PostgreSQL JDBC URL: " + redact(url)
                    + "; expected jdbc:postgresql://host[:port]/database[?user=...]");
        }
        try {
            return new HikariDataSource(config);
        } catch (RuntimeException e) {
            throw new StorageException("cannot set up a connection pool for PostgreSQL at " + redact(url) + ": "
                    + e.getMessage(), e);
        }
    }

    /**
     * Opens one connection outside the pool, which reports the server's reason at once (connection refused,
     * database does not exist, password authentication failed) where the pool would wait for its connection
     * timeout and report only that it timed out.
     */
    @Override
    public void checkAvailable() {
        try (Connection connection = new org.postgresql.Driver().connect(connectUrl, connectProperties)) {
            LOG.debug("PostgreSQL at {} is reachable", redact(url));
        } catch (SQLException e) {
            throw new StorageException("cannot connect to PostgreSQL at " + redact(url)
                    + (user == null ? "" : " as " + user) + ": " + scrub(String.valueOf(e.getMessage())), e);
        }
    }

    /**
     * The run history in the tables {@code assetflow_runs}, {@code assetflow_materializations} and
     * {@code assetflow_check_results} of the default schema, created on first write.
     */
    @Override
    public RunHistory runHistory() {
        return history;
    }

    /** An IO manager for a JDBC URL such as {@code jdbc:postgresql://host:5432/db?user=etl}, with defaults. */
    public static PostgresIOManager fromUrl(String jdbcUrl) {
        return builder(jdbcUrl).build();
    }

    /** Starts configuring an IO manager for {@code jdbcUrl} ({@code jdbc:postgresql://...}). */
    public static Builder builder(String jdbcUrl) {
        return new Builder(jdbcUrl);
    }

    /** The schema of assets that name none. */
    public String defaultSchema() {
        return defaultSchema;
    }

    /** Partitions are replaced with a delete of the partition's rows and an append, in one transaction. */
    @Override
    public boolean supportsPartitions() {
        return true;
    }

    @Override
    public <R> long write(TableSlice slice, RowType<R> rowType, Stream<? extends R> rows) {
        Objects.requireNonNull(rows, "rows");
        return replace(slice, "", writer -> writer.replace(rowType, rows, slice.partition()));
    }

    /** Fills the slice's table through a writer in the write's transaction. */
    @FunctionalInterface
    private interface WriterCall {
        long replace(PostgresTableWriter writer) throws SQLException;
    }

    /**
     * Runs {@code call} with a writer of the slice's table on a pooled connection, after making sure its schema
     * exists; a failure names the asset and the table ({@code how} says how it was written).
     */
    private long replace(TableSlice slice, String how, WriterCall call) {
        String schema = schemaOf(slice);
        String qualified = schema + "." + slice.table();
        try (Connection connection = connect(slice.asset(), qualified)) {
            ensureSchema(connection, schema);
            return call.replace(new PostgresTableWriter(connection, slice.asset(), schema, slice.table(),
                    copyBufferSize, slice.schemaPolicyOr(schemaPolicy), slice.beforeCommit()));
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new StorageException("asset '" + slice.asset() + "': writing table " + qualified + how
                    + " failed; the table keeps its previous rows: " + e.getMessage(), e);
        }
    }

    /** The server and database, such as {@code PostgreSQL database warehouse at db:5432}; no credentials. */
    @Override
    public String database() {
        java.util.Properties properties = org.postgresql.Driver.parseURL(url, null);
        if (properties == null) {
            return "PostgreSQL at " + redact(url);
        }
        return "PostgreSQL database " + properties.getProperty("PGDBNAME") + " at "
                + properties.getProperty("PGHOST") + ":" + properties.getProperty("PGPORT");
    }

    @Override
    public org.jooq.Name tableName(TableSlice slice) {
        return name(schemaOf(slice), slice.table());
    }

    /**
     * Replaces the slice's rows with the query's inside PostgreSQL: one transaction with the write's advisory
     * lock, schema handling and {@code DELETE}, then {@code INSERT INTO ... (columns) SELECT ...}.
     */
    @Override
    public long writeQuery(TableSlice slice, RowType<?> rowType, org.jooq.Select<?> query) {
        return replace(slice, " from its query", writer -> writer.replaceWithQuery(rowType, query, slice.partition()));
    }

    @Override
    public long count(org.jooq.Select<?> query) {
        try (Connection connection = pool.getConnection()) {
            org.jooq.DSLContext dsl = Jooq.using(connection, SQLDialect.POSTGRES);
            return dsl.fetchOne(Jooq.countQuery(dsl, query)).value1();
        } catch (SQLException | org.jooq.exception.DataAccessException e) {
            throw new StorageException("counting the rows of a query in " + database() + " failed: "
                    + e.getMessage(), e);
        }
    }

    @Override
    public String render(TableSlice slice, RowType<?> rowType, org.jooq.Select<?> query) {
        org.jooq.DSLContext dsl = Jooq.rendering(SQLDialect.POSTGRES);
        return dsl.renderInlined(Jooq.insertQuery(dsl, tableName(slice), rowType.columns(), query));
    }

    @Override
    public <T> Stream<T> read(TableSlice slice, RowType<T> rowType) {
        String schema = schemaOf(slice);
        Connection connection = connect(slice.asset(), schema + "." + slice.table());
        return PostgresTableReader.open(connection, pool::evictConnection, slice.asset(), schema, slice.table(),
                rowType, PartitionConditions.of(slice));
    }

    /**
     * Creates the schema when missing, in its own short transaction: {@code CREATE SCHEMA IF NOT EXISTS}
     * can still fail with a unique violation when another session creates it at the same moment, which
     * then means it exists.
     */
    private void ensureSchema(Connection connection, String schema) throws SQLException {
        if (PostgresCatalog.schemaExists(connection, schema)) {
            return;
        }
        try {
            Jooq.using(connection, SQLDialect.POSTGRES).createSchemaIfNotExists(name(schema)).execute();
            LOG.info("created schema {}", schema);
        } catch (org.jooq.exception.DataAccessException e) {
            if (!"23505".equals(e.sqlState()) || !PostgresCatalog.schemaExists(connection, schema)) {
                throw e;
            }
        }
    }

    private String schemaOf(TableSlice slice) {
        return slice.schemaName().orElse(defaultSchema);
    }

    private Connection connect(String asset, String table) {
        try {
            return pool.getConnection();
        } catch (SQLException e) {
            throw new StorageException("asset '" + asset + "': cannot connect to PostgreSQL at "
                    + redact(url) + " for table " + table + ": " + e.getMessage(), e);
        }
    }

    /** Closes the connection pool. */
    @Override
    public void close() {
        pool.close();
    }

    @Override
    public String toString() {
        return "PostgresIOManager[" + redact(url) + (user == null ? "" : ", user " + user) + ", schema "
                + defaultSchema + "]";
    }

    /**
     * The first schema of the URL's {@code currentSchema} parameter (pgjdbc's search path), if it names one:
     * {@code jdbc:postgresql://db/warehouse?currentSchema=analytics} stores assets in {@code analytics}, where
     * the user's unqualified queries look for them.
     */
    static Optional<String> currentSchema(String url) {
        Matcher parameter = CURRENT_SCHEMA_PARAMETER.matcher(url);
        if (!parameter.find()) {
            return Optional.empty();
        }
        for (String schema : URLDecoder.decode(parameter.group(1), StandardCharsets.UTF_8).split(",")) {
            String name = schema.strip();
            if (!name.isEmpty() && !name.equals("$user")) {
                return Optional.of(name);
            }
        }
        return Optional.empty();
    }

    /** The URL with the whole value of every {@code password=} parameter masked, as far as pgjdbc reads it. */
    static String redact(String url) {
        return PASSWORD_PARAMETER.matcher(url).replaceAll("$1***");
    }

    /** The passwords of {@code url} (as written and as pgjdbc decodes them) and {@code password}, longest first. */
    static List<String> secrets(String url, String password) {
        List<String> found = new ArrayList<>();
        Matcher parameter = PASSWORD_PARAMETER.matcher(url);
        while (parameter.find()) {
            found.add(parameter.group(2));
            try {
                found.add(URLDecoder.decode(parameter.group(2), StandardCharsets.UTF_8));
            } catch (IllegalArgumentException e) {
                // not valid URL encoding: pgjdbc refuses the URL; the value as written is masked
            }
        }
        if (password != null) {
            found.add(password);
        }
        return found.stream().filter(secret -> !secret.isEmpty()).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
    }

    /**
     * {@code url} without its {@code password} parameter, and that password as pgjdbc decodes it (or
     * {@code null}): pgjdbc takes a URL parameter over the same connection property, and so does this.
     */
    static String[] withoutPassword(String url) {
        int query = url.indexOf('?');
        if (query < 0) {
            return new String[] {url, null};
        }
        List<String> kept = new ArrayList<>();
        String password = null;
        for (String parameter : url.substring(query + 1).split("&")) {
            if (parameter.startsWith("password=")) {
                String value = parameter.substring("password=".length());
                try {
                    password = URLDecoder.decode(value, StandardCharsets.UTF_8);
                } catch (IllegalArgumentException e) {
                    password = value;
                }
            } else {
                kept.add(parameter);
            }
        }
        String rest = String.join("&", kept);
        return new String[] {url.substring(0, query) + (rest.isEmpty() ? "" : "?" + rest), password};
    }

    /** {@code text} without this IO manager's passwords, which it stores in the run history instead. */
    String scrub(String text) {
        String scrubbed = PASSWORD_IN_TEXT.matcher(text).replaceAll("$1***");
        for (String secret : secrets) {
            scrubbed = scrubbed.replace(secret, "***");
        }
        return scrubbed;
    }

    /** Configures a {@link PostgresIOManager}. */
    public static final class Builder {
        private final String url;
        private String user;
        private String password;
        private String defaultSchema;
        private int poolSize = DEFAULT_POOL_SIZE;
        private int copyBufferSize = PostgresBinaryRowSink.DEFAULT_BUFFER_SIZE;
        private Duration connectionTimeout = Duration.ofSeconds(10);
        private SchemaPolicy schemaPolicy = SchemaPolicy.FAIL;

        private Builder(String url) {
            Objects.requireNonNull(url, "url");
            if (!url.startsWith("jdbc:postgresql:")) {
                throw new IllegalArgumentException("not a PostgreSQL JDBC URL (jdbc:postgresql://host:port/db): "
                        + redact(url));
            }
            this.url = url;
            this.defaultSchema = currentSchema(url).orElse(DEFAULT_SCHEMA);
        }

        /** The user, unless the URL names one. */
        public Builder user(String user) {
            this.user = user;
            return this;
        }

        /** The password, unless the URL has one; never logged or shown. */
        public Builder password(String password) {
            this.password = password;
            return this;
        }

        /**
         * The schema of assets that name none; by default the first schema of the URL's {@code currentSchema}
         * parameter, else {@value PostgresIOManager#DEFAULT_SCHEMA}.
         */
        public Builder defaultSchema(String schema) {
            if (schema == null || schema.isBlank()) {
                throw new IllegalArgumentException("the default schema must not be blank");
            }
            this.defaultSchema = schema;
            return this;
        }

        /**
         * The most connections held at once; {@value PostgresIOManager#DEFAULT_POOL_SIZE} by default. Each
         * write and each open read stream holds one, so a running asset holds one per streamed input plus
         * one for its own rows: allow for that times the number of assets run in parallel.
         */
        public Builder poolSize(int poolSize) {
            if (poolSize < 1) {
                throw new IllegalArgumentException("the pool size must be at least 1, not " + poolSize);
            }
            this.poolSize = poolSize;
            return this;
        }

        /**
         * What a write does when the asset's table exists with other columns; {@link SchemaPolicy#FAIL} by
         * default. Policies act inside the write's transaction, so a failed write changes nothing.
         */
        public Builder schemaPolicy(SchemaPolicy policy) {
            this.schemaPolicy = Objects.requireNonNull(policy, "policy");
            return this;
        }

        /**
         * How long a write or read waits for a connection (from the pool, or a new one) before it fails;
         * 10 seconds by default, at least 250 ms.
         */
        public Builder connectionTimeout(Duration timeout) {
            if (timeout.toMillis() < 250) {
                throw new IllegalArgumentException("the connection timeout must be at least 250 ms, not "
                        + timeout);
            }
            this.connectionTimeout = timeout;
            return this;
        }

        /** The bytes buffered before each send of COPY data; 64 KiB by default. */
        public Builder copyBufferSize(int bytes) {
            if (bytes < 1024) {
                throw new IllegalArgumentException("the COPY buffer must hold at least 1024 bytes, not " + bytes);
            }
            this.copyBufferSize = bytes;
            return this;
        }

        public PostgresIOManager build() {
            return new PostgresIOManager(this);
        }
    }
}
