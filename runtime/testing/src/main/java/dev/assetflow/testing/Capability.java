package dev.assetflow.testing;

/** What a backend can do beyond the core of the contract; tests of a missing capability are skipped. */
public enum Capability {
    /** Raw SQL against the storage, to check what was stored and to change it behind the IO manager's back. */
    RAW_SQL,
    /** A {@link dev.assetflow.runtime.io.SchemaPolicy} is honoured when a table exists with other columns. */
    SCHEMA_POLICIES,
    /** A reader may read a table while a write to it is under way, and then sees the old rows. */
    CONCURRENT_READERS
}
