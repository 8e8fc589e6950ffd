package dev.assetflow.postgres;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.testing.ContractRows;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.UUID;

/**
 * Records and their row types, written by hand the way the annotation processor generates them. The sale rows
 * come from {@link ContractRows}.
 */
final class PostgresRowTypes {

    private PostgresRowTypes() {
    }

    /** One component of every supported type; the reference ones nullable. */
    record AllTypes(boolean flag, Boolean maybeFlag, byte tiny, short small, int number, Long big, float real,
            double precise, Double maybeDouble, BigDecimal amount, String text, LocalDate day, LocalTime time,
            LocalDateTime at, Instant instant, OffsetDateTime offsetAt, UUID id, byte[] blob) {

        @Override
        public boolean equals(Object other) {
            return other instanceof AllTypes o && flag == o.flag && Objects.equals(maybeFlag, o.maybeFlag)
                    && tiny == o.tiny && small == o.small && number == o.number && Objects.equals(big, o.big)
                    && Float.compare(real, o.real) == 0 && Double.compare(precise, o.precise) == 0
                    && Objects.equals(maybeDouble, o.maybeDouble) && Objects.equals(amount, o.amount)
                    && Objects.equals(text, o.text) && Objects.equals(day, o.day) && Objects.equals(time, o.time)
                    && Objects.equals(at, o.at) && Objects.equals(instant, o.instant)
                    && Objects.equals(offsetAt, o.offsetAt) && Objects.equals(id, o.id)
                    && Arrays.equals(blob, o.blob);
        }

        @Override
        public int hashCode() {
            return Objects.hash(number, text);
        }

        @Override
        public String toString() {
            return "AllTypes[" + flag + ", " + maybeFlag + ", " + tiny + ", " + small + ", " + number + ", " + big
                    + ", " + real + ", " + precise + ", " + maybeDouble + ", " + amount + ", " + text + ", " + day
                    + ", " + time + ", " + at + ", " + instant + ", " + offsetAt + ", " + id + ", "
                    + (blob == null ? null : Arrays.toString(blob)) + "]";
        }
    }

    static final RowType<AllTypes> ALL_TYPES = RowType.of("test.AllTypes", List.of(
                    Column.of("flag", ColumnType.BOOLEAN, false),
                    Column.of("maybe_flag", ColumnType.BOOLEAN, true),
                    Column.of("tiny", ColumnType.TINYINT, false),
                    Column.of("small", ColumnType.SMALLINT, false),
                    Column.of("number", ColumnType.INTEGER, false),
                    Column.of("big", ColumnType.BIGINT, true),
                    Column.of("real", ColumnType.REAL, false),
                    Column.of("precise", ColumnType.DOUBLE, false),
                    Column.of("maybe_double", ColumnType.DOUBLE, true),
                    Column.decimal("amount", true, 38, 10),
                    Column.of("text", ColumnType.VARCHAR, true),
                    Column.of("day", ColumnType.DATE, true),
                    Column.of("time", ColumnType.TIME, true),
                    Column.of("at", ColumnType.TIMESTAMP, true),
                    Column.of("instant", ColumnType.TIMESTAMP_TZ, true),
                    Column.of("offset_at", ColumnType.TIMESTAMP_TZ, true),
                    Column.of("id", ColumnType.UUID, true),
                    Column.of("blob", ColumnType.BLOB, true)),
            (row, sink) -> {
                sink.putBoolean(row.flag());
                if (row.maybeFlag() == null) {
                    sink.putNull();
                } else {
                    sink.putBoolean(row.maybeFlag());
                }
                sink.putByte(row.tiny());
                sink.putShort(row.small());
                sink.putInt(row.number());
                if (row.big() == null) {
                    sink.putNull();
                } else {
                    sink.putLong(row.big());
                }
                sink.putFloat(row.real());
                sink.putDouble(row.precise());
                if (row.maybeDouble() == null) {
                    sink.putNull();
                } else {
                    sink.putDouble(row.maybeDouble());
                }
                sink.putDecimal(row.amount());
                sink.putString(row.text());
                sink.putDate(row.day());
                sink.putTime(row.time());
                sink.putTimestamp(row.at());
                sink.putInstant(row.instant());
                sink.putOffsetDateTime(row.offsetAt());
                sink.putUuid(row.id());
                sink.putBytes(row.blob());
            },
            source -> new AllTypes(source.getBoolean(0), source.getBooleanOrNull(1), source.getByte(2),
                    source.getShort(3), source.getInt(4), source.getLongOrNull(5), source.getFloat(6),
                    source.getDouble(7), source.getDoubleOrNull(8), source.getDecimal(9), source.getString(10),
                    source.getDate(11), source.getTime(12), source.getTimestamp(13), source.getInstant(14),
                    source.getOffsetDateTime(15), source.getUuid(16), source.getBytes(17)));

    /** A projection of {@link ContractRows.Sale}: two of its columns, in another order. */
    record OwnerAmount(String owner, double amount) {
    }

    static final RowType<OwnerAmount> OWNER_AMOUNT = RowType.of("test.OwnerAmount", List.of(
                    Column.of("owner", ColumnType.VARCHAR, false),
                    Column.of("amount", ColumnType.DOUBLE, false)),
            (row, sink) -> {
                sink.putString(row.owner());
                sink.putDouble(row.amount());
            },
            source -> new OwnerAmount(source.getString(0), source.getDouble(1)));

    /** Sale's columns as written by an older version of the asset: {@code id} was an int. */
    record NarrowSale(int id, String owner) {
    }

    static final RowType<NarrowSale> NARROW_SALE = RowType.of("test.NarrowSale", List.of(
                    Column.of("id", ColumnType.INTEGER, false),
                    Column.of("owner", ColumnType.VARCHAR, false)),
            (row, sink) -> {
                sink.putInt(row.id());
                sink.putString(row.owner());
            },
            source -> new NarrowSale(source.getInt(0), source.getString(1)));

    /** Reads an int column widened to long, as a projection may. */
    record WideId(long id) {
    }

    static final RowType<WideId> WIDE_ID = RowType.of("test.WideId", List.of(
                    Column.of("id", ColumnType.BIGINT, false)),
            (row, sink) -> sink.putLong(row.id()),
            source -> new WideId(source.getLong(0)));
}
