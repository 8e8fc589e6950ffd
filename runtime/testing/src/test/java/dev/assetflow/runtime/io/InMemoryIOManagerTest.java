package dev.assetflow.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.Sale;
import dev.assetflow.testing.MaybeEveryType;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

class InMemoryIOManagerTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final TableSlice SALES = new TableSlice("sales", null, "sales");
    private static final List<Sale> OLD = List.of(new Sale(1, "ann", 10.0, DAY), new Sale(2, "bob", null, DAY));

    private final InMemoryIOManager io = new InMemoryIOManager();

    private <T> List<T> read(TableSlice slice, RowType<T> rowType) {
        try (Stream<T> rows = io.read(slice, rowType)) {
            return rows.toList();
        }
    }

    @Test
    void roundTripsEveryColumnType() {
        TableSlice slice = new TableSlice("all", "s", "all");
        io.write(slice, AllTypes.ROW_TYPE, Samples.all().stream());
        io.write(new TableSlice("maybe", null, "maybe"), MaybeEveryType.ROW_TYPE, Stream.of(MaybeEveryType.nulls(1)));

        assertThat(read(slice, AllTypes.ROW_TYPE)).usingRecursiveFieldByFieldElementComparator(Samples.exact())
                .containsExactlyElementsOf(Samples.all());
        assertThat(read(new TableSlice("maybe", null, "maybe"), MaybeEveryType.ROW_TYPE))
                .usingRecursiveFieldByFieldElementComparator().containsExactly(MaybeEveryType.nulls(1));
    }

    @Test
    void projectionReadsColumnsByName() {
        io.write(SALES, Sale.ROW_TYPE, OLD.stream());

        assertThat(read(SALES, Sale.OwnerAmount.ROW_TYPE))
                .containsExactly(new Sale.OwnerAmount("ann", 10.0), new Sale.OwnerAmount("bob", null));
    }

    @Test
    void storedBytesAreCopies() {
        byte[] bytes = {1, 2};
        AllTypes row = Samples.ORDINARY;
        AllTypes withBytes = new AllTypes(row.flag(), row.tiny(), row.small(), row.number(), row.big(), row.real(),
                row.dbl(), row.amount(), row.text(), row.day(), row.time(), row.stamp(), row.instant(), row.offset(),
                row.uuid(), bytes, row.color());
        io.write(SALES, AllTypes.ROW_TYPE, Stream.of(withBytes));
        bytes[0] = 99;

        assertThat(read(SALES, AllTypes.ROW_TYPE).get(0).bytes()).containsExactly(1, 2);
    }

    @Test
    void failuresLeaveThePreviousRows() {
        io.write(SALES, Sale.ROW_TYPE, OLD.stream());

        assertThatThrownBy(() -> io.write(SALES, Sale.ROW_TYPE, LongStream.range(0, 10).mapToObj(i -> {
            if (i == 5) {
                throw new IllegalStateException("broken");
            }
            return new Sale(i, "x", 1.0, DAY);
        }))).hasMessage("broken");
        assertThatThrownBy(() -> io.write(SALES, Sale.ROW_TYPE, Stream.of(new Sale(1, "x", 1.0, DAY),
                new Sale(2, "y", 1.0, null))))
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("asset 'sales': row 2 has null in column 'day' of table main.sales");

        assertThat(read(SALES, Sale.ROW_TYPE)).containsExactlyElementsOf(OLD);
    }

    @Test
    void missingTableAndColumnAreNamed() {
        assertThatThrownBy(() -> io.read(SALES, Sale.ROW_TYPE))
                .hasMessageContaining("table main.sales does not exist; has asset 'sales' been materialized?");
        io.write(SALES, Sale.OwnerAmount.ROW_TYPE, Stream.empty());
        assertThatThrownBy(() -> io.read(SALES, Sale.ROW_TYPE))
                .hasMessageContaining("table main.sales has no column 'id' (it has owner, amount)");
    }

    @Test
    void nullReadIntoAPrimitiveIsNamed() {
        io.write(SALES, Sale.ROW_TYPE, OLD.stream());
        RowType<Double> amounts = RowType.of("Amount",
                List.of(dev.assetflow.runtime.io.Column.of("amount", dev.assetflow.runtime.io.ColumnType.DOUBLE, false)),
                (row, sink) -> sink.putDouble(row), source -> source.getDouble(0));

        assertThatThrownBy(() -> read(SALES, amounts))
                .hasMessageContaining("column 'amount' of table main.sales holds NULL");
    }
}
