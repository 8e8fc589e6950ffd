package dev.assetflow.snowflake;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TemporalLimits;
import dev.assetflow.testing.Capability;
import dev.assetflow.testing.ContractStorage;
import dev.assetflow.testing.IOManagerContract;
import dev.assetflow.testing.JdbcContractStorage;
import dev.assetflow.testing.JdbcStatements;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.Locale;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * The contract on {@link SnowflakeIOManager} through the real snowflake-jdbc driver against the
 * {@link SnowflakeEmulator}: one emulator for the class, each test in a schema of its own. Small stage
 * files, so that writes of a few thousand rows upload several files.
 */
class SnowflakeIOManagerContractTest extends IOManagerContract {

    private static final AtomicInteger SCHEMAS = new AtomicInteger();
    private static SnowflakeEmulator emulator;

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    @Override
    public ContractStorage newStorage(Path directory) {
        return new SnowflakeStorage("CONTRACT_" + SCHEMAS.incrementAndGet());
    }

    private static final class SnowflakeStorage extends JdbcContractStorage {

        private final String schema;

        SnowflakeStorage(String schema) {
            super(new JdbcStatements(() -> DriverManager.getConnection(emulator.jdbcUrl(), emulator.properties())));
            this.schema = schema;
        }

        @Override
        public IOManager open() {
            return open(SchemaPolicy.FAIL);
        }

        @Override
        public IOManager open(SchemaPolicy policy) {
            return SnowflakeIOManager.builder().url(emulator.jdbcUrl())
                    .user(SnowflakeEmulator.DEFAULT_USER).password(SnowflakeEmulator.DEFAULT_PASSWORD)
                    .database(emulator.database()).schema(schema).schemaPolicy(policy)
                    .stageFileSize(64 * 1024).build();
        }

        /**
         * Everything but transactional DDL: a failed first write leaves the new table empty (the table is
         * created before the rows' transaction).
         */
        @Override
        public java.util.Set<Capability> capabilities() {
            return java.util.EnumSet.complementOf(java.util.EnumSet.of(Capability.TRANSACTIONAL_DDL));
        }

        @Override
        public TemporalLimits temporalLimits() {
            return SnowflakeCsvRowSink.TEMPORAL_LIMITS;
        }

        /** A second schema the test may write to; dropped with the first. */
        @Override
        public java.util.Optional<String> otherSchema() {
            return java.util.Optional.of(schema + "_OTHER");
        }

        @Override
        public String qualifiedName(String table) {
            return schema + "." + table.toUpperCase(Locale.ROOT);
        }

        @Override
        protected String schema() {
            return schema;
        }

        /** Snowflake stores an unquoted name in upper case. */
        @Override
        protected String storedName(String name) {
            return name.toUpperCase(Locale.ROOT);
        }

        @Override
        public void close() {
            sql.execute("drop schema if exists " + JdbcStatements.quote(schema) + " cascade");
            sql.execute("drop schema if exists " + JdbcStatements.quote(schema + "_OTHER") + " cascade");
        }
    }
}
