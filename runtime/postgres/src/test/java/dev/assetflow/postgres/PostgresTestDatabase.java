package dev.assetflow.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Locale;
import java.util.concurrent.ThreadLocalRandom;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.extension.AfterAllCallback;
import org.junit.jupiter.api.extension.BeforeAllCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

/**
 * The real PostgreSQL server for a test class: register it as a static {@code @RegisterExtension} field.
 * The URL comes from {@code ASSETFLOW_TEST_POSTGRES_URL}; without it (or without a server) the class is
 * skipped, unless {@code CI=true}, where that fails it. Each class gets a freshly created schema, dropped
 * with everything in it after the class.
 */
public final class PostgresTestDatabase implements BeforeAllCallback, AfterAllCallback {

    static final String URL_VARIABLE = "ASSETFLOW_TEST_POSTGRES_URL";

    private String url;
    private String schema;

    @Override
    public void beforeAll(ExtensionContext context) throws SQLException {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if (ci) {
                throw new IllegalStateException(URL_VARIABLE + " is not set, but CI=true requires the PostgreSQL"
                        + " tests to run; set it, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            }
            Assumptions.abort(URL_VARIABLE + " is not set; skipping the PostgreSQL tests");
        }
        schema = "assetflow_" + context.getRequiredTestClass().getSimpleName().toLowerCase(Locale.ROOT) + "_"
                + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFL);
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA \"" + schema + "\"");
        } catch (SQLException e) {
            if (ci) {
                throw e;
            }
            Assumptions.abort("PostgreSQL at " + PostgresIOManager.redact(url) + " is not reachable: "
                    + e.getMessage());
        }
    }

    @Override
    public void afterAll(ExtensionContext context) throws SQLException {
        if (schema == null) {
            return;
        }
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA IF EXISTS \"" + schema + "\" CASCADE");
        }
    }

    /** The JDBC URL of the test database. */
    public String url() {
        return url;
    }

    /** This class's own schema. */
    public String schema() {
        return schema;
    }

    /** A new plain JDBC connection, for assertions made beside the IO manager. */
    public Connection connect() throws SQLException {
        return DriverManager.getConnection(url);
    }

    /** An IO manager whose default schema is this class's schema. */
    public PostgresIOManager ioManager() {
        return PostgresIOManager.builder(url).defaultSchema(schema).build();
    }

    /** Runs SQL (test setup only). */
    public void execute(String sql) throws SQLException {
        try (Connection connection = connect(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }
}
