package dev.assetflow.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.TableSlice;
import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** A process killed with SIGKILL in the middle of a write leaves the table's previous rows. */
class DuckDbCrashTest {

    private static final TableSlice SALES = new TableSlice("sales", null, "sales");
    private static final List<Sale> OLD = List.of(new Sale(1, "ann", 10.0, LocalDate.of(2024, 3, 1)),
            new Sale(2, "bob", null, LocalDate.of(2024, 3, 2)));

    @TempDir
    Path directory;

    @Test
    void killedWriterLeavesThePreviousRows() throws Exception {
        String url = "jdbc:duckdb:" + directory.resolve("crash.duckdb");
        try (DuckDbIOManager io = DuckDbIOManager.fromUrl(url)) {
            io.write(SALES, Sale.ROW_TYPE, OLD.stream());
        }

        Process child = new ProcessBuilder(Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                "-cp", System.getProperty("java.class.path"), SlowWriterMain.class.getName(), url)
                .redirectError(ProcessBuilder.Redirect.DISCARD)
                .start();
        long appended = 0;
        try (BufferedReader out = new BufferedReader(new InputStreamReader(child.getInputStream(),
                StandardCharsets.UTF_8))) {
            String line;
            while (appended < 50_000 && (line = out.readLine()) != null) {
                if (line.startsWith("appended ")) {
                    appended = Long.parseLong(line.substring("appended ".length()));
                }
            }
        } finally {
            child.destroyForcibly();
            assertThat(child.waitFor(30, TimeUnit.SECONDS)).isTrue();
        }
        assertThat(appended).as("rows the child appended before it was killed").isGreaterThanOrEqualTo(50_000);
        assertThat(child.exitValue()).as("killed by SIGKILL").isEqualTo(137);

        try (DuckDbIOManager io = DuckDbIOManager.fromUrl(url); Stream<Sale> rows = io.read(SALES, Sale.ROW_TYPE)) {
            assertThat(rows.toList()).containsExactlyElementsOf(OLD);
        }
    }
}
