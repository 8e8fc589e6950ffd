package dev.assetflow.runtime;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.ColumnType;
import dev.assetflow.runtime.io.RowType;
import java.time.LocalDate;
import java.util.List;

/** A row type written by hand the way the processor generates one: {@code record Sale(long id, String owner, @Nullable Double amount, LocalDate day)}. */
public record Sale(long id, String owner, Double amount, LocalDate day) {

    public static final RowType<Sale> ROW_TYPE = RowType.of("dev.assetflow.runtime.Sale",
            List.of(Column.of("id", ColumnType.BIGINT, false),
                    Column.of("owner", ColumnType.VARCHAR, false),
                    Column.of("amount", ColumnType.DOUBLE, true),
                    Column.of("day", ColumnType.DATE, false)),
            (row, sink) -> {
                sink.putLong(row.id());
                sink.putString(row.owner());
                if (row.amount() == null) {
                    sink.putNull();
                } else {
                    sink.putDouble(row.amount());
                }
                sink.putDate(row.day());
            },
            source -> new Sale(source.getLong(0), source.getString(1), source.getDoubleOrNull(2),
                    source.getDate(3)));

    /** A projection of Sale: {@code record OwnerAmount(String owner, @Nullable Double amount)}. */
    public record OwnerAmount(String owner, Double amount) {
        public static final RowType<OwnerAmount> ROW_TYPE = RowType.of("dev.assetflow.runtime.Sale.OwnerAmount",
                List.of(Column.of("owner", ColumnType.VARCHAR, false), Column.of("amount", ColumnType.DOUBLE, true)),
                (row, sink) -> {
                    sink.putString(row.owner());
                    if (row.amount() == null) {
                        sink.putNull();
                    } else {
                        sink.putDouble(row.amount());
                    }
                },
                source -> new OwnerAmount(source.getString(0), source.getDoubleOrNull(1)));
    }

    /** {@code record OwnerTotal(String owner, double total)}. */
    public record OwnerTotal(String owner, double total) {
        public static final RowType<OwnerTotal> ROW_TYPE = RowType.of("dev.assetflow.runtime.Sale.OwnerTotal",
                List.of(Column.of("owner", ColumnType.VARCHAR, false), Column.of("total", ColumnType.DOUBLE, false)),
                (row, sink) -> {
                    sink.putString(row.owner());
                    sink.putDouble(row.total());
                },
                source -> new OwnerTotal(source.getString(0), source.getDouble(1)));
    }
}
