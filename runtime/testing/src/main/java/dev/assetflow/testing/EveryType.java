package dev.assetflow.testing;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

/**
 * One non-null component of every supported type, with its row type written by hand the way the processor
 * generates it. Three decimals: {@code @Decimal(precision = 38, scale = 0)}, {@code (38, 10)} and
 * {@code (9, 2)}.
 */
public record EveryType(boolean flag, byte tiny, short small, int number, long big, float real, double dbl,
        BigDecimal whole, BigDecimal fraction, BigDecimal money, String text, LocalDate day, LocalTime time,
        LocalDateTime stamp, Instant instant, OffsetDateTime offset, UUID uuid, byte[] bytes, Color color) {

    public enum Color { RED, GREEN, BLUE }

    public static final RowType<EveryType> ROW_TYPE = RowType.of(
            "dev.assetflow.runtime.io.contract.EveryType",
            List.of(
                    Column.of("flag", ColumnType.BOOLEAN, false),
                    Column.of("tiny", ColumnType.TINYINT, false),
                    Column.of("small", ColumnType.SMALLINT, false),
                    Column.of("number", ColumnType.INTEGER, false),
                    Column.of("big", ColumnType.BIGINT, false),
                    Column.of("real", ColumnType.REAL, false),
                    Column.of("dbl", ColumnType.DOUBLE, false),
                    Column.decimal("whole", false, 38, 0),
                    Column.decimal("fraction", false, 38, 10),
                    Column.decimal("money", false, 9, 2),
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
                sink.putDecimal(row.whole());
                sink.putDecimal(row.fraction());
                sink.putDecimal(row.money());
                sink.putString(row.text());
                sink.putDate(row.day());
                sink.putTime(row.time());
                sink.putTimestamp(row.stamp());
                sink.putInstant(row.instant());
                sink.putOffsetDateTime(row.offset());
                sink.putUuid(row.uuid());
                sink.putBytes(row.bytes());
                var color = row.color();
                sink.putString(color == null ? null : color.name());
            },
            source -> new EveryType(
                    source.getBoolean(0),
                    source.getByte(1),
                    source.getShort(2),
                    source.getInt(3),
                    source.getLong(4),
                    source.getFloat(5),
                    source.getDouble(6),
                    source.getDecimal(7),
                    source.getDecimal(8),
                    source.getDecimal(9),
                    source.getString(10),
                    source.getDate(11),
                    source.getTime(12),
                    source.getTimestamp(13),
                    source.getInstant(14),
                    source.getOffsetDateTime(15),
                    source.getUuid(16),
                    source.getBytes(17),
                    Color.valueOf(source.getString(18))));
}
