package dev.assetflow.testing;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TemporalLimits;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A fresh, isolated storage for one contract test, and how to reach it: IO managers over it, and, where
 * the backend has {@link Capability#RAW_SQL}, plain SQL for checks and sabotage. Closed after the test,
 * when it removes what the test stored.
 */
public interface ContractStorage extends AutoCloseable {

    /** What this backend can do; tests that need more are skipped. */
    public Set<Capability> capabilities();

    /**
     * A new IO manager over this storage with the backend's default configuration. Every IO manager opened
     * on one storage sees the same tables; the contract closes each one it opens.
     */
    public IOManager open();

    /** A new IO manager over this storage that applies {@code policy}. */
    public IOManager open(SchemaPolicy policy);

    /**
     * The table as the IO manager names it in messages, e.g. {@code main.sales}; compared without case, so
     * a backend that upper-cases identifiers may return the lower-case name.
     */
    public String qualifiedName(String table);

    /**
     * A schema other than the IO managers' default that no other test uses, for assets that name their
     * schema; created by the IO manager on first write and removed by {@link #close()}. Empty when the
     * backend has a single schema, which skips the tests that need one.
     */
    default Optional<String> otherSchema() {
        return Optional.empty();
    }

    /**
     * The dates and times this backend stores exactly (what its row sinks are given, see
     * {@link TemporalLimits}); the contract expects every value inside them to read back exactly and every
     * value outside them to be rejected at write, naming the asset, the table, the column and the row.
     * {@link TemporalLimits#NONE} (every Java value) by default.
     */
    default TemporalLimits temporalLimits() {
        return TemporalLimits.NONE;
    }

    /** The table as raw SQL must name it, quoted and qualified. Only with {@link Capability#RAW_SQL}. */
    default String sqlTable(String table) {
        throw new UnsupportedOperationException("this backend has no raw SQL");
    }

    /** A column as raw SQL must name it, quoted. Only with {@link Capability#RAW_SQL}. */
    default String sqlColumn(String column) {
        throw new UnsupportedOperationException("this backend has no raw SQL");
    }

    /** Runs a statement on a connection of its own. Only with {@link Capability#RAW_SQL}. */
    default void execute(String sql) {
        throw new UnsupportedOperationException("this backend has no raw SQL");
    }

    /** Runs a query on a connection of its own; each value as the driver's string. Only with RAW_SQL. */
    default List<List<String>> query(String sql) {
        throw new UnsupportedOperationException("this backend has no raw SQL");
    }

    /** Removes what the test stored. */
    @Override
    public void close() throws Exception;
}
