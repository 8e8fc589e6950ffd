package dev.assetflow.runtime.io.contract;

import dev.assetflow.runtime.io.DuckDbIOManager;
import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.SchemaPolicy;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Properties;
import java.util.Set;

/** The contract on {@link DuckDbIOManager}, each test on a new database file in its temporary directory. */
class DuckDbIOManagerContractTest extends IOManagerContract {

    @Override
    protected ContractStorage newStorage(Path directory) {
        return new DuckDbStorage("jdbc:duckdb:" + directory.resolve("contract.duckdb"));
    }

    private static final class DuckDbStorage implements ContractStorage {

        private final String url;
        private final JdbcStatements sql;

        DuckDbStorage(String url) {
            this.url = url;
            // DuckDB shares one database instance per file inside a JVM (when opened with the same
            // configuration as the IO manager's), so these connections see what the IO managers wrote
            // without conflicting with their lock on the file.
            Properties sameConfiguration = new Properties();
            sameConfiguration.setProperty("jdbc_stream_results", "true");
            this.sql = new JdbcStatements(() -> DriverManager.getConnection(url, sameConfiguration));
        }

        @Override
        public Set<Capability> capabilities() {
            return EnumSet.allOf(Capability.class);
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
        public String sqlTable(String table) {
            return JdbcStatements.quote("main") + "." + JdbcStatements.quote(table);
        }

        @Override
        public String sqlColumn(String column) {
            return JdbcStatements.quote(column);
        }

        @Override
        public void execute(String statement) {
            sql.execute(statement);
        }

        @Override
        public List<List<String>> query(String query) {
            return sql.query(query);
        }

        @Override
        public void close() {
            // the file lives in the test's temporary directory
        }
    }
}
