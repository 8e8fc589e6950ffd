package dev.assetflow.ui;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.assetflow.ui.demo.Pipeline;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/** A UI on a fresh DuckDB file holding the source table fx_rates, and an HTTP client for it. */
class UiFixture implements AutoCloseable {

    static final ObjectMapper JSON = new ObjectMapper();

    final String url;
    final AssetflowUi ui;
    final HttpClient http = HttpClient.newBuilder().followRedirects(HttpClient.Redirect.NEVER)
            .connectTimeout(Duration.ofSeconds(10)).build();

    UiFixture(Path directory) {
        this(directory, AssetflowUi.builder(Pipeline.graph()).port(0).idleMillis(300));
    }

    /** A client of {@code ui}, which the caller closes. */
    UiFixture(AssetflowUi ui) {
        this.url = null;
        this.ui = ui;
    }

    UiFixture(Path directory, AssetflowUi.Builder builder) {
        this.url = "jdbc:duckdb:" + directory.resolve("warehouse.duckdb");
        createSourceTable(url);
        this.ui = builder.url(url).start();
    }

    /** The source asset's table, produced elsewhere. */
    static void createSourceTable(String url) {
        try (Connection connection = DriverManager.getConnection(url); Statement statement = connection.createStatement()) {
            statement.execute("create table if not exists fx_rates (currency varchar not null, rate double not null)");
            statement.execute("delete from fx_rates");
            statement.execute("insert into fx_rates values ('EUR', 1.0), ('USD', 0.9)");
        } catch (SQLException e) {
            throw new IllegalStateException(e);
        }
    }

    URI uri(String path) {
        return ui.address().resolve(path);
    }

    HttpResponse<String> get(String path) {
        return send(HttpRequest.newBuilder(uri(path)).GET().build());
    }

    JsonNode json(String path) {
        HttpResponse<String> response = get(path);
        if (response.statusCode() != 200) {
            throw new AssertionError("GET " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return parse(response.body());
    }

    static JsonNode parse(String body) {
        try {
            return JSON.readTree(body);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    HttpResponse<String> send(HttpRequest request) {
        try {
            return http.send(request, HttpResponse.BodyHandlers.ofString());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The CSRF token the pages carry. */
    String csrf() {
        Matcher matcher = Pattern.compile("<meta name=\"assetflow-csrf\" content=\"([^\"]+)\">").matcher(get("/").body());
        if (!matcher.find()) {
            throw new AssertionError("no CSRF token on the page");
        }
        return matcher.group(1);
    }

    static String form(Map<String, String> fields) {
        return fields.entrySet().stream().map(e -> Html.url(e.getKey()) + "=" + Html.url(e.getValue()))
                .collect(Collectors.joining("&"));
    }

    HttpResponse<String> post(String path, Map<String, String> fields, String... headers) {
        HttpRequest.Builder request = HttpRequest.newBuilder(uri(path))
                .header("Content-Type", "application/x-www-form-urlencoded")
                .POST(HttpRequest.BodyPublishers.ofString(form(fields)));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request.build());
    }

    /** Launches through the API and waits for the launch to end; returns its final view. */
    JsonNode launchAndWait(Map<String, String> fields) {
        java.util.Map<String, String> withToken = new java.util.LinkedHashMap<>(fields);
        withToken.put("csrf", csrf());
        HttpResponse<String> response = post("/api/launches", withToken);
        if (response.statusCode() != 201) {
            throw new AssertionError("launch answered " + response.statusCode() + ": " + response.body());
        }
        return waitFor(parse(response.body()).get("id").asText());
    }

    JsonNode waitFor(String launchId) {
        long deadline = System.nanoTime() + Duration.ofSeconds(60).toNanos();
        while (System.nanoTime() < deadline) {
            JsonNode view = json("/api/launches/" + launchId);
            String state = view.get("state").asText();
            if (!state.equals("STARTING") && !state.equals("RUNNING")) {
                return view;
            }
            try {
                Thread.sleep(50);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new IllegalStateException(e);
            }
        }
        throw new AssertionError("launch " + launchId + " did not finish in 60 s");
    }

    @Override
    public void close() {
        ui.close();
    }
}
