package dev.assetflow.duckdb;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * In a JVM where Arrow cannot work (java.nio not opened to it), the IO manager writes and reads through the
 * Appender and the JDBC result set, and says once in the log how to enable the Arrow paths.
 */
class DuckDbWithoutArrowTest {

    @TempDir
    Path directory;

    @Test
    void withoutAddOpensRowsGoThroughTheAppenderAndTheLogSaysOnceHowToEnableArrow() throws Exception {
        String output = run(List.of());

        assertThat(output).contains("read true\nread true");
        assertThat(output.split("For DuckDB's faster Arrow paths", -1)).as("log lines explaining Arrow").hasSize(2);
        assertThat(output).contains("java.nio is not open to Arrow")
                .contains("--add-opens=java.base/java.nio=ALL-UNNAMED");
    }

    @Test
    void withAddOpensTheLogIsSilentAboutArrow() throws Exception {
        String output = run(List.of("--add-opens=java.base/java.nio=ALL-UNNAMED"));

        assertThat(output).contains("read true\nread true").doesNotContain("Arrow paths");
    }

    private String run(List<String> options) throws IOException, InterruptedException {
        List<String> command = new java.util.ArrayList<>();
        command.add(Path.of(System.getProperty("java.home"), "bin", "java").toString());
        command.addAll(options);
        command.addAll(List.of("-cp", System.getProperty("java.class.path"), WithoutArrowMain.class.getName(),
                "jdbc:duckdb:" + directory.resolve("plain.duckdb")));
        Process child = new ProcessBuilder(command).redirectErrorStream(true).start();
        String output = new String(child.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(child.waitFor(120, TimeUnit.SECONDS)).isTrue();
        assertThat(child.exitValue()).as(output).isZero();
        return output;
    }
}
