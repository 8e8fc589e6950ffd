package dev.assetflow.runtime.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * Receives the values of one row, column by column in declaration order. Generated {@link RowWriter}s call
 * it; each IO manager implements it over its bulk path (DuckDB's Appender, PostgreSQL's binary COPY, ...).
 *
 * <p>A {@code null} passed to a reference method means SQL {@code NULL}; the IO manager rejects it when the
 * column is not nullable, naming the asset, the row and the column.
 */
public interface RowSink {

    void putNull();

    void putBoolean(boolean value);

    void putByte(byte value);

    void putShort(short value);

    void putInt(int value);

    void putLong(long value);

    void putFloat(float value);

    void putDouble(double value);

    void putDecimal(BigDecimal value);

    void putString(String value);

    void putDate(LocalDate value);

    void putTime(LocalTime value);

    void putTimestamp(LocalDateTime value);

    void putInstant(Instant value);

    void putOffsetDateTime(OffsetDateTime value);

    void putUuid(UUID value);

    void putBytes(byte[] value);
}
