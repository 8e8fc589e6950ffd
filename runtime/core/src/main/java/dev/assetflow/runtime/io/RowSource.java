package dev.assetflow.runtime.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.UUID;

/**
 * The current row of a read, by 0-based column index in the reading row type's column list. Generated
 * {@link RowReader}s call it; each IO manager implements it over its read path.
 *
 * <p>Primitive getters fail on SQL {@code NULL}, and reference getters return {@code null} only for
 * nullable columns; in both cases the error names the asset, the table and the column. The
 * {@code ...OrNull} getters serve boxed components.
 */
public interface RowSource {

    boolean getBoolean(int column);

    byte getByte(int column);

    short getShort(int column);

    int getInt(int column);

    long getLong(int column);

    float getFloat(int column);

    double getDouble(int column);

    Boolean getBooleanOrNull(int column);

    Byte getByteOrNull(int column);

    Short getShortOrNull(int column);

    Integer getIntOrNull(int column);

    Long getLongOrNull(int column);

    Float getFloatOrNull(int column);

    Double getDoubleOrNull(int column);

    BigDecimal getDecimal(int column);

    String getString(int column);

    LocalDate getDate(int column);

    LocalTime getTime(int column);

    LocalDateTime getTimestamp(int column);

    Instant getInstant(int column);

    OffsetDateTime getOffsetDateTime(int column);

    UUID getUuid(int column);

    byte[] getBytes(int column);
}
