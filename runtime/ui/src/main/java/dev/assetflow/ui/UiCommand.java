package dev.assetflow.ui;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.cli.PipelineCli;
import java.io.PrintWriter;
import java.io.UncheckedIOException;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.function.Consumer;
import picocli.CommandLine;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Spec;

@Command(name = "ui", mixinStandardHelpOptions = true,
        description = {"Serves the web UI: the asset graph coloured by status, each asset with its columns, history,"
                + " checks, partitions and first rows, the runs, and launching runs with live progress.",
            "Prints the address and serves until interrupted (Ctrl-C). Binds to 127.0.0.1 unless --host says"
                + " otherwise; any other address requires the access token it prints."},
        exitCodeListHeading = "%nExit codes:%n",
        exitCodeList = {"0:stopped", "2:usage error", "3:cannot listen on the address"})
final class UiCommand implements Callable<Integer> {

    private final AssetGraph graph;
    private final Consumer<Materializer.Builder> configure;

    @Spec
    CommandLine.Model.CommandSpec spec;

    @Option(names = "--url", paramLabel = "URL", description = "Storage JDBC URL (default: -Dassetflow.url,"
            + " ASSETFLOW_URL, jdbc:duckdb:warehouse.duckdb).")
    String url;

    @Option(names = "--port", paramLabel = "N", defaultValue = "" + AssetflowUi.DEFAULT_PORT,
            description = "Port to listen on (default: ${DEFAULT-VALUE}; 0 for any free port).")
    int port;

    @Option(names = "--host", paramLabel = "H", defaultValue = "127.0.0.1",
            description = "Address to bind (default: ${DEFAULT-VALUE}). Anything but a loopback address makes the"
                    + " UI reachable from other machines and requires the access token.")
    String host;

    @Option(names = "--token", paramLabel = "TOKEN", description = "With a non-loopback --host: the access token to"
            + " require (default: a random one, printed). Also from ASSETFLOW_UI_TOKEN.")
    String token;

    UiCommand(AssetGraph graph, Consumer<Materializer.Builder> configure) {
        this.graph = graph;
        this.configure = configure;
    }

    @Override
    public Integer call() throws InterruptedException {
        PrintWriter out = spec.commandLine().getOut();
        PrintWriter err = spec.commandLine().getErr();
        AssetflowUi ui;
        try {
            AssetflowUi.Builder builder = AssetflowUi.builder(graph).host(host).port(port).configure(configure);
            if (url != null) {
                builder.url(url);
            }
            String accessToken = token != null ? token : System.getenv("ASSETFLOW_UI_TOKEN");
            if (accessToken != null) {
                builder.accessToken(accessToken);
            }
            ui = builder.start();
        } catch (IllegalArgumentException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return PipelineCli.USAGE;
        } catch (UncheckedIOException | AssetflowException e) {
            err.println("error: " + e.getMessage());
            err.flush();
            return PipelineCli.CONFIGURATION;
        }
        CountDownLatch stopped = new CountDownLatch(1);
        Runtime.getRuntime().addShutdownHook(new Thread(() -> {
            ui.close();
            stopped.countDown();
        }, "assetflow-ui-stop"));
        out.println("Assetflow UI of " + graph.keys().size() + (graph.keys().size() == 1 ? " asset" : " assets") + " at " + ui.accessAddress());
        if (ui.accessToken().isPresent()) {
            out.println("Reachable from other machines: open the address above once in each browser (it carries the"
                    + " access token), or send 'Authorization: Bearer <token>'.");
        }
        out.println("Press Ctrl-C to stop.");
        out.flush();
        stopped.await();
        return PipelineCli.OK;
    }
}
