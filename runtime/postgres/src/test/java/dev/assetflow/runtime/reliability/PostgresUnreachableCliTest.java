package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.postgres.PostgresTestDatabase;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.cli.PipelineCli;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import picocli.CommandLine;

/**
 * An unreachable PostgreSQL (a database that does not exist on the real server, a closed port) fails every
 * command once, fast, before any asset runs, with the server's reason and exit code 3.
 */
class PostgresUnreachableCliTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    /** Three independent assets: before, each waited for the pool's 10 s connection timeout. */
    private final AssetGraph graph = AssetGraph.of(List.of(Pipelines.items("a", () -> Item.range(0, 3, "a-")),
            Pipelines.items("b", () -> Item.range(0, 3, "b-")), Pipelines.items("c", () -> Item.range(0, 3, "c-"))));

    private record Run(int exitCode, String out, String err, long millis) {
    }

    private Run run(String... args) {
        StringWriter out = new StringWriter();
        StringWriter err = new StringWriter();
        CommandLine commandLine = PipelineCli.commandLine(graph, builder -> { });
        commandLine.setOut(new PrintWriter(out, true));
        commandLine.setErr(new PrintWriter(err, true));
        long start = System.nanoTime();
        int code = commandLine.execute(args);
        return new Run(code, out.toString(), err.toString(), (System.nanoTime() - start) / 1_000_000);
    }

    @Test
    void aDatabaseThatDoesNotExistFailsOnceFastWithTheServersReason() {
        String url = DATABASE.url().replaceFirst("/[^/?]+(\\?|$)", "/assetflow_no_such_db$1");
        for (List<String> command : List.of(List.of("materialize"), List.of("materialize", "--stale"),
                List.of("history"), List.of("list"), List.of("checks"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--url", url));
            Run run = run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(PipelineCli.CONFIGURATION);
            assertThat(run.err()).as(command.toString()).startsWith("error: cannot connect to PostgreSQL at "
                    + "jdbc:postgresql://").contains("database \"assetflow_no_such_db\" does not exist")
                    .doesNotContain("request timed out");
            assertThat(run.err().lines().filter(line -> line.startsWith("error:")).count()).isEqualTo(1);
            assertThat(run.out()).as(command.toString()).doesNotContain("run ").doesNotContain("FAILED");
            assertThat(run.millis()).as(command.toString()).isLessThan(5_000);
        }
    }

    @Test
    void aClosedPortFailsOnceFastWithConnectionRefused() {
        for (List<String> command : List.of(List.of("materialize"), List.of("materialize", "--stale"))) {
            List<String> args = new java.util.ArrayList<>(command);
            args.addAll(List.of("--url", "jdbc:postgresql://127.0.0.1:1/test?user=postgres"));
            Run run = run(args.toArray(String[]::new));

            assertThat(run.exitCode()).as(command + ": " + run.err()).isEqualTo(PipelineCli.CONFIGURATION);
            assertThat(run.err()).startsWith("error: cannot connect to PostgreSQL at"
                    + " jdbc:postgresql://127.0.0.1:1/test?user=postgres: Connection to 127.0.0.1:1 refused");
            assertThat(run.out()).doesNotContain("run ");
            assertThat(run.millis()).isLessThan(5_000);
        }
    }
}
