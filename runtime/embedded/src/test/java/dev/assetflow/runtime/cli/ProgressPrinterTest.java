package dev.assetflow.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.ProgressListener;
import dev.assetflow.runtime.cli.PipelineCliTest.Order;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class ProgressPrinterTest {

    @TempDir
    Path directory;

    private AssetGraph graph() {
        return AssetGraph.of(List.of(AssetDefinition.builder("orders", Order.ROW_TYPE)
                .computation(in -> LongStream.rangeClosed(1, 35_000)
                        .mapToObj(i -> new Order(i, "eu", 1.0, LocalDate.of(2024, 1, 1)))).build()));
    }

    @Test
    void rowsAreCountedAsTheIoManagerConsumesTheStream() {
        List<Long> counts = new CopyOnWriteArrayList<>();
        ProgressListener listener = new ProgressListener() {
            @Override
            public void rowsWritten(String asset, long rows) {
                counts.add(rows);
            }
        };
        try (Materializer materializer = Materializer.builder(graph())
                .url("jdbc:duckdb:" + directory.resolve("w.duckdb")).progressListener(listener).build()) {
            materializer.materializeAll();
        }
        assertThat(counts).containsExactly(10_000L, 20_000L, 30_000L);
    }

    @Test
    void onATerminalABarIsRedrawnInPlaceAndClearedBeforeEachLine() {
        StringWriter text = new StringWriter();
        ProgressPrinter printer = new ProgressPrinter(new PrintWriter(text, true), true);
        try (Materializer materializer = Materializer.builder(graph())
                .url("jdbc:duckdb:" + directory.resolve("w.duckdb")).progressListener(printer).build()) {
            materializer.materializeAll();
        }
        assertThat(text.toString()).contains("\r[" + " ".repeat(30) + "] 0/1 orders 10,000 rows (")
                .contains("] 0/1 orders 30,000 rows (")
                .containsPattern("\r +\r  orders\\s+MATERIALIZED\\s+35,000 rows");
    }

    @Test
    void withoutATerminalThereIsNoBar() {
        StringWriter text = new StringWriter();
        try (Materializer materializer = Materializer.builder(graph())
                .url("jdbc:duckdb:" + directory.resolve("w.duckdb"))
                .progressListener(new ProgressPrinter(new PrintWriter(text, true), false)).build()) {
            materializer.materializeAll();
        }
        assertThat(text.toString()).doesNotContain("\r").contains("orders").contains("35,000 rows");
    }
}
