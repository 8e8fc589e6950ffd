package com.acme.sales;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;

/**
 * A freshly created PostgreSQL database on the server of {@code ASSETFLOW_TEST_POSTGRES_URL}, so that the
 * example can store its tables in the default schema {@code public} exactly as a user's database would,
 * without touching anything else on the server. Without the variable (or without a server) the test is
 * skipped, unless {@code CI=true}, where that fails it.
 */
final class PostgresExampleDatabase implements AutoCloseable {

    static final String URL_VARIABLE = "ASSETFLOW_TEST_POSTGRES_URL";

    private final String serverUrl;
    private final String name;
    private final String url;

    private PostgresExampleDatabase(String serverUrl, String name) {
        this.serverUrl = serverUrl;
        this.name = name;
        this.url = withDatabase(serverUrl, name);
    }

    /** Creates a new, empty database; skips or (in CI) fails the test when there is no server. */
    static PostgresExampleDatabase create() throws SQLException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String serverUrl = System.getenv(URL_VARIABLE);
        if (serverUrl == null || serverUrl.isBlank()) {
            if (ci) {
                throw new IllegalStateException(URL_VARIABLE + " is not set, but CI=true requires the PostgreSQL"
                        + " tests to run; set it, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            }
            Assumptions.abort(URL_VARIABLE + " is not set; skipping the sales example on PostgreSQL");
        }
        String name = "assetflow_example_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL);
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE DATABASE " + name);
        } catch (SQLException e) {
            if (ci) {
                throw e;
            }
            Assumptions.abort("PostgreSQL at " + URL_VARIABLE + " is not usable: " + e.getMessage());
        }
        return new PostgresExampleDatabase(serverUrl, name);
    }

    /** The JDBC URL of the new database: the server URL with its database name replaced. */
    String url() {
        return url;
    }

    Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** Drops the database, ending any session still connected to it. */
    @Override
    public void close() throws SQLException {
        try (Connection connection = DriverManager.getConnection(serverUrl);
                Statement statement = connection.createStatement()) {
            statement.execute("DROP DATABASE IF EXISTS " + name + " WITH (FORCE)");
        }
    }

    /** {@code jdbc:postgresql://host:port/db?params} with {@code db} replaced by {@code database}. */
    static String withDatabase(String url, String database) {
        String prefix = "jdbc:postgresql://";
        if (!url.startsWith(prefix)) {
            throw new IllegalArgumentException(URL_VARIABLE + " must look like " + prefix + "host:port/database");
        }
        int query = url.indexOf('?');
        String base = query < 0 ? url : url.substring(0, query);
        String parameters = query < 0 ? "" : url.substring(query);
        int slash = base.indexOf('/', prefix.length());
        String server = slash < 0 ? base : base.substring(0, slash);
        return server + "/" + database + parameters;
    }
}
