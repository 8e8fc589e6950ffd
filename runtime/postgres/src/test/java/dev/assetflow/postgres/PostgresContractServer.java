package dev.assetflow.postgres;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import org.junit.jupiter.api.Assumptions;

/**
 * The real PostgreSQL server of the tests, with the rules of every PostgreSQL test: the URL comes from
 * {@code ASSETFLOW_TEST_POSTGRES_URL}; without it, or without a server behind it, the test is skipped,
 * unless {@code CI=true}, where that fails it.
 */
final class PostgresContractServer {

    static final String URL_VARIABLE = "ASSETFLOW_TEST_POSTGRES_URL";

    private PostgresContractServer() {
    }

    /** The URL of a reachable server; skips (or, in CI, fails) the calling test when there is none. */
    static String url() {
        boolean ci = "true".equalsIgnoreCase(System.getenv("CI"));
        String url = System.getenv(URL_VARIABLE);
        if (url == null || url.isBlank()) {
            if (ci) {
                throw new IllegalStateException(URL_VARIABLE + " is not set, but CI=true requires the PostgreSQL"
                        + " tests to run; set it, e.g. jdbc:postgresql://127.0.0.1:5432/test?user=postgres");
            }
            Assumptions.abort(URL_VARIABLE + " is not set; skipping the PostgreSQL tests");
        }
        try (Connection connection = DriverManager.getConnection(url)) {
            return url;
        } catch (SQLException e) {
            if (ci) {
                throw new IllegalStateException("PostgreSQL at " + URL_VARIABLE + " is not reachable, but CI=true"
                        + " requires the PostgreSQL tests to run: " + e.getMessage(), e);
            }
            Assumptions.abort("PostgreSQL at " + URL_VARIABLE + " is not reachable: " + e.getMessage());
            throw new AssertionError("unreachable");
        }
    }
}
