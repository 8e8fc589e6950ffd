package com.acme.h2;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TemporalLimits;
import dev.assetflow.testing.Capability;
import dev.assetflow.testing.ContractStorage;
import dev.assetflow.testing.IOManagerContract;
import dev.assetflow.testing.JdbcContractStorage;
import dev.assetflow.testing.JdbcStatements;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/**
 * The contract of {@code assetflow-testing} on {@link H2IOManager}, each test on a new H2 database file in
 * its temporary directory. H2 has every capability but one: it stores {@code -0.0} as {@code 0.0}, so the
 * IO manager refuses it, and the contract checks that it does.
 */
class H2IOManagerContractTest extends IOManagerContract {

    @Override
    protected ContractStorage newStorage(Path directory) {
        return new H2Storage("jdbc:h2:" + directory.resolve("contract").toAbsolutePath());
    }

    private static final class H2Storage extends JdbcContractStorage {

        private final String url;

        H2Storage(String url) {
            super(new JdbcStatements(() -> DriverManager.getConnection(url)));
            this.url = url;
        }

        @Override
        public Set<Capability> capabilities() {
            return EnumSet.complementOf(EnumSet.of(Capability.NEGATIVE_ZERO, Capability.TRANSACTIONAL_DDL));
        }

        @Override
        public IOManager open() {
            return H2IOManager.fromUrl(url);
        }

        @Override
        public IOManager open(SchemaPolicy policy) {
            return H2IOManager.builder(url).schemaPolicy(policy).build();
        }

        @Override
        public TemporalLimits temporalLimits() {
            return H2RowSink.TEMPORAL_LIMITS;
        }

        @Override
        public String qualifiedName(String table) {
            return "PUBLIC." + table;
        }

        @Override
        public Optional<String> otherSchema() {
            return Optional.of("staging");
        }

        @Override
        protected String schema() {
            return "PUBLIC";
        }

        @Override
        public void close() {
            // the database file lives in the test's temporary directory
        }
    }
}
