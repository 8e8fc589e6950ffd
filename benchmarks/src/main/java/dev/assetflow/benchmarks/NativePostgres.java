package dev.assetflow.benchmarks;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.postgresql.PGConnection;
import org.postgresql.copy.CopyIn;

/**
 * The hand-written PostgreSQL paths Assetflow is measured against: binary {@code COPY FROM STDIN} through
 * pgjdbc's CopyManager, and a streaming ResultSet loop.
 */
final class NativePostgres implements AutoCloseable {

    private static final byte[] HEADER = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xff, '\r', '\n', 0,
        0, 0, 0, 0, 0, 0, 0, 0};
    private static final LocalDate PG_EPOCH_DAY = LocalDate.of(2000, 1, 1);
    private static final long PG_EPOCH_SECOND = LocalDateTime.of(2000, 1, 1, 0, 0).toEpochSecond(ZoneOffset.UTC);

    private final Connection connection;

    NativePostgres(String url) throws SQLException {
        this.connection = DriverManager.getConnection(url);
        try (Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists native_rows (id bigint not null, name text not null,"
                    + " amount double precision not null, day date not null, active boolean not null,"
                    + " created_at timestamp not null)");
        }
    }

    /** Replaces the table's rows in one transaction with binary COPY. */
    long write(long rows) throws SQLException, IOException {
        connection.setAutoCommit(false);
        try {
            try (Statement statement = connection.createStatement()) {
                statement.execute("delete from native_rows");
            }
            CopyIn copy = connection.unwrap(PGConnection.class).getCopyAPI().copyIn(
                    "copy native_rows (id, name, amount, day, active, created_at) from stdin (format binary)");
            ByteBuffer buffer = ByteBuffer.allocate(1 << 16);
            buffer.put(HEADER);
            for (long i = 0; i < rows; i++) {
                BenchRow row = BenchData.row(i);
                byte[] name = row.name().getBytes(StandardCharsets.UTF_8);
                if (buffer.remaining() < 2 + 12 + 4 + name.length + 12 + 8 + 5 + 12) {
                    copy.writeToCopy(buffer.array(), 0, buffer.position());
                    buffer.clear();
                }
                buffer.putShort((short) 6);
                buffer.putInt(8).putLong(row.id());
                buffer.putInt(name.length).put(name);
                buffer.putInt(8).putDouble(row.amount());
                buffer.putInt(4).putInt((int) ChronoUnit.DAYS.between(PG_EPOCH_DAY, row.day()));
                buffer.putInt(1).put((byte) (row.active() ? 1 : 0));
                LocalDateTime at = row.createdAt();
                long micros = (at.toEpochSecond(ZoneOffset.UTC) - PG_EPOCH_SECOND) * 1_000_000L + at.getNano() / 1000;
                buffer.putInt(8).putLong(micros);
            }
            buffer.putShort((short) -1);
            copy.writeToCopy(buffer.array(), 0, buffer.position());
            long copied = copy.endCopy();
            connection.commit();
            return copied;
        } catch (SQLException | RuntimeException e) {
            connection.rollback();
            throw e;
        } finally {
            connection.setAutoCommit(true);
        }
    }

    /** Reads every row into records with a streaming JDBC loop (autocommit off, fetch size) and checksums them. */
    Checksum read() throws SQLException {
        long count = 0;
        long sum = 0;
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.setFetchSize(10_000);
            try (ResultSet rs = statement.executeQuery(
                    "select id, name, amount, day, active, created_at from native_rows")) {
                while (rs.next()) {
                    BenchRow row = new BenchRow(rs.getLong(1), rs.getString(2), rs.getDouble(3),
                            rs.getObject(4, LocalDate.class), rs.getBoolean(5),
                            rs.getObject(6, LocalDateTime.class));
                    count++;
                    sum += BenchData.checksum(row);
                }
            }
        } finally {
            connection.commit();
            connection.setAutoCommit(true);
        }
        return new Checksum(count, sum);
    }

    @Override
    public void close() throws SQLException {
        connection.close();
    }
}
