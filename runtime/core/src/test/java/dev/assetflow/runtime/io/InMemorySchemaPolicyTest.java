package dev.assetflow.runtime.io;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.Sale.OwnerAmount;
import dev.assetflow.runtime.Sale;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** The in-memory IO manager honours a schema policy carried by the slice, as the database ones do. */
class InMemorySchemaPolicyTest {

    private static final LocalDate DAY = LocalDate.of(2024, 3, 1);
    private static final TableSlice SALES = new TableSlice("sales", null, "sales");
    private static final TablePartition BOB = TablePartition.value("bob", "owner", "bob");

    /** {@code record Regional(String owner, @Nullable Double amount, @Nullable String region)}. */
    private static final RowType<String[]> REGIONAL = RowType.of("Regional", List.of(
                    Column.of("owner", ColumnType.VARCHAR, false),
                    Column.of("amount", ColumnType.DOUBLE, true),
                    Column.of("region", ColumnType.VARCHAR, true)),
            (row, sink) -> {
                sink.putString(row[0]);
                sink.putNull();
                sink.putString(row[1]);
            },
            source -> new String[] {source.getString(0), source.getString(2)});

    private final InMemoryIOManager io = new InMemoryIOManager();

    private List<String[]> regional(TableSlice slice) {
        try (Stream<String[]> rows = io.read(slice, REGIONAL)) {
            return rows.toList();
        }
    }

    @Test
    void withoutAPolicyAWholeTableWriteReplacesTheTable() {
        io.write(SALES, Sale.ROW_TYPE, Stream.of(new Sale(1, "ann", 1.0, DAY)));
        io.write(SALES, OwnerAmount.ROW_TYPE, Stream.of(new OwnerAmount("bob", 2.0)));

        assertThat(io.columns(SALES)).contains(OwnerAmount.ROW_TYPE.columns());
    }

    @Test
    void failThrowsTheDiffAndKeepsTheTable() {
        io.write(SALES, Sale.ROW_TYPE, Stream.of(new Sale(1, "ann", 1.0, DAY)));

        assertThatThrownBy(() -> io.write(SALES.withSchemaPolicy(SchemaPolicy.FAIL), OwnerAmount.ROW_TYPE,
                Stream.of(new OwnerAmount("bob", 2.0))))
                .isInstanceOfSatisfying(SchemaMismatchException.class, e -> {
                    assertThat(e.table()).isEqualTo("main.sales");
                    assertThat(e.columns()).containsExactly("id", "day");
                })
                .hasMessageMatching("(?s).*id +\\(not in the row type\\) +BIGINT NOT NULL.*");
        assertThat(io.columns(SALES)).contains(Sale.ROW_TYPE.columns());
        assertThat(io.rowCount(SALES)).contains(1);
    }

    @Test
    void addColumnsKeepsTheOtherPartitionsWithNullsInTheNewColumns() {
        io.write(SALES, OwnerAmount.ROW_TYPE, Stream.of(new OwnerAmount("ann", 1.0), new OwnerAmount("bob", 2.0)));

        io.write(SALES.withPartition(BOB).withSchemaPolicy(SchemaPolicy.ADD_COLUMNS), REGIONAL,
                Stream.<String[]>of(new String[] {"bob", "north"}));

        assertThat(regional(SALES)).containsExactly(new String[] {"ann", null}, new String[] {"bob", "north"});
        assertThatThrownBy(() -> io.write(SALES.withSchemaPolicy(SchemaPolicy.ADD_COLUMNS), OwnerAmount.ROW_TYPE,
                Stream.of(new OwnerAmount("cy", 3.0))))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("ADD_COLUMNS only adds new nullable columns");
    }

    @Test
    void replaceRefusesToRecreateThePartitionedTableForOnePartition() {
        io.write(SALES, OwnerAmount.ROW_TYPE, Stream.of(new OwnerAmount("ann", 1.0), new OwnerAmount("bob", 2.0)));

        assertThatThrownBy(() -> io.write(SALES.withPartition(BOB).withSchemaPolicy(SchemaPolicy.REPLACE), REGIONAL,
                Stream.<String[]>of(new String[] {"bob", "north"})))
                .isInstanceOf(SchemaMismatchException.class)
                .hasMessageContaining("SchemaPolicy.REPLACE")
                .hasMessageContaining("partition bob");

        assertThat(io.columns(SALES)).contains(OwnerAmount.ROW_TYPE.columns());
        try (Stream<OwnerAmount> rows = io.read(SALES, OwnerAmount.ROW_TYPE)) {
            assertThat(rows.toList()).containsExactly(new OwnerAmount("ann", 1.0), new OwnerAmount("bob", 2.0));
        }
    }

    @Test
    void withoutAPolicyAPartitionWriteRefusesOtherColumns() {
        io.write(SALES, OwnerAmount.ROW_TYPE, Stream.of(new OwnerAmount("ann", 1.0)));

        assertThatThrownBy(() -> io.write(SALES.withPartition(BOB), REGIONAL,
                Stream.<String[]>of(new String[] {"bob", "north"})))
                .hasMessageContaining("has other columns than the row type");
        assertThat(io.columns(SALES)).contains(OwnerAmount.ROW_TYPE.columns());
    }
}
