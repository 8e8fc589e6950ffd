package dev.assetflow.snowflake;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.Properties;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * A small pool of Snowflake sessions. A session is opened when none is idle and fewer than {@code size}
 * are open (a failed login fails the caller at once, with no retries that would lock the user out), is
 * set up with {@link #SESSION_SETUP}, and is closed instead of reused after it was idle for
 * {@link #MAX_IDLE}. Callers wait for a session when all are busy.
 */
final class SnowflakeConnections implements AutoCloseable {

    /**
     * Run once per session: output formats that {@code getString} renders losslessly, whatever the account's
     * defaults are (times for {@link SnowflakeRowSource}, the run history's timestamps), and UTC.
     */
    static final String SESSION_SETUP = "alter session set"
            + " DATE_OUTPUT_FORMAT = 'YYYY-MM-DD',"
            + " TIME_OUTPUT_FORMAT = 'HH24:MI:SS.FF9',"
            + " TIMESTAMP_NTZ_OUTPUT_FORMAT = 'YYYY-MM-DD\"T\"HH24:MI:SS.FF9',"
            + " TIMESTAMP_TZ_OUTPUT_FORMAT = 'YYYY-MM-DD\"T\"HH24:MI:SS.FF9TZH:TZM',"
            + " TIMESTAMP_LTZ_OUTPUT_FORMAT = 'YYYY-MM-DD\"T\"HH24:MI:SS.FF9TZH:TZM',"
            + " BINARY_OUTPUT_FORMAT = 'HEX',"
            + " TIMEZONE = 'UTC'";
    static final Duration MAX_IDLE = Duration.ofMinutes(15);

    private static final Logger LOG = LoggerFactory.getLogger(SnowflakeConnections.class);

    private final SnowflakeSettings settings;
    private final int size;
    private final Duration waitTimeout;
    private final Deque<Idle> idle = new ArrayDeque<>();
    private int open;
    private boolean closed;

    private record Idle(Connection connection, long since) {
    }

    SnowflakeConnections(SnowflakeSettings settings, int size, Duration waitTimeout) {
        this.settings = settings;
        this.size = size;
        this.waitTimeout = waitTimeout;
    }

    /** A session for the caller's exclusive use; give it back with {@link #release}. */
    Connection acquire() throws SQLException {
        long deadline = System.nanoTime() + waitTimeout.toNanos();
        synchronized (this) {
            while (true) {
                if (closed) {
                    throw new SQLException("the Snowflake IO manager is closed");
                }
                Idle candidate = idle.pollFirst();
                if (candidate != null) {
                    if (System.nanoTime() - candidate.since() < MAX_IDLE.toNanos() && !candidate.connection().isClosed()) {
                        return candidate.connection();
                    }
                    open--;
                    closeQuietly(candidate.connection());
                    continue;
                }
                if (open < size) {
                    open++;
                    break;
                }
                long left = deadline - System.nanoTime();
                if (left <= 0) {
                    throw new SQLException("all " + size + " Snowflake sessions stayed busy for " + waitTimeout.toSeconds()
                            + " s; raise SnowflakeIOManager.Builder.poolSize or close the read streams you no longer need");
                }
                try {
                    wait(Math.max(1, left / 1_000_000));
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    throw new SQLException("interrupted while waiting for a Snowflake session", e);
                }
            }
        }
        try {
            return openSession();
        } catch (SQLException | RuntimeException e) {
            synchronized (this) {
                open--;
                notifyAll();
            }
            throw e;
        }
    }

    private Connection openSession() throws SQLException {
        Properties properties = settings.connectionProperties();
        Connection connection = DriverManager.getConnection(settings.jdbcUrl(), properties);
        try (Statement statement = connection.createStatement()) {
            statement.execute(SESSION_SETUP);
        } catch (SQLException e) {
            closeQuietly(connection);
            throw e;
        }
        LOG.debug("opened a Snowflake session to {}", settings.describe());
        return connection;
    }

    /** Gives a session back; a broken one ({@code reusable} false) is closed instead. */
    void release(Connection connection, boolean reusable) {
        boolean keep;
        synchronized (this) {
            keep = reusable && !closed;
            if (keep) {
                idle.addFirst(new Idle(connection, System.nanoTime()));
            } else {
                open--;
            }
            notifyAll();
        }
        if (!keep) {
            closeQuietly(connection);
        }
    }

    @Override
    public void close() {
        Deque<Idle> toClose;
        synchronized (this) {
            closed = true;
            toClose = new ArrayDeque<>(idle);
            open -= idle.size();
            idle.clear();
            notifyAll();
        }
        for (Idle session : toClose) {
            closeQuietly(session.connection());
        }
    }

    private static void closeQuietly(Connection connection) {
        try {
            connection.close();
        } catch (SQLException | RuntimeException e) {
            LOG.debug("closing a Snowflake session failed: {}", e.getMessage());
        }
    }
}
