package dev.assetflow.runtime.reliability;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;

/**
 * A row type written by hand as the processor generates one for
 * {@code record Item(long id, String label, @Nullable String note,
 * @Nullable @Decimal(precision = 6, scale = 2) BigDecimal price, @Nullable Instant at)}.
 */
public record Item(long id, String label, String note, BigDecimal price, Instant at) {

    public static final RowType<Item> ROW_TYPE = RowType.of("dev.assetflow.runtime.reliability.Item",
            List.of(Column.of("id", ColumnType.BIGINT, false),
                    Column.of("label", ColumnType.VARCHAR, false),
                    Column.of("note", ColumnType.VARCHAR, true),
                    Column.decimal("price", true, 6, 2),
                    Column.of("at", ColumnType.TIMESTAMP_TZ, true)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putString(row.label());
                if (row.note() == null) {
                    sink.putNull();
                } else {
                    sink.putString(row.note());
                }
                if (row.price() == null) {
                    sink.putNull();
                } else {
                    sink.putDecimal(row.price());
                }
                if (row.at() == null) {
                    sink.putNull();
                } else {
                    sink.putInstant(row.at());
                }
            },
            source -> new Item(source.getLong(0), source.getString(1), source.getString(2), source.getDecimal(3),
                    source.getInstant(4)));

    /** A projection reading only the id: {@code record ItemId(long id)}. */
    public record ItemId(long id) {
        public static final RowType<ItemId> ROW_TYPE = RowType.of("dev.assetflow.runtime.reliability.Item.ItemId",
                List.of(Column.of("id", ColumnType.BIGINT, false)),
                (row, sink) -> sink.putLong(row.id()),
                source -> new ItemId(source.getLong(0)));
    }

    /** An item with only its required columns. */
    public static Item of(long id, String label) {
        return new Item(id, label, null, null, null);
    }

    /** Items {@code from} to {@code to - 1}, labelled with {@code prefix} and their id. */
    public static Stream<Item> range(long from, long to, String prefix) {
        return LongStream.range(from, to).mapToObj(i -> of(i, prefix + i));
    }
}
