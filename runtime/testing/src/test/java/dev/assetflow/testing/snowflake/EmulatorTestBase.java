package dev.assetflow.testing.snowflake;

import java.sql.Connection;
import java.sql.SQLException;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;

/**
 * One emulator and one connection through the real snowflake-jdbc driver for a whole test class. A subclass
 * creates its schema and tables in its own {@code @BeforeAll}, which runs after this one has connected.
 */
abstract class EmulatorTestBase {

    static SnowflakeEmulator emulator;
    static Connection connection;

    @BeforeAll
    static void startEmulatorAndConnect() throws SQLException {
        emulator = SnowflakeEmulator.start();
        connection = EmulatorTestSupport.connect(emulator);
    }

    @AfterAll
    static void disconnectAndStopEmulator() throws SQLException {
        connection.close();
        emulator.close();
    }
}
