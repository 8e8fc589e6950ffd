package dev.assetflow.duckdb;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.testing.ContractStorage;
import dev.assetflow.testing.IOManagerContract;
import dev.assetflow.testing.JdbcContractStorage;
import dev.assetflow.testing.JdbcStatements;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Optional;
import java.util.Properties;

/** The contract on {@link DuckDbIOManager}, each test on a new database file in its temporary directory. */
class DuckDbIOManagerContractTest extends IOManagerContract {

    @Override
    public ContractStorage newStorage(Path directory) {
        return new DuckDbStorage("jdbc:duckdb:" + directory.resolve("contract.duckdb"));
    }

    private static final class DuckDbStorage extends JdbcContractStorage {

        private final String url;

        DuckDbStorage(String url) {
            super(sameConfiguration(url));
            this.url = url;
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
            return DuckDbIOManager.fromUrl(url);
        }

        @Override
        public IOManager open(SchemaPolicy policy) {
            return DuckDbIOManager.builder(url).schemaPolicy(policy).build();
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
