package dev.assetflow.runtime.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The progress bar in a real pseudo-terminal ({@code script} from util-linux) and with output redirected,
 * on this JVM and on Java 22+ (where {@code System.console()} is not null even when output is redirected).
 */
class TerminalTest {

    private static final Path JAVA_25 = Path.of("/usr/lib/jvm/temurin-25-jdk-amd64/bin/java");

    @TempDir
    Path directory;

    private String materialize(String java, boolean terminal, String... extra) throws IOException, InterruptedException {
        List<String> command = new ArrayList<>(List.of(java, "-cp", System.getProperty("java.class.path"),
                CommandLineAdditionsTest.class.getName(), "materialize", "--url",
                "jdbc:duckdb:" + directory.resolve("w" + System.nanoTime() + ".duckdb")));
        command.addAll(List.of(extra));
        Path output = directory.resolve("out.txt");
        ProcessBuilder builder;
        if (terminal) {
            builder = new ProcessBuilder("script", "-qec", String.join(" ", command.stream().map(TerminalTest::quote)
                    .toList()), "/dev/null");
        } else {
            builder = new ProcessBuilder(command);
        }
        builder.redirectErrorStream(true).redirectOutput(output.toFile());
        builder.environment().put("TERM", "xterm");
        Process process = builder.start();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        String text = Files.readString(output, StandardCharsets.UTF_8);
        assertThat(process.exitValue()).as(text).isZero();
        return text;
    }

    private static String quote(String word) {
        return "'" + word.replace("'", "'\\''") + "'";
    }

    private static String java() {
        return Path.of(System.getProperty("java.home"), "bin", "java").toString();
    }

    @Test
    void theBarIsDrawnOnATerminalUnlessNoProgress() throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/script")), "needs util-linux's script for a pseudo-terminal");
        assertThat(materialize(java(), true)).contains("\r[").contains("orders 50,000 rows (")
                .containsPattern("orders\\s+MATERIALIZED\\s+60,000 rows");
        assertThat(materialize(java(), true, "--no-progress")).doesNotContain("\r[")
                .containsPattern("orders\\s+MATERIALIZED\\s+60,000 rows");
    }

    @Test
    void noBarWhenOutputIsRedirectedEvenOnJava22AndLater() throws Exception {
        assertThat(materialize(java(), false)).doesNotContain("\r").containsPattern("orders\\s+MATERIALIZED\\s+60,000 rows");
        assumeTrue(Files.isExecutable(JAVA_25), "needs a Java 25 at " + JAVA_25);
        assertThat(materialize(JAVA_25.toString(), false)).doesNotContain("\r")
                .containsPattern("orders\\s+MATERIALIZED\\s+60,000 rows");
    }
}
