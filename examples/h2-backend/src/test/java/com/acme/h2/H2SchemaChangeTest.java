package com.acme.h2;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.io.SchemaPolicy;
import dev.assetflow.runtime.io.TablePartition;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.ContractRows;
import dev.assetflow.testing.ContractRows.RegionalSale;
import dev.assetflow.testing.ContractRows.Sale;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the contract leaves out: a schema change while writing one partition, which H2 applies through a
 * staging table (it commits DDL, so the table cannot be altered inside the write's transaction).
 */
class H2SchemaChangeTest {

    private static final LocalDate MAY_1 = LocalDate.of(2024, 5, 1);
    private static final LocalDate MAY_2 = LocalDate.of(2024, 5, 2);

    @TempDir
    Path dir;

    @Test
    void addingAColumnWhileWritingOnePartitionKeepsTheOtherPartitionsRows() {
        String url = "jdbc:h2:" + dir.resolve("partitions").toAbsolutePath();
        TableSlice sales = new TableSlice("sales", null, "sales");
        TableSlice may2 = sales.withPartition(TablePartition.value("2024-05-02", "day", MAY_2));
        try (H2IOManager plain = H2IOManager.fromUrl(url);
                H2IOManager adding = H2IOManager.builder(url).schemaPolicy(SchemaPolicy.ADD_COLUMNS).build()) {
            plain.write(sales, ContractRows.SALE, Stream.of(new Sale(1, "ann", 1.0, MAY_1),
                    new Sale(2, "bob", 2.0, MAY_2)));

            long written = adding.write(may2, ContractRows.REGIONAL_SALE,
                    Stream.of(new RegionalSale(3, "cid", 3.0, MAY_2, "north")));

            assertThat(written).isEqualTo(1);
            try (Stream<RegionalSale> rows = adding.read(sales, ContractRows.REGIONAL_SALE)) {
                assertThat(rows.toList()).containsExactlyInAnyOrder(new RegionalSale(1, "ann", 1.0, MAY_1, null),
                        new RegionalSale(3, "cid", 3.0, MAY_2, "north"));
            }
        }
    }

    @Test
    void replacingTheTableWhileWritingOnePartitionIsRefusedAndKeepsEveryPartition() {
        String url = "jdbc:h2:" + dir.resolve("replace").toAbsolutePath();
        TableSlice sales = new TableSlice("sales", null, "sales");
        TableSlice may2 = sales.withPartition(TablePartition.value("2024-05-02", "day", MAY_2));
        try (H2IOManager plain = H2IOManager.fromUrl(url);
                H2IOManager replacing = H2IOManager.builder(url).schemaPolicy(SchemaPolicy.REPLACE).build()) {
            plain.write(sales, ContractRows.SALE, Stream.of(new Sale(1, "ann", 1.0, MAY_1)));

            org.assertj.core.api.Assertions.assertThatThrownBy(() -> replacing.write(may2, ContractRows.REGIONAL_SALE,
                    Stream.of(new RegionalSale(3, "cid", 3.0, MAY_2, "n"))))
                    .isInstanceOf(dev.assetflow.runtime.io.SchemaMismatchException.class)
                    .hasMessageContaining("partition 2024-05-02");

            try (Stream<Sale> rows = replacing.read(sales, ContractRows.SALE)) {
                assertThat(rows.toList()).isEqualTo(List.of(new Sale(1, "ann", 1.0, MAY_1)));
            }
        }
    }
}
