package dev.assetflow.runtime.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

/**
 * A {@link RowSource} over a row of captured values, as the {@link InMemoryIOManager} stores them. Column
 * {@code i} of the reading row type is value {@code positions[i]} of the stored row, so a reader sees only
 * its own columns.
 */
public final class ValueRowSource implements RowSource {

    private final String asset;
    private final String table;
    private final Column[] columns;
    private final int[] positions;
    private Object[] values;

    public ValueRowSource(String asset, String table, List<Column> columns, int[] positions) {
        this.asset = asset;
        this.table = table;
        this.columns = columns.toArray(Column[]::new);
        this.positions = positions;
    }

    public ValueRowSource at(Object[] row) {
        this.values = row;
        return this;
    }

    private Object value(int column) {
        return values[positions[column]];
    }

    private Object required(int column) {
        Object value = value(column);
        if (value == null) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
        return value;
    }

    private Object nullable(int column) {
        Object value = value(column);
        if (value == null && !columns[column].nullable()) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
        return value;
    }

    private Number number(int column) {
        return (Number) required(column);
    }

    private Number numberOrNull(int column) {
        return (Number) nullable(column);
    }

    @Override
    public boolean getBoolean(int column) {
        return (Boolean) required(column);
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
        return (Boolean) nullable(column);
    }

    @Override
    public Byte getByteOrNull(int column) {
        Number value = numberOrNull(column);
        return value == null ? null : value.byteValue();
    }

    @Override
    public Short getShortOrNull(int column) {
        Number value = numberOrNull(column);
        return value == null ? null : value.shortValue();
    }

    @Override
    public Integer getIntOrNull(int column) {
        Number value = numberOrNull(column);
        return value == null ? null : value.intValue();
    }

    @Override
    public Long getLongOrNull(int column) {
        Number value = numberOrNull(column);
        return value == null ? null : value.longValue();
    }

    @Override
    public Float getFloatOrNull(int column) {
        Number value = numberOrNull(column);
        return value == null ? null : value.floatValue();
    }

    @Override
    public Double getDoubleOrNull(int column) {
        Number value = numberOrNull(column);
        return value == null ? null : value.doubleValue();
    }

    @Override
    public BigDecimal getDecimal(int column) {
        return (BigDecimal) nullable(column);
    }

    @Override
    public String getString(int column) {
        return (String) nullable(column);
    }

    @Override
    public LocalDate getDate(int column) {
        return (LocalDate) nullable(column);
    }

    @Override
    public LocalTime getTime(int column) {
        return (LocalTime) nullable(column);
    }

    @Override
    public LocalDateTime getTimestamp(int column) {
        return (LocalDateTime) nullable(column);
    }

    @Override
    public Instant getInstant(int column) {
        return (Instant) nullable(column);
    }

    @Override
    public OffsetDateTime getOffsetDateTime(int column) {
        Instant value = getInstant(column);
        return value == null ? null : value.atOffset(ZoneOffset.UTC);
    }

    @Override
    public UUID getUuid(int column) {
        return (UUID) nullable(column);
    }

    @Override
    public byte[] getBytes(int column) {
        byte[] value = (byte[]) nullable(column);
        return value == null ? null : value.clone();
    }
}
