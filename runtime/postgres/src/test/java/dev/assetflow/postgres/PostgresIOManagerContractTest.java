package dev.assetflow.postgres;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TemporalLimits;
import dev.assetflow.testing.ContractStorage;
import dev.assetflow.testing.IOManagerContract;
import dev.assetflow.testing.JdbcContractStorage;
import dev.assetflow.testing.JdbcStatements;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * The contract on {@link PostgresIOManager} against the real server of {@code ASSETFLOW_TEST_POSTGRES_URL}
 * (skipped without it, failing in CI): each test in a schema of its own, dropped after the test.
 */
class PostgresIOManagerContractTest extends IOManagerContract {

    @Override
    public ContractStorage newStorage(Path directory) {
        String schema = "assetflow_contract_" + Long.toHexString(ThreadLocalRandom.current().nextLong() & 0xFFFFFFFFFFL);
        PostgresStorage storage = new PostgresStorage(PostgresContractServer.url(), schema);
        storage.execute("CREATE SCHEMA " + JdbcStatements.quote(schema));
        return storage;
    }

    private static final class PostgresStorage extends JdbcContractStorage {

        private final String url;
        private final String schema;

        PostgresStorage(String url, String schema) {
            super(new JdbcStatements(() -> DriverManager.getConnection(url)));
            this.url = url;
            this.schema = schema;
        }

        @Override
        public IOManager open() {
            return builder().build();
        }

        @Override
        public IOManager open(SchemaPolicy policy) {
            return builder().schemaPolicy(policy).build();
        }

        /** A short connection timeout, so that leaked connections fail a test instead of stalling it. */
        private PostgresIOManager.Builder builder() {
            return PostgresIOManager.builder(url).defaultSchema(schema).connectionTimeout(Duration.ofSeconds(10));
        }

        @Override
        public TemporalLimits temporalLimits() {
            return PostgresBinaryRowSink.TEMPORAL_LIMITS;
        }

        @Override
        public String qualifiedName(String table) {
            return schema + "." + table;
        }

        @Override
        public Optional<String> otherSchema() {
            return Optional.of(schema + "_other");
        }

        @Override
        protected String schema() {
            return schema;
        }

        @Override
        public void close() {
            sql.execute("DROP SCHEMA IF EXISTS " + JdbcStatements.quote(schema) + ", "
                    + JdbcStatements.quote(schema + "_other") + " CASCADE");
        }
    }
}
