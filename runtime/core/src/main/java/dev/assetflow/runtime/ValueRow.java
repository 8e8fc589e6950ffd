package dev.assetflow.runtime;

import dev.assetflow.runtime.io.RowSink;
import dev.assetflow.runtime.io.RowType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.UUID;

/** Collects one record's column values, as the generated writer hands them over, for previews. */
final class ValueRow implements RowSink {

    private final List<Object> values;

    private ValueRow(int width) {
        this.values = new ArrayList<>(width);
    }

    /** The values of {@code row}, in column order, boxed ({@code null} for SQL NULL). */
    static <R> List<Object> of(RowType<R> rowType, R row) {
        ValueRow sink = new ValueRow(rowType.columns().size());
        rowType.writer().write(row, sink);
        return Collections.unmodifiableList(sink.values);
    }

    @Override
    public void putNull() {
        values.add(null);
    }

    @Override
    public void putBoolean(boolean value) {
        values.add(value);
    }

    @Override
    public void putByte(byte value) {
        values.add(value);
    }

    @Override
    public void putShort(short value) {
        values.add(value);
    }

    @Override
    public void putInt(int value) {
        values.add(value);
    }

    @Override
    public void putLong(long value) {
        values.add(value);
    }

    @Override
    public void putFloat(float value) {
        values.add(value);
    }

    @Override
    public void putDouble(double value) {
        values.add(value);
    }

    @Override
    public void putDecimal(BigDecimal value) {
        values.add(value);
    }

    @Override
    public void putString(String value) {
        values.add(value);
    }

    @Override
    public void putDate(LocalDate value) {
        values.add(value);
    }

    @Override
    public void putTime(LocalTime value) {
        values.add(value);
    }

    @Override
    public void putTimestamp(LocalDateTime value) {
        values.add(value);
    }

    @Override
    public void putInstant(Instant value) {
        values.add(value);
    }

    @Override
    public void putOffsetDateTime(OffsetDateTime value) {
        values.add(value);
    }

    @Override
    public void putUuid(UUID value) {
        values.add(value);
    }

    @Override
    public void putBytes(byte[] value) {
        values.add(value == null ? null : value.clone());
    }
}
