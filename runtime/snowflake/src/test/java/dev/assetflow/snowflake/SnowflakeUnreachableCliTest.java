package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.cli.PipelineCli;
import dev.assetflow.runtime.reliability.ChildJvm;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A Snowflake that cannot be used (a closed port, a wrong password, a database that does not exist) fails every
 * command of a pipeline's command line once, fast, before any asset runs, with the driver's or the server's
 * reason and exit code 3, as for PostgreSQL. The pipeline runs in a child JVM, found by its {@code --url} with the
 * credentials in {@code SNOWFLAKE_*} variables, as users run it.
 */
class SnowflakeUnreachableCliTest {

    /** The untimed first command of each child JVM. */
    private static final String WARM_UP = "list";
    private static final List<String> ALL_COMMANDS = List.of("materialize", "materialize --stale", "history", "list",
            "checks");
    private static final String PASSWORD = "cli-secret-Pw9";
    /**
     * Before the availability check, one refused login took 10.7 s (7 retries) and a run of three assets 48 s,
     * failing each asset on its own with exit code 1.
     */
    private static final long FAST_MILLIS = 4_000;
    private static SnowflakeEmulator emulator;

    @BeforeAll
    static void start() {
        emulator = SnowflakeEmulator.builder().user("etl", PASSWORD).start();
    }

    @AfterAll
    static void stop() {
        emulator.close();
    }

    private record Command(String command, int exitCode, long millis, String out, String err) {
    }

    private record Child(List<Command> commands, String stderr) {
    }

    private static Child run(String url, String password, List<String> commands) throws IOException, InterruptedException {
        List<String> arguments = new ArrayList<>();
        arguments.add(url);
        arguments.add(WARM_UP);
        arguments.addAll(commands);
        ProcessBuilder builder = ChildJvm.of(SnowflakeCliMain.class, List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=warn"),
                arguments.toArray(String[]::new));
        Map<String, String> environment = builder.environment();
        environment.keySet().removeIf(name -> name.startsWith("SNOWFLAKE_") || name.startsWith("ASSETFLOW_"));
        environment.put("SNOWFLAKE_USER", "etl");
        environment.put("SNOWFLAKE_PASSWORD", password);
        Process process = builder.start();
        byte[] stderr;
        byte[] stdout;
        stdout = process.getInputStream().readAllBytes();
        stderr = process.getErrorStream().readAllBytes();
        assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
        return new Child(parse(new String(stdout, StandardCharsets.UTF_8)), new String(stderr, StandardCharsets.UTF_8));
    }

    private static List<Command> parse(String stdout) {
        List<Command> commands = new ArrayList<>();
        for (String block : stdout.split("(?m)^### ")) {
            if (block.isBlank()) {
                continue;
            }
            String[] lines = block.split("\n", 4);
            String rest = lines[3];
            int err = rest.indexOf("--- err\n");
            commands.add(new Command(lines[0], Integer.parseInt(lines[1].substring("exit ".length())),
                    Long.parseLong(lines[2].substring("millis ".length())),
                    rest.substring("--- out\n".length(), err), rest.substring(err + "--- err\n".length())));
        }
        return commands;
    }

    private static void assertFailedOnceBeforeAnyAssetRan(Child child, List<String> commands, String errorStart,
            String reason) {
        List<String> expected = new ArrayList<>(List.of(WARM_UP));
        expected.addAll(commands);
        assertThat(child.commands()).extracting(Command::command).containsExactlyElementsOf(expected);
        for (Command command : child.commands()) {
            assertThat(command.exitCode()).as(command.command() + ": " + command.err()).isEqualTo(PipelineCli.CONFIGURATION);
            assertThat(command.err()).as(command.command()).startsWith(errorStart).contains(reason)
                    .doesNotContain(PASSWORD).doesNotContain("wrong-" + PASSWORD);
            assertThat(command.err().lines().filter(line -> line.startsWith("error:")).count()).as(command.command())
                    .isEqualTo(1);
            assertThat(command.out()).as(command.command()).doesNotContain("run ").doesNotContain("FAILED");
            // The JVM's first command also loads and starts the driver (4 to 7 s on a busy machine), so it is a
            // warm-up: the timed ones show only what the check costs.
            if (command != child.commands().get(0)) {
                assertThat(command.millis()).as(command.command()).isLessThan(FAST_MILLIS);
            }
        }
        assertThat(child.stderr()).doesNotContain("COMPUTED").doesNotContain(PASSWORD);
    }

    @Test
    void aClosedPortFailsEveryCommandOnceFastWithConnectionRefused() throws Exception {
        int closedPort;
        try (SnowflakeEmulator stopped = SnowflakeEmulator.start()) {
            closedPort = stopped.port();
        }
        String url = "jdbc:snowflake://127.0.0.1:" + closedPort + "/?account=emulator&ssl=off&db=EMULATOR_DB"
                + "&disablePlatformDetection=true";
        List<String> commands = List.of("materialize", "materialize --stale");

        Child child = run(url, PASSWORD, commands);

        assertFailedOnceBeforeAnyAssetRan(child, commands, "error: cannot use Snowflake at " + url
                + " as etl, database EMULATOR_DB, schema PUBLIC: ", "Connect to 127.0.0.1:" + closedPort);
        assertThat(child.commands()).allSatisfy(command -> assertThat(command.err()).contains("Connection refused"));
    }

    @Test
    void aWrongPasswordFailsEveryCommandOnceNamingTheUserAndNotThePassword() throws Exception {
        Child child = run(emulator.jdbcUrl(), "wrong-" + PASSWORD, ALL_COMMANDS);

        assertFailedOnceBeforeAnyAssetRan(child, ALL_COMMANDS, "error: cannot use Snowflake at " + emulator.jdbcUrl()
                + " as etl, database EMULATOR_DB, schema PUBLIC: ", "Incorrect username or password was specified.");
        try (java.sql.Connection duckDb = emulator.openDuckDbConnection();
                java.sql.ResultSet tables = duckDb.createStatement().executeQuery(
                        "select count(*) from duckdb_tables() where database_name = 'EMULATOR_DB'")) {
            tables.next();
            assertThat(tables.getLong(1)).as("no table created").isZero();
        }
    }

    @Test
    void aDatabaseThatDoesNotExistFailsEveryCommandOnceNamingIt() throws Exception {
        String url = emulator.jdbcUrl().replace("db=EMULATOR_DB", "db=NO_SUCH_DB");

        Child child = run(url, PASSWORD, ALL_COMMANDS);

        assertFailedOnceBeforeAnyAssetRan(child, ALL_COMMANDS, "error: cannot use Snowflake at " + url
                + " as etl, database NO_SUCH_DB, schema PUBLIC: ",
                "The requested database does not exist or not authorized.");
    }
}
