package dev.assetflow.duckdb;

import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.TableSlice;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;

/** Run by {@link DuckDbWithoutArrowTest} in a JVM without java.nio opened: writes and reads twice. */
public final class WithoutArrowMain {

    public static void main(String[] args) {
        List<Sale> sales = List.of(new Sale(1, "ann", 10.0, LocalDate.of(2024, 3, 1)),
                new Sale(2, "bob", null, LocalDate.of(2024, 3, 2)));
        try (DuckDbIOManager io = DuckDbIOManager.fromUrl(args[0])) {
            for (String table : new String[] {"first", "second"}) {
                TableSlice slice = new TableSlice(table, null, table);
                io.write(slice, Sale.ROW_TYPE, sales.stream());
                io.write(slice, Sale.ROW_TYPE, sales.stream());
                try (Stream<Sale> rows = io.read(slice, Sale.ROW_TYPE)) {
                    System.out.println("read " + rows.toList().equals(sales));
                }
            }
        }
    }
}
