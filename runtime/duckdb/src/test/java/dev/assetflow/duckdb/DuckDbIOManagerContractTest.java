package dev.assetflow.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TemporalLimits;
import dev.assetflow.testing.ContractStorage;
import dev.assetflow.testing.IOManagerContract;
import dev.assetflow.testing.JdbcContractStorage;
import dev.assetflow.testing.JdbcStatements;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on {@link DuckDbIOManager} with its Arrow read and write paths (the build opens java.nio to
 * Arrow), each test on a new database file in its temporary directory. {@link DuckDbAppenderContractTest}
 * runs the same contract on the Appender and JDBC paths.
 */
class DuckDbIOManagerContractTest extends IOManagerContract {

    @BeforeAll
    static void arrowIsAvailable() {
        assertThat(DuckDbArrow.available()).as("Arrow paths available in this build").isTrue();
    }

    @Override
    public ContractStorage newStorage(Path directory) {
        return new DuckDbStorage("jdbc:duckdb:" + directory.resolve("contract.duckdb"), true);
    }

    static final class DuckDbStorage extends JdbcContractStorage {

        private final String url;
        private final boolean arrow;

        DuckDbStorage(String url, boolean arrow) {
            super(sameConfiguration(url));
            this.url = url;
            this.arrow = arrow;
        }

        private static JdbcStatements sameConfiguration(String url) {
            // DuckDB shares one database instance per file inside a JVM (when opened with the same
            // configuration as the IO manager's), so these connections see what the IO managers wrote
            // without conflicting with their lock on the file.
            Properties sameConfiguration = new Properties();
            sameConfiguration.setProperty("jdbc_stream_results", "true");
            return new JdbcStatements(() -> DriverManager.getConnection(url, sameConfiguration));
        }

        @Override
        public IOManager open() {
            return DuckDbIOManager.builder(url).arrow(arrow).build();
        }

        @Override
        public IOManager open(SchemaPolicy policy) {
            return DuckDbIOManager.builder(url).schemaPolicy(policy).arrow(arrow).build();
        }

        @Override
        public TemporalLimits temporalLimits() {
            return DuckDbAppenderSink.TEMPORAL_LIMITS;
        }

        @Override
        public String qualifiedName(String table) {
            return "main." + table;
        }

        @Override
        public Optional<String> otherSchema() {
            return Optional.of("staging");
        }

        @Override
        protected String schema() {
            return "main";
        }

        @Override
        public void close() {
            // the file lives in the test's temporary directory
        }
    }
}
