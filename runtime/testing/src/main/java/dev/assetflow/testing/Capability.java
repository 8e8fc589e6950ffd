package dev.assetflow.testing;

/** What a backend can do beyond the core of the contract; tests of a missing capability are skipped. */
public enum Capability {
    /** Raw SQL against the storage, to check what was stored and to change it behind the IO manager's back. */
    RAW_SQL,
    /** A {@link dev.assetflow.runtime.io.SchemaPolicy} is honoured when a table exists with other columns. */
    SCHEMA_POLICIES,
    /** A reader may read a table while a write to it is under way, and then sees the old rows. */
    CONCURRENT_READERS,
    /**
     * {@code REAL} and {@code DOUBLE} columns keep the sign of zero: {@code -0.0} reads back as {@code -0.0}.
     * A backend whose database cannot store it (H2 turns {@code -0.0} into {@code 0.0}) must reject it at
     * write instead, naming the asset, the table, the column and the row, since every value reads back
     * exactly as written or is refused.
     */
    NEGATIVE_ZERO,
    /**
     * Dates and times read back exactly whatever the JVM's default zone, across the whole range the backend's
     * {@link ContractStorage#temporalLimits()} declare (year 0, BC, the 1582 calendar change, every quarter hour
     * of a daylight saving year), and a value outside them is rejected at write naming the asset, the table,
     * the column and the row. Every backend owes this; Snowflake does not have it yet (reads in a non-UTC JVM
     * zone, BC dates and sub-microsecond digits), so its tests are skipped there.
     */
    EXACT_DATES_AND_TIMES,
    /**
     * {@link dev.assetflow.runtime.io.SchemaPolicy#REPLACE} applied by a write of one partition keeps every
     * other partition's rows: it refuses (with {@link #REPLACE_REFUSES_ONE_PARTITION}) or carries the other
     * partitions over into the new table (without it), instead of recreating the table with only the new
     * partition.
     */
    PARTITION_SAFE_REPLACE,
    /**
     * With {@link #PARTITION_SAFE_REPLACE}: {@code REPLACE} by a write of one partition fails with a
     * {@link dev.assetflow.runtime.io.SchemaMismatchException} naming the partition and changes nothing
     * (DuckDB, PostgreSQL, Snowflake). Without it the other partitions are carried over into the new table.
     */
    REPLACE_REFUSES_ONE_PARTITION,
    /**
     * A failed first write leaves no table behind (the table is created in the write's transaction, or only
     * after its rows are in). Without it, the failed first write leaves the new table empty (H2 commits DDL;
     * Snowflake creates the table before the rows' transaction).
     */
    TRANSACTIONAL_DDL,
    /**
     * A write runs its slice's {@link dev.assetflow.runtime.io.TableSlice#beforeCommit()} once, on its connection,
     * inside its transaction, after the rows and before the commit (every JDBC backend; this is how the run
     * history's record commits with the rows): a failure it throws fails the write, which keeps the old rows.
     * Without it (the in-memory IO manager) the engine records the materialization after the write.
     */
    COMMITS_WORK_WITH_THE_WRITE
}
