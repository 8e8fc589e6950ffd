package dev.assetflow.runtime.io;

import java.sql.Connection;
import java.sql.SQLException;

/**
 * Work that must commit together with a write, given with its {@link TableSlice}: an IO manager whose writes are
 * JDBC transactions runs it on the write's connection, inside the transaction, after the rows are written and
 * before the commit, so that it is committed if and only if the rows are. A failure it throws fails the write,
 * which then keeps the table's previous rows.
 *
 * <p>The engine uses it to record an asset's materialization in the run history when the history lives in the
 * IO manager's own database ({@code dev.assetflow.runtime.RunHistoryProvider}); an IO manager that never runs it
 * is still correct, the engine then records the materialization after the write.
 */
@FunctionalInterface
public interface BeforeCommit {

    /** Nothing to commit with the write. */
    BeforeCommit NONE = (connection, rows) -> {
    };

    /**
     * Runs inside the write's transaction.
     *
     * @param connection the write's connection, its transaction open
     * @param rows the rows the write stored
     */
    void run(Connection connection, long rows) throws SQLException;
}
