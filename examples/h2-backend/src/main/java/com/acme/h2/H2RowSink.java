package com.acme.h2;

import dev.assetflow.runtime.io.CheckedRowSink;
import dev.assetflow.runtime.io.TemporalLimits;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.StorageException;
import java.math.BigDecimal;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * H2's write path: {@link #writeAll} runs the row loop and every check (nulls, decimals, the partition); each
 * value is then bound to a prepared {@code INSERT}, and rows go to the database in JDBC batches, the last one
 * with {@link #flush()}. The only check of its own is H2's: it stores {@code -0.0} as {@code 0.0}, so a
 * negative zero is refused rather than changed.
 */
final class H2RowSink extends CheckedRowSink {

    /** H2's dates and timestamps span Java's years; its timestamps keep microseconds (precision 6). */
    static final TemporalLimits TEMPORAL_LIMITS = new TemporalLimits("H2", java.time.LocalDate.MIN,
            java.time.LocalDate.MAX, java.time.LocalDateTime.MIN, java.time.LocalDateTime.MAX, 6);


    @FunctionalInterface
    private interface Binding {
        void bind(PreparedStatement statement, int index) throws SQLException;
    }

    private final String asset;
    private final String table;
    private final List<Column> columns;
    private final PreparedStatement insert;
    private final int batchSize;
    private int batched;

    /**
     * @param insert {@code INSERT INTO table (columns) VALUES (?, ...)}, one parameter per column in order
     * @param batchSize rows per {@link PreparedStatement#executeBatch()}
     */
    H2RowSink(String asset, String table, List<Column> columns, PreparedStatement insert, int batchSize) {
        super(asset, table, columns);
        limitTemporals(TEMPORAL_LIMITS);
        this.asset = asset;
        this.table = table;
        this.columns = columns;
        this.insert = insert;
        this.batchSize = batchSize;
    }

    /** Adds the row, checked and bound, to the batch, and sends the batch when it is full. */
    @Override
    protected void endRow() {
        super.endRow();
        try {
            insert.addBatch();
        } catch (SQLException e) {
            throw failed(e);
        }
        if (++batched == batchSize) {
            flush();
        }
    }

    /** Sends the rows not sent yet. */
    void flush() {
        if (batched > 0) {
            try {
                insert.executeBatch();
            } catch (SQLException e) {
                throw failed(e);
            }
            batched = 0;
        }
    }

    private StorageException failed(SQLException e) {
        return new StorageException("asset '" + asset + "': inserting rows " + (rows() - batched + 1) + " to "
                + rows() + " into table " + table + " failed: " + e.getMessage(), e);
    }

    private void bind(Binding binding) {
        try {
            binding.bind(insert, currentColumn() + 1);
        } catch (SQLException e) {
            throw new StorageException("asset '" + asset + "': cannot store row " + rows() + ", column '"
                    + columns.get(currentColumn()).name() + "' of table " + table + ": " + e.getMessage(), e);
        }
    }

    private void refuseNegativeZero(double value) {
        if (value == 0 && Double.doubleToRawLongBits(value) != 0) {
            throw new StorageException("asset '" + asset + "': row " + rows() + " has -0.0 in column '"
                    + columns.get(currentColumn()).name() + "' of table " + table + ", which H2 stores as 0.0,"
                    + " so it would not read back as written; write 0.0 instead (adding 0.0 turns -0.0 into 0.0)."
                    + " Nothing was written; the table keeps its previous rows.");
        }
    }

    @Override
    protected void writeNull() {
        bind((statement, index) -> statement.setNull(index, Types.NULL));
    }

    @Override
    protected void writeBoolean(boolean value) {
        bind((statement, index) -> statement.setBoolean(index, value));
    }

    @Override
    protected void writeByte(byte value) {
        bind((statement, index) -> statement.setByte(index, value));
    }

    @Override
    protected void writeShort(short value) {
        bind((statement, index) -> statement.setShort(index, value));
    }

    @Override
    protected void writeInt(int value) {
        bind((statement, index) -> statement.setInt(index, value));
    }

    @Override
    protected void writeLong(long value) {
        bind((statement, index) -> statement.setLong(index, value));
    }

    @Override
    protected void writeFloat(float value) {
        refuseNegativeZero(value);
        bind((statement, index) -> statement.setFloat(index, value));
    }

    @Override
    protected void writeDouble(double value) {
        refuseNegativeZero(value);
        bind((statement, index) -> statement.setDouble(index, value));
    }

    @Override
    protected void writeDecimal(BigDecimal value) {
        bind((statement, index) -> statement.setBigDecimal(index, value));
    }

    @Override
    protected void writeString(String value) {
        bind((statement, index) -> statement.setString(index, value));
    }

    @Override
    protected void writeDate(LocalDate value) {
        bind((statement, index) -> statement.setObject(index, value));
    }

    @Override
    protected void writeTime(LocalTime value) {
        bind((statement, index) -> statement.setObject(index, value));
    }

    @Override
    protected void writeTimestamp(LocalDateTime value) {
        bind((statement, index) -> statement.setObject(index, value));
    }

    @Override
    protected void writeInstant(Instant value) {
        bind((statement, index) -> statement.setObject(index, value.atOffset(ZoneOffset.UTC)));
    }

    @Override
    protected void writeUuid(UUID value) {
        bind((statement, index) -> statement.setObject(index, value));
    }

    @Override
    protected void writeBytes(byte[] value) {
        bind((statement, index) -> statement.setBytes(index, value));
    }
}
