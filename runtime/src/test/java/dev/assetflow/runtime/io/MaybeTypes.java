package dev.assetflow.runtime.io;

import dev.assetflow.runtime.Column;
import dev.assetflow.runtime.ColumnType;
import dev.assetflow.runtime.RowType;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.util.List;
import java.util.UUID;

/** Every type as a {@code @Nullable} boxed or reference component, with its hand-written row type. */
record MaybeTypes(long id, Boolean flag, Byte tiny, Short small, Integer number, Long big, Float real,
        Double dbl, BigDecimal amount, String text, LocalDate day, LocalTime time, LocalDateTime stamp,
        Instant instant, UUID uuid, byte[] bytes) {

    static MaybeTypes empty(long id) {
        return new MaybeTypes(id, null, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null);
    }

    static final RowType<MaybeTypes> ROW_TYPE = RowType.of("dev.assetflow.runtime.io.MaybeTypes", List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("flag", ColumnType.BOOLEAN, true),
                    Column.of("tiny", ColumnType.TINYINT, true),
                    Column.of("small", ColumnType.SMALLINT, true),
                    Column.of("number", ColumnType.INTEGER, true),
                    Column.of("big", ColumnType.BIGINT, true),
                    Column.of("real", ColumnType.REAL, true),
                    Column.of("dbl", ColumnType.DOUBLE, true),
                    Column.decimal("amount", true, 38, 10),
                    Column.of("text", ColumnType.VARCHAR, true),
                    Column.of("day", ColumnType.DATE, true),
                    Column.of("time", ColumnType.TIME, true),
                    Column.of("stamp", ColumnType.TIMESTAMP, true),
                    Column.of("instant", ColumnType.TIMESTAMP_TZ, true),
                    Column.of("uuid", ColumnType.UUID, true),
                    Column.of("bytes", ColumnType.BLOB, true)),
            (row, sink) -> {
                sink.putLong(row.id());
                if (row.flag() == null) { sink.putNull(); } else { sink.putBoolean(row.flag()); }
                if (row.tiny() == null) { sink.putNull(); } else { sink.putByte(row.tiny()); }
                if (row.small() == null) { sink.putNull(); } else { sink.putShort(row.small()); }
                if (row.number() == null) { sink.putNull(); } else { sink.putInt(row.number()); }
                if (row.big() == null) { sink.putNull(); } else { sink.putLong(row.big()); }
                if (row.real() == null) { sink.putNull(); } else { sink.putFloat(row.real()); }
                if (row.dbl() == null) { sink.putNull(); } else { sink.putDouble(row.dbl()); }
                sink.putDecimal(row.amount());
                sink.putString(row.text());
                sink.putDate(row.day());
                sink.putTime(row.time());
                sink.putTimestamp(row.stamp());
                sink.putInstant(row.instant());
                sink.putUuid(row.uuid());
                sink.putBytes(row.bytes());
            },
            source -> new MaybeTypes(source.getLong(0), source.getBooleanOrNull(1), source.getByteOrNull(2),
                    source.getShortOrNull(3), source.getIntOrNull(4), source.getLongOrNull(5),
                    source.getFloatOrNull(6), source.getDoubleOrNull(7), source.getDecimal(8), source.getString(9),
                    source.getDate(10), source.getTime(11), source.getTimestamp(12), source.getInstant(13),
                    source.getUuid(14), source.getBytes(15)));
}
