package dev.assetflow.runtime.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Captures each row's column values as an {@code Object[]}, for the {@link InMemoryIOManager}. */
public final class ValueCapturingSink extends CheckedRowSink {

    private final int width;
    private final List<Object[]> rows = new ArrayList<>();
    private Object[] current;

    public ValueCapturingSink(String asset, String table, List<Column> columns) {
        super(asset, table, columns);
        this.width = columns.size();
    }

    @Override
    protected void beginRow() {
        super.beginRow();
        current = new Object[width];
    }

    @Override
    protected void endRow() {
        super.endRow();
        rows.add(current);
    }

    public List<Object[]> captured() {
        return rows;
    }

    private void set(Object value) {
        current[currentColumn()] = value;
    }

    @Override
    public void writeNull() {
        set(null);
    }

    @Override
    public void writeBoolean(boolean value) {
        set(value);
    }

    @Override
    public void writeByte(byte value) {
        set(value);
    }

    @Override
    public void writeShort(short value) {
        set(value);
    }

    @Override
    public void writeInt(int value) {
        set(value);
    }

    @Override
    public void writeLong(long value) {
        set(value);
    }

    @Override
    public void writeFloat(float value) {
        set(value);
    }

    @Override
    public void writeDouble(double value) {
        set(value);
    }

    @Override
    public void writeDecimal(BigDecimal value) {
        set(value);
    }

    @Override
    public void writeString(String value) {
        set(value);
    }

    @Override
    public void writeDate(LocalDate value) {
        set(value);
    }

    @Override
    public void writeTime(LocalTime value) {
        set(value);
    }

    @Override
    public void writeTimestamp(LocalDateTime value) {
        set(value);
    }

    @Override
    public void writeInstant(Instant value) {
        set(value);
    }

    @Override
    public void writeUuid(UUID value) {
        set(value);
    }

    @Override
    public void writeBytes(byte[] value) {
        set(value.clone());
    }
}
