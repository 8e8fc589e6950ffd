package dev.assetflow.runtime.reliability;

import dev.assetflow.postgres.PostgresIOManager;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.io.IOManagers;
import java.time.Duration;

/**
 * A second JVM for {@link SecretsTest}, logging at DEBUG: runs a pipeline on PostgreSQL with a password in
 * the URL and in the builder, then fails in every way a URL can, printing every result, exception (with
 * stack trace) and {@code toString()} to stdout. Arguments: url schema password.
 */
public final class SecretsScenarioMain {

    private SecretsScenarioMain() {
    }

    public static void main(String[] args) {
        String url = args[0];
        String schema = args[1];
        String password = args[2];
        AssetGraph graph = Pipelines.itemsAndCount(() -> Item.range(0, 3, "s-"));

        run(graph, PostgresIOManager.builder(url).password(password).defaultSchema(schema));
        // Unreachable databases: the run fails, and reading its history fails too; both printed in full.
        attempt(() -> run(graph, PostgresIOManager.builder(
                "jdbc:postgresql://127.0.0.1:1/test?user=postgres&password=" + password)
                .password(password).connectionTimeout(Duration.ofMillis(500))));
        attempt(() -> run(graph, PostgresIOManager.builder(url.replaceFirst("/[^/?]+(\\?|$)", "/assetflow_no_such_db$1"))
                .password(password).connectionTimeout(Duration.ofSeconds(2))));
        attempt(() -> PostgresIOManager.builder("jdbc:mysql://db/x?password=" + password));
        attempt(() -> IOManagers.fromUrl("jdbc:mysql://db/x?password=" + password));
        attempt(() -> run(graph, PostgresIOManager.builder("jdbc:postgresql://127.0.0.1:notaport/test?password="
                + password).connectionTimeout(Duration.ofMillis(500))));
        System.out.println("done");
    }

    private static void run(AssetGraph graph, PostgresIOManager.Builder builder) {
        try (PostgresIOManager io = builder.build();
                Materializer materializer = Materializer.builder(graph).ioManager("default", io).build()) {
            System.out.println("io manager: " + io);
            System.out.println("materializer: " + materializer);
            MaterializeResult result = Pipelines.runAll(materializer);
            System.out.println("result: " + result);
            result.assets().forEach(asset -> {
                System.out.println("asset: " + asset + " / " + asset.detail());
                asset.error().ifPresent(error -> error.printStackTrace(System.out));
            });
            materializer.history().forEach(record -> System.out.println("history: " + record));
        }
    }

    private static void attempt(Runnable action) {
        try {
            action.run();
            System.out.println("no error");
        } catch (RuntimeException e) {
            e.printStackTrace(System.out);
        }
    }
}
