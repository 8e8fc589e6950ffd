package dev.assetflow.benchmarks;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.nio.charset.StandardCharsets;
import java.time.ZoneOffset;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.apache.arrow.vector.BigIntVector;
import org.apache.arrow.vector.BitVector;
import org.apache.arrow.vector.DateDayVector;
import org.apache.arrow.vector.Float8Vector;
import org.apache.arrow.vector.TimeStampMicroVector;
import org.apache.arrow.vector.VarCharVector;
import org.apache.arrow.vector.VectorSchemaRoot;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBAppender;
import org.duckdb.DuckDBResultSet;
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

    /**
     * The fastest hand-written Appender loop: in one transaction, drop the table, create it and append, so
     * that DuckDB writes the new table's blocks without its write-ahead log.
     */
    long writeNewTable(long rows) throws SQLException {
        connection.setAutoCommit(false);
        try (Statement statement = connection.createStatement()) {
            statement.execute("drop table if exists native_rows");
            statement.execute("create table native_rows (id bigint not null, name varchar not null,"
                    + " amount double not null, day date not null, active boolean not null,"
                    + " created_at timestamp not null)");
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

    /**
     * DuckDB's Arrow export turned into records by hand: the result exported through the Arrow C data
     * interface, each batch's vectors read into {@link BenchRow}s.
     */
    Checksum readArrow() throws Exception {
        long count = 0;
        long sum = 0;
        try (BufferAllocator allocator = new RootAllocator();
                Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery("select id, name, amount, day, active, created_at from native_rows");
                ArrowReader reader = (ArrowReader) rs.unwrap(DuckDBResultSet.class).arrowExportStream(allocator, 2048)) {
            while (reader.loadNextBatch()) {
                VectorSchemaRoot root = reader.getVectorSchemaRoot();
                BigIntVector id = (BigIntVector) root.getVector(0);
                VarCharVector name = (VarCharVector) root.getVector(1);
                Float8Vector amount = (Float8Vector) root.getVector(2);
                DateDayVector day = (DateDayVector) root.getVector(3);
                BitVector active = (BitVector) root.getVector(4);
                TimeStampMicroVector created = (TimeStampMicroVector) root.getVector(5);
                int n = root.getRowCount();
                for (int i = 0; i < n; i++) {
                    long micros = created.get(i);
                    BenchRow row = new BenchRow(id.get(i), new String(name.get(i), StandardCharsets.UTF_8),
                            amount.get(i), LocalDate.ofEpochDay(day.get(i)), active.get(i) != 0,
                            LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L),
                                    (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC));
                    count++;
                    sum += BenchData.checksum(row);
                }
            }
        }
        return new Checksum(count, sum);
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
