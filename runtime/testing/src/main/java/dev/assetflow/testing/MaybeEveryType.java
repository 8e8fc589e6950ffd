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
 * An id, then every supported type as a {@code @Nullable} boxed or reference component. Shared by the contract
 * and the IO manager tests.
 */
public record MaybeEveryType(long id, Boolean flag, Byte tiny, Short small, Integer number, Long big, Float real,
        Double dbl, BigDecimal fraction, String text, LocalDate day, LocalTime time, LocalDateTime stamp,
        Instant instant, OffsetDateTime offset, UUID uuid, byte[] bytes) {

    /** A row whose every nullable component is null. */
    public static MaybeEveryType nulls(long id) {
        return new MaybeEveryType(id, null, null, null, null, null, null, null, null, null, null, null, null,
                null, null, null, null);
    }

    public static final RowType<MaybeEveryType> ROW_TYPE = RowType.of(
            "dev.assetflow.runtime.io.contract.MaybeEveryType",
            List.of(
                    Column.of("id", ColumnType.BIGINT, false),
                    Column.of("flag", ColumnType.BOOLEAN, true),
                    Column.of("tiny", ColumnType.TINYINT, true),
                    Column.of("small", ColumnType.SMALLINT, true),
                    Column.of("number", ColumnType.INTEGER, true),
                    Column.of("big", ColumnType.BIGINT, true),
                    Column.of("real", ColumnType.REAL, true),
                    Column.of("dbl", ColumnType.DOUBLE, true),
                    Column.decimal("fraction", true, 38, 10),
                    Column.of("text", ColumnType.VARCHAR, true),
                    Column.of("day", ColumnType.DATE, true),
                    Column.of("time", ColumnType.TIME, true),
                    Column.of("stamp", ColumnType.TIMESTAMP, true),
                    Column.of("instant", ColumnType.TIMESTAMP_TZ, true),
                    Column.of("offset", ColumnType.TIMESTAMP_TZ, true),
                    Column.of("uuid", ColumnType.UUID, true),
                    Column.of("bytes", ColumnType.BLOB, true)),
            (row, sink) -> {
                sink.putLong(row.id());
                var flag = row.flag();
                if (flag == null) {
                    sink.putNull();
                } else {
                    sink.putBoolean(flag);
                }
                var tiny = row.tiny();
                if (tiny == null) {
                    sink.putNull();
                } else {
                    sink.putByte(tiny);
                }
                var small = row.small();
                if (small == null) {
                    sink.putNull();
                } else {
                    sink.putShort(small);
                }
                var number = row.number();
                if (number == null) {
                    sink.putNull();
                } else {
                    sink.putInt(number);
                }
                var big = row.big();
                if (big == null) {
                    sink.putNull();
                } else {
                    sink.putLong(big);
                }
                var real = row.real();
                if (real == null) {
                    sink.putNull();
                } else {
                    sink.putFloat(real);
                }
                var dbl = row.dbl();
                if (dbl == null) {
                    sink.putNull();
                } else {
                    sink.putDouble(dbl);
                }
                sink.putDecimal(row.fraction());
                sink.putString(row.text());
                sink.putDate(row.day());
                sink.putTime(row.time());
                sink.putTimestamp(row.stamp());
                sink.putInstant(row.instant());
                sink.putOffsetDateTime(row.offset());
                sink.putUuid(row.uuid());
                sink.putBytes(row.bytes());
            },
            source -> new MaybeEveryType(
                    source.getLong(0),
                    source.getBooleanOrNull(1),
                    source.getByteOrNull(2),
                    source.getShortOrNull(3),
                    source.getIntOrNull(4),
                    source.getLongOrNull(5),
                    source.getFloatOrNull(6),
                    source.getDoubleOrNull(7),
                    source.getDecimal(8),
                    source.getString(9),
                    source.getDate(10),
                    source.getTime(11),
                    source.getTimestamp(12),
                    source.getInstant(13),
                    source.getOffsetDateTime(14),
                    source.getUuid(15),
                    source.getBytes(16)));
}
