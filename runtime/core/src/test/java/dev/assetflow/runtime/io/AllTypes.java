package dev.assetflow.runtime.io;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * A record with one component of every supported type, none nullable, and its row type written by hand
 * the way the processor generates it. The amount is {@code @Decimal(precision = 18, scale = 3)}.
 */
public record AllTypes(boolean flag, byte tiny, short small, int number, long big, float real, double dbl,
        BigDecimal amount, String text, LocalDate day, LocalTime time, LocalDateTime stamp, Instant instant,
        OffsetDateTime offset, UUID uuid, byte[] bytes, Color color) {

    public enum Color { RED, GREEN }

    public static final RowType<AllTypes> ROW_TYPE = RowType.of("dev.assetflow.runtime.io.AllTypes", List.of(
                    Column.of("flag", ColumnType.BOOLEAN, false),
                    Column.of("tiny", ColumnType.TINYINT, false),
                    Column.of("small", ColumnType.SMALLINT, false),
                    Column.of("number", ColumnType.INTEGER, false),
                    Column.of("big", ColumnType.BIGINT, false),
                    Column.of("real", ColumnType.REAL, false),
                    Column.of("dbl", ColumnType.DOUBLE, false),
                    Column.decimal("amount", false, 18, 3),
                    Column.of("text", ColumnType.VARCHAR, false),
                    Column.of("day", ColumnType.DATE, false),
                    Column.of("time", ColumnType.TIME, false),
                    Column.of("stamp", ColumnType.TIMESTAMP, false),
                    Column.of("instant", ColumnType.TIMESTAMP_TZ, false),
                    Column.of("offset", ColumnType.TIMESTAMP_TZ, false),
                    Column.of("uuid", ColumnType.UUID, false),
                    Column.of("bytes", ColumnType.BLOB, false),
                    Column.of("color", ColumnType.VARCHAR, false)),
            (row, sink) -> {
                sink.putBoolean(row.flag());
                sink.putByte(row.tiny());
                sink.putShort(row.small());
                sink.putInt(row.number());
                sink.putLong(row.big());
                sink.putFloat(row.real());
                sink.putDouble(row.dbl());
                sink.putDecimal(row.amount());
                sink.putString(row.text());
                sink.putDate(row.day());
                sink.putTime(row.time());
                sink.putTimestamp(row.stamp());
                sink.putInstant(row.instant());
                sink.putOffsetDateTime(row.offset());
                sink.putUuid(row.uuid());
                sink.putBytes(row.bytes());
                sink.putString(row.color() == null ? null : row.color().name());
            },
            source -> new AllTypes(source.getBoolean(0), source.getByte(1), source.getShort(2), source.getInt(3),
                    source.getLong(4), source.getFloat(5), source.getDouble(6), source.getDecimal(7),
                    source.getString(8), source.getDate(9), source.getTime(10), source.getTimestamp(11),
                    source.getInstant(12), source.getOffsetDateTime(13), source.getUuid(14), source.getBytes(15),
                    Color.valueOf(source.getString(16))));
}
