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
    NEGATIVE_ZERO
}
