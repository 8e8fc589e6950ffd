package dev.assetflow.testing.snowflake;

import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

/**
 * Snowflake's table locks, as far as writers meet them: DELETE, UPDATE and MERGE lock their table until
 * the transaction that ran them ends (at once in autocommit), and DDL on a table (ALTER, SWAP, DROP) waits
 * for those locks. A second session's locking statement waits for the first to commit or roll back, up to
 * the lock timeout, and then fails as Snowflake does (000625). INSERT and COPY take no lock, as in Snowflake.
 *
 * <p>Locks belong to sessions, not threads: one session's requests arrive on any server thread.
 */
final class TableLocks {

    private final Map<ObjectName, EmulatorSession> owners = new HashMap<>();
    private final Duration timeout;

    TableLocks(Duration timeout) {
        this.timeout = timeout;
    }

    /** Waits until no other session holds the table's lock, then holds it for {@code session}. */
    synchronized void acquire(EmulatorSession session, ObjectName table) {
        long deadline = System.nanoTime() + timeout.toNanos();
        while (true) {
            EmulatorSession owner = owners.get(table);
            if (owner == null || owner == session) {
                owners.put(table, session);
                return;
            }
            long left = deadline - System.nanoTime();
            if (left <= 0) {
                throw new SnowflakeError("000625", "57014", "Statement waited more than " + timeout.toSeconds()
                        + " seconds for the lock on table '" + table.display() + "' held by another transaction;"
                        + " it was aborted (LOCK_TIMEOUT).");
            }
            try {
                wait(Math.max(1, left / 1_000_000));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new SnowflakeError("000604", "57014", "SQL execution canceled");
            }
        }
    }

    /** Releases every lock the session holds (its transaction ended, or the session did). */
    synchronized void releaseAll(EmulatorSession session) {
        if (owners.values().removeIf(owner -> owner == session)) {
            notifyAll();
        }
    }

    /** Whether any session holds the table's lock. */
    synchronized boolean isLocked(ObjectName table) {
        return owners.containsKey(table);
    }
}
