package dev.assetflow.ui;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.assetflow.runtime.AssetflowException;
import dev.assetflow.runtime.io.StorageException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Answers every request: the pages, the JSON API under {@code /api}, the launch POSTs and the static files. Every
 * response gets a strict Content-Security-Policy (scripts, styles and images from this origin only), no CORS
 * headers, and a body scrubbed of secrets.
 */
final class Routes implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Routes.class);
    private static final int MAX_BODY = 64 * 1024;
    private static final String CSP = "default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:;"
            + " connect-src 'self'; form-action 'self'; frame-ancestors 'none'; base-uri 'none'";

    private final Board board;
    private final Launches launches;
    private final Page page;
    private final Security security;
    private final Secrets secrets;
    private final GraphLayout layout;
    private final ObjectMapper json = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);

    Routes(Board board, Launches launches, Page page, Security security, Secrets secrets, GraphLayout layout) {
        this.board = board;
        this.launches = launches;
        this.page = page;
        this.security = security;
        this.secrets = secrets;
        this.layout = layout;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        String path = exchange.getRequestURI().getPath();
        boolean api = path.startsWith("/api/");
        try {
            String refused = security.refusedHost(exchange);
            if (refused != null) {
                fail(exchange, api, 403, "Wrong address", refused);
                return;
            }
            Map<String, String> query = parse(exchange.getRequestURI().getRawQuery());
            if (security.needsAccessToken() && query.containsKey("token")) {
                if (security.isAccessToken(query.get("token"))) {
                    exchange.getResponseHeaders().add("Set-Cookie", security.accessCookie());
                    redirect(exchange, path);
                } else {
                    fail(exchange, api, 401, "Access token needed", "this access token is not valid; open the address"
                            + " that 'ui' printed when it started");
                }
                return;
            }
            if (security.lacksAccess(exchange)) {
                fail(exchange, api, 401, "Access token needed", "this Assetflow UI is reachable from other machines,"
                        + " so it needs its access token: open the address that 'ui' printed when it started (it ends"
                        + " with ?token=…)");
                return;
            }
            route(exchange, path, query, api);
        } catch (NotFound e) {
            fail(exchange, api, 404, "Not found", e.getMessage());
        } catch (BadRequest e) {
            fail(exchange, api, e.status, e.status == 403 ? "Refused" : "Cannot do that", e.getMessage());
        } catch (AssetflowException | StorageException e) {
            fail(exchange, api, 503, "Storage unavailable", "cannot read the storage: " + e.getMessage());
        } catch (RuntimeException e) {
            LOG.warn("{} {} failed", exchange.getRequestMethod(), path, e);
            fail(exchange, api, 500, "Something went wrong", e.getClass().getSimpleName() + ": " + e.getMessage());
        } finally {
            exchange.close();
        }
    }

    /** A request that cannot be served as asked, with its status. */
    static final class BadRequest extends RuntimeException {
        private static final long serialVersionUID = 1L;
        final int status;

        BadRequest(int status, String message) {
            super(message);
            this.status = status;
        }
    }

    private void route(HttpExchange exchange, String path, Map<String, String> query, boolean api) throws IOException {
        String method = exchange.getRequestMethod();
        List<String> parts = segments(path);
        if (method.equals("POST")) {
            if (path.equals("/launch") || path.equals("/api/launches")) {
                launch(exchange, path.equals("/api/launches"));
                return;
            }
            throw new BadRequest(405, "POST is only for /launch and /api/launches");
        }
        if (!method.equals("GET")) {
            throw new BadRequest(405, method + " is not supported; use GET, or POST to launch");
        }
        String csrf = security.csrfToken();
        String storage = board.storage();
        if (api) {
            api(exchange, parts.subList(1, parts.size()), query);
            return;
        }
        if (parts.isEmpty()) {
            Views.GraphView graph = board.graphView();
            html(exchange, 200, GraphPage.render(page, graph, GraphSvg.render(layout, graph.assets()), csrf));
        } else if (parts.size() == 2 && parts.get(0).equals("assets")) {
            Views.AssetDetail asset = board.asset(parts.get(1));
            html(exchange, 200, AssetPage.render(page, asset, csrf, storage, board.notice()));
        } else if (parts.size() == 1 && parts.get(0).equals("runs")) {
            List<Views.RunView> runs = board.runs(limit(query, 100));
            html(exchange, 200, RunPages.runs(page, runs, launches.active(), csrf, storage, board.notice()));
        } else if (parts.size() == 2 && parts.get(0).equals("runs")) {
            html(exchange, 200, RunPages.run(page, board.run(parts.get(1)), csrf, storage));
        } else if (parts.size() == 1 && parts.get(0).equals("launch")) {
            html(exchange, 200, LaunchPages.form(page, board.graph(), query.get("select"), query.get("partition"), csrf,
                    storage));
        } else if (parts.size() == 2 && parts.get(0).equals("launches")) {
            html(exchange, 200, LaunchPages.progress(page, launch(parts.get(1)).view(), csrf, storage));
        } else if (parts.size() == 2 && parts.get(0).equals("static")) {
            resource(exchange, "dev/assetflow/ui/static/" + parts.get(1), false);
        } else if (parts.size() > 1 && parts.get(0).equals("webjars")) {
            resource(exchange, "META-INF/resources/webjars/" + String.join("/", parts.subList(1, parts.size())), true);
        } else if (path.equals("/favicon.ico")) {
            resource(exchange, "dev/assetflow/ui/static/favicon.svg", false);
        } else {
            throw new NotFound("there is no page at " + path);
        }
    }

    private void api(HttpExchange exchange, List<String> parts, Map<String, String> query) throws IOException {
        Object body;
        if (parts.size() == 1 && parts.get(0).equals("graph")) {
            body = board.graphView();
        } else if (parts.size() == 2 && parts.get(0).equals("assets")) {
            body = board.asset(parts.get(1));
        } else if (parts.size() == 3 && parts.get(0).equals("assets") && parts.get(2).equals("preview")) {
            body = board.preview(parts.get(1), limit(query, Board.PREVIEW_ROWS));
        } else if (parts.size() == 1 && parts.get(0).equals("runs")) {
            body = board.runs(limit(query, 100));
        } else if (parts.size() == 2 && parts.get(0).equals("runs")) {
            body = board.run(parts.get(1));
        } else if (parts.size() == 2 && parts.get(0).equals("launches")) {
            body = launch(parts.get(1)).view();
        } else {
            throw new NotFound("there is no API at " + exchange.getRequestURI().getPath());
        }
        json(exchange, 200, body);
    }

    private Launch launch(String id) {
        return launches.find(id).orElseThrow(() -> new NotFound("no launch with id '" + id + "' in this UI (launches"
                + " are kept while the UI runs; finished runs are under Runs)"));
    }

    private void launch(HttpExchange exchange, boolean api) throws IOException {
        Map<String, String> form = parse(body(exchange));
        String refused = security.refusedPost(exchange, form);
        if (refused != null) {
            throw new BadRequest(403, refused);
        }
        Launch.Request request = new Launch.Request(form.getOrDefault("kind", "selection"), form.get("select"),
                form.get("partition"), form.get("from"), form.get("to"), "true".equals(form.get("force")));
        Launch launch;
        try {
            launch = launches.start(request);
        } catch (AssetflowException e) {
            throw new BadRequest(400, "cannot " + request.describe() + ": " + e.getMessage());
        }
        String location = "/launches/" + Html.url(launch.id());
        if (api) {
            exchange.getResponseHeaders().set("Location", location);
            json(exchange, 201, launch.view());
        } else {
            redirect(exchange, location);
        }
    }

    private static int limit(Map<String, String> query, int fallback) {
        String value = query.get("limit");
        if (value == null) {
            return fallback;
        }
        try {
            int limit = Integer.parseInt(value);
            if (limit < 0 || limit > 10_000) {
                throw new NumberFormatException();
            }
            return limit;
        } catch (NumberFormatException e) {
            throw new BadRequest(400, "limit must be a number from 0 to 10000, not '" + value + "'");
        }
    }

    private static List<String> segments(String path) {
        List<String> parts = new java.util.ArrayList<>();
        for (String part : path.split("/")) {
            if (!part.isEmpty()) {
                parts.add(URLDecoder.decode(part.replace("+", "%2B"), StandardCharsets.UTF_8));
            }
        }
        return parts;
    }

    static Map<String, String> parse(String encoded) {
        Map<String, String> values = new LinkedHashMap<>();
        if (encoded == null || encoded.isEmpty()) {
            return values;
        }
        for (String pair : encoded.split("&")) {
            int eq = pair.indexOf('=');
            String name = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            values.putIfAbsent(name, value);
        }
        return values;
    }

    private static String body(HttpExchange exchange) throws IOException {
        try (InputStream in = exchange.getRequestBody()) {
            byte[] bytes = in.readNBytes(MAX_BODY + 1);
            if (bytes.length > MAX_BODY) {
                throw new BadRequest(413, "the request body is larger than " + MAX_BODY + " bytes");
            }
            return new String(bytes, StandardCharsets.UTF_8);
        }
    }

    private void fail(HttpExchange exchange, boolean api, int status, String title, String message) throws IOException {
        if (api) {
            json(exchange, status, new Views.ErrorView(status, message));
        } else {
            html(exchange, status, page.error(status, title, message, security.csrfToken(), board.storage()));
        }
    }

    private void html(HttpExchange exchange, int status, String html) throws IOException {
        send(exchange, status, "text/html; charset=utf-8", html);
    }

    private void json(HttpExchange exchange, int status, Object body) throws IOException {
        send(exchange, status, "application/json; charset=utf-8", json.writeValueAsString(body));
    }

    private void send(HttpExchange exchange, int status, String type, String text) throws IOException {
        byte[] bytes = secrets.scrub(text).getBytes(StandardCharsets.UTF_8);
        headers(exchange, type, "no-store");
        exchange.sendResponseHeaders(status, bytes.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(bytes);
        }
    }

    private static void headers(HttpExchange exchange, String type, String cache) {
        exchange.getResponseHeaders().set("Content-Type", type);
        exchange.getResponseHeaders().set("Cache-Control", cache);
        exchange.getResponseHeaders().set("Content-Security-Policy", CSP);
        exchange.getResponseHeaders().set("X-Content-Type-Options", "nosniff");
        exchange.getResponseHeaders().set("X-Frame-Options", "DENY");
        exchange.getResponseHeaders().set("Referrer-Policy", "same-origin");
        exchange.getResponseHeaders().set("Cross-Origin-Resource-Policy", "same-origin");
    }

    private static void redirect(HttpExchange exchange, String location) throws IOException {
        headers(exchange, "text/plain; charset=utf-8", "no-store");
        exchange.getResponseHeaders().set("Location", location);
        exchange.sendResponseHeaders(303, -1);
    }

    private static void resource(HttpExchange exchange, String name, boolean immutable) throws IOException {
        if (name.contains("..") || name.contains("\\")) {
            throw new NotFound("there is no file " + name);
        }
        try (InputStream in = Routes.class.getClassLoader().getResourceAsStream(name)) {
            if (in == null) {
                throw new NotFound("there is no file at " + exchange.getRequestURI().getPath());
            }
            byte[] bytes = in.readAllBytes();
            headers(exchange, contentType(name), immutable ? "public, max-age=31536000, immutable" : "no-cache");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private static String contentType(String name) {
        if (name.endsWith(".js")) {
            return "text/javascript; charset=utf-8";
        }
        if (name.endsWith(".css")) {
            return "text/css; charset=utf-8";
        }
        if (name.endsWith(".svg")) {
            return "image/svg+xml";
        }
        if (name.endsWith(".png")) {
            return "image/png";
        }
        return "application/octet-stream";
    }
}
