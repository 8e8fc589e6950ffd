package dev.assetflow.runtime.io;

import dev.assetflow.testing.Capability;
import dev.assetflow.testing.ContractStorage;
import dev.assetflow.testing.IOManagerContract;
import java.nio.file.Path;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;

/** The contract on {@link InMemoryIOManager}: no SQL and no schema policies (a write stores any columns). */
class InMemoryIOManagerContractTest extends IOManagerContract {

    @Override
    public ContractStorage newStorage(Path directory) {
        return new InMemoryStorage();
    }

    /** One in-memory store; every "new" IO manager is that store, since its tables live in the instance. */
    private static final class InMemoryStorage implements ContractStorage {

        private final InMemoryIOManager store = new InMemoryIOManager();

        @Override
        public Set<Capability> capabilities() {
            return EnumSet.of(Capability.CONCURRENT_READERS, Capability.NEGATIVE_ZERO, Capability.EXACT_DATES_AND_TIMES,
                    Capability.TRANSACTIONAL_DDL);
        }

        @Override
        public IOManager open() {
            return store;
        }

        @Override
        public IOManager open(SchemaPolicy policy) {
            throw new UnsupportedOperationException("the in-memory IO manager has no schema policies");
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
        public void close() {
            store.clear();
        }
    }
}
