package dev.assetflow.ui;

import com.sun.net.httpserver.HttpServer;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.util.Objects;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Consumer;

/**
 * The web UI of a pipeline: the asset graph coloured by status, each asset (columns, code version,
 * materializations, checks, staleness, partitions, first rows), the runs, and launching a selection, a partition
 * or a backfill with live progress. It reads the same run history and staleness as the command line, and the
 * runs it launches are recorded there like any other.
 *
 * <pre>{@code
 * try (AssetflowUi ui = AssetflowUi.builder(Pipeline.graph()).url("jdbc:duckdb:warehouse.duckdb").start()) {
 *     System.out.println(ui.accessAddress());
 *     ...
 * }
 * }</pre>
 *
 * <p>It binds to 127.0.0.1 unless told otherwise; bound to any other address it needs an access token
 * ({@link #accessAddress()} carries it). Runs are started only by POSTs that carry a token which pages of
 * other origins cannot read. Usually started with the generated {@code Pipeline}'s {@code ui} command.
 */
public final class AssetflowUi implements AutoCloseable {

    /** The default port. */
    public static final int DEFAULT_PORT = 3030;

    private final HttpServer server;
    private final ExecutorService threads;
    private final Warehouse warehouse;
    private final Launches launches;
    private final URI address;
    private final String accessToken;

    private AssetflowUi(HttpServer server, ExecutorService threads, Warehouse warehouse, Launches launches, URI address,
            String accessToken) {
        this.server = server;
        this.threads = threads;
        this.warehouse = warehouse;
        this.launches = launches;
        this.address = address;
        this.accessToken = accessToken;
    }

    /** Starts configuring a UI for {@code graph}. */
    public static Builder builder(AssetGraph graph) {
        return new Builder(graph);
    }

    /** Where the UI listens, e.g. {@code http://127.0.0.1:3030/}. */
    public URI address() {
        return address;
    }

    /** The access token, when the UI needs one (it is bound to a non-loopback address). */
    public Optional<String> accessToken() {
        return Optional.ofNullable(accessToken);
    }

    /** The address to open in a browser: {@link #address()}, with {@code ?token=…} when a token is needed. */
    public URI accessAddress() {
        return accessToken == null ? address : URI.create(address + "?token=" + accessToken);
    }

    /** Stops serving, and stops waiting for runs in progress (their data is written atomically or not at all). */
    @Override
    public void close() {
        server.stop(0);
        threads.shutdownNow();
        launches.close();
        warehouse.close();
    }

    /** The version of this UI, from the build. */
    static String version() {
        return properties().getProperty("version", "(unknown version)");
    }

    private static Properties properties() {
        Properties properties = new Properties();
        try (InputStream in = AssetflowUi.class.getResourceAsStream("ui.properties")) {
            if (in != null) {
                properties.load(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return properties;
    }

    /** Configures and starts an {@link AssetflowUi}. */
    public static final class Builder {
        private final AssetGraph graph;
        private String url;
        private String host = "127.0.0.1";
        private int port = DEFAULT_PORT;
        private String accessToken;
        private Consumer<Materializer.Builder> configure = builder -> { };
        private long idleMillis = 3000;
        private int threads = 16;

        private Builder(AssetGraph graph) {
            this.graph = Objects.requireNonNull(graph, "graph");
        }

        /** The storage URL; without it, as {@link Materializer#fromEnvironment}. */
        public Builder url(String url) {
            this.url = Objects.requireNonNull(url, "url");
            return this;
        }

        /** The address to bind, 127.0.0.1 by default; any non-loopback address requires the access token. */
        public Builder host(String host) {
            this.host = Objects.requireNonNull(host, "host");
            return this;
        }

        /** The port, {@value AssetflowUi#DEFAULT_PORT} by default; 0 picks a free one. */
        public Builder port(int port) {
            if (port < 0 || port > 65535) {
                throw new IllegalArgumentException("port must be from 0 to 65535, was " + port);
            }
            this.port = port;
            return this;
        }

        /**
         * The access token to require (at least 16 characters), instead of a random one. Only used when bound to
         * a non-loopback address.
         */
        public Builder accessToken(String accessToken) {
            if (accessToken.length() < 16) {
                throw new IllegalArgumentException("an access token needs at least 16 characters");
            }
            this.accessToken = accessToken;
            return this;
        }

        /** Applied to every materializer the UI builds, e.g. to give resources. */
        public Builder configure(Consumer<Materializer.Builder> configure) {
            this.configure = Objects.requireNonNull(configure, "configure");
            return this;
        }

        /** How long the storage stays open after the last request, 3 s by default. */
        Builder idleMillis(long idleMillis) {
            this.idleMillis = idleMillis;
            return this;
        }

        /**
         * Binds and starts serving.
         *
         * @throws UncheckedIOException when the address cannot be bound (the port is taken)
         * @throws IllegalArgumentException when the host is unknown
         */
        public AssetflowUi start() {
            InetAddress address;
            try {
                address = InetAddress.getByName(host);
            } catch (UnknownHostException e) {
                throw new IllegalArgumentException("unknown host '" + host + "': " + e.getMessage(), e);
            }
            boolean loopback = address.isLoopbackAddress();
            String token = loopback ? null : accessToken != null ? accessToken : Security.randomToken();
            HttpServer server;
            try {
                server = HttpServer.create(new InetSocketAddress(address, port), 64);
            } catch (IOException e) {
                throw new UncheckedIOException("cannot listen on " + host + ":" + port + ": " + e.getMessage()
                        + (port != 0 ? "; is another program using the port? Choose another with --port" : ""), e);
            }
            int actualPort = server.getAddress().getPort();
            Properties properties = properties();
            Warehouse warehouse = new Warehouse(graph, url, configure, idleMillis);
            Launches launches = new Launches(warehouse);
            Security security = new Security(host, actualPort, loopback, token);
            Board board = new Board(warehouse, launches);
            Page page = new Page(properties.getProperty("version", ""), properties.getProperty("uplot.version", ""));
            Routes routes = new Routes(board, launches, page, security, Secrets.of(url, token),
                    GraphLayout.of(graph));
            AtomicInteger count = new AtomicInteger();
            ExecutorService pool = Executors.newFixedThreadPool(threads, task -> {
                Thread thread = new Thread(task, "assetflow-ui-http-" + count.incrementAndGet());
                thread.setDaemon(true);
                return thread;
            });
            server.createContext("/", routes);
            server.setExecutor(pool);
            server.start();
            String shown = address.getHostAddress().contains(":") ? "[" + address.getHostAddress() + "]"
                    : address.getHostAddress();
            if (address.isAnyLocalAddress()) {
                shown = hostName();
            }
            URI uri = URI.create("http://" + shown + ":" + actualPort + "/");
            return new AssetflowUi(server, pool, warehouse, launches, uri, token);
        }

        private static String hostName() {
            try {
                return InetAddress.getLocalHost().getHostName();
            } catch (UnknownHostException e) {
                return "localhost";
            }
        }
    }
}
