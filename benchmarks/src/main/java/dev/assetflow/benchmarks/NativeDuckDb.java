package dev.assetflow.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBConnection;

/** The hand-written DuckDB paths Assetflow is measured against: an Appender loop and a ResultSet loop. */
final class NativeDuckDb implements AutoCloseable {

    private final DuckDBConnection connection;

    NativeDuckDb(String url) throws SQLException {
        this.connection = (DuckDBConnection) DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists native_rows (id bigint not null, name varchar not null,"
                    + " amount double not null, day date not null, active boolean not null,"
                    + " created_at timestamp not null)");
        }
    }

    /** Replaces the table's rows in one transaction through the Appender, as a careful user would. */
    long write(long rows) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("delete from native_rows");
            try (DuckDBAppender appender = connection.createAppender(DuckDBConnection.DEFAULT_SCHEMA, "native_rows")) {
                for (long i = 0; i < rows; i++) {
                    BenchRow row = BenchData.row(i);
                    appender.beginRow();
                    appender.append(row.id());
                    appender.append(row.name());
                    appender.append(row.amount());
                    appender.append(row.day());
                    appender.append(row.active());
                    appender.append(row.createdAt());
                    appender.endRow();
                }
            }
            connection.commit();
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
        return rows;
    }

    /** Reads every row into records with a plain JDBC loop and checksums them. */
    Checksum read() throws SQLException {
        long count = 0;
        long sum = 0;
        try (Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(
                        "select id, name, amount, day, active, created_at from native_rows")) {
            while (rs.next()) {
                BenchRow row = new BenchRow(rs.getLong(1), rs.getString(2), rs.getDouble(3),
                        rs.getObject(4, LocalDate.class), rs.getBoolean(5), rs.getObject(6, LocalDateTime.class));
                count++;
                sum += BenchData.checksum(row);
            }
        }
        return new Checksum(count, sum);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
