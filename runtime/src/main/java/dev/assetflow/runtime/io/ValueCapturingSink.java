package dev.assetflow.runtime.io;

import dev.assetflow.runtime.Column;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Captures each row's column values as an {@code Object[]}, for the {@link InMemoryIOManager}. */
final class ValueCapturingSink extends CheckedRowSink {

    private final int width;
    private final List<Object[]> rows = new ArrayList<>();
    private Object[] current;

    ValueCapturingSink(String asset, String table, List<Column> columns) {
        super(asset, table, columns);
        this.width = columns.size();
    }

    void beginRow() {
        startRow();
        current = new Object[width];
    }

    void endRow() {
        finishRow();
        rows.add(current);
    }

    List<Object[]> captured() {
        return rows;
    }

    private void set(Object value) {
        current[currentColumn()] = value;
    }

    @Override
    void writeNull() {
        set(null);
    }

    @Override
    void writeBoolean(boolean value) {
        set(value);
    }

    @Override
    void writeByte(byte value) {
        set(value);
    }

    @Override
    void writeShort(short value) {
        set(value);
    }

    @Override
    void writeInt(int value) {
        set(value);
    }

    @Override
    void writeLong(long value) {
        set(value);
    }

    @Override
    void writeFloat(float value) {
        set(value);
    }

    @Override
    void writeDouble(double value) {
        set(value);
    }

    @Override
    void writeDecimal(BigDecimal value) {
        set(value);
    }

    @Override
    void writeString(String value) {
        set(value);
    }

    @Override
    void writeDate(LocalDate value) {
        set(value);
    }

    @Override
    void writeTime(LocalTime value) {
        set(value);
    }

    @Override
    void writeTimestamp(LocalDateTime value) {
        set(value);
    }

    @Override
    void writeInstant(Instant value) {
        set(value);
    }

    @Override
    void writeUuid(UUID value) {
        set(value);
    }

    @Override
    void writeBytes(byte[] value) {
        set(value.clone());
    }
}
