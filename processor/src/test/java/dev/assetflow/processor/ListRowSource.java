package dev.assetflow.processor;

import dev.assetflow.runtime.io.RowSource;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/** Serves the values a {@link RecordingSink} recorded as one row; numeric getters widen. */
final class ListRowSource implements RowSource {

    private final List<Object> values;

    ListRowSource(List<Object> values) {
        this.values = values;
    }

    private Object value(int column) {
        Object value = values.get(column);
        return value == RecordingSink.NULL ? null : value;
    }

    private Number number(int column) {
        Object value = value(column);
        if (value == null) {
            throw new IllegalStateException("NULL in column " + column + " read by a primitive getter");
        }
        return (Number) value;
    }

    @Override
    public boolean getBoolean(int column) {
        return (Boolean) value(column);
    }

    @Override
    public byte getByte(int column) {
        return number(column).byteValue();
    }

    @Override
    public short getShort(int column) {
        return number(column).shortValue();
    }

    @Override
    public int getInt(int column) {
        return number(column).intValue();
    }

    @Override
    public long getLong(int column) {
        return number(column).longValue();
    }

    @Override
    public float getFloat(int column) {
        return number(column).floatValue();
    }

    @Override
    public double getDouble(int column) {
        return number(column).doubleValue();
    }

    @Override
    public Boolean getBooleanOrNull(int column) {
        return (Boolean) value(column);
    }

    @Override
    public Byte getByteOrNull(int column) {
        return value(column) == null ? null : getByte(column);
    }

    @Override
    public Short getShortOrNull(int column) {
        return value(column) == null ? null : getShort(column);
    }

    @Override
    public Integer getIntOrNull(int column) {
        return value(column) == null ? null : getInt(column);
    }

    @Override
    public Long getLongOrNull(int column) {
        return value(column) == null ? null : getLong(column);
    }

    @Override
    public Float getFloatOrNull(int column) {
        return value(column) == null ? null : getFloat(column);
    }

    @Override
    public Double getDoubleOrNull(int column) {
        return value(column) == null ? null : getDouble(column);
    }

    @Override
    public BigDecimal getDecimal(int column) {
        return (BigDecimal) value(column);
    }

    @Override
    public String getString(int column) {
        return (String) value(column);
    }

    @Override
    public LocalDate getDate(int column) {
        return (LocalDate) value(column);
    }

    @Override
    public LocalTime getTime(int column) {
        return (LocalTime) value(column);
    }

    @Override
    public LocalDateTime getTimestamp(int column) {
        return (LocalDateTime) value(column);
    }

    @Override
    public Instant getInstant(int column) {
        return (Instant) value(column);
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int column) {
        return (OffsetDateTime) value(column);
    }

    @Override
    public UUID getUuid(int column) {
        return (UUID) value(column);
    }

    @Override
    public byte[] getBytes(int column) {
        return (byte[]) value(column);
    }
}
