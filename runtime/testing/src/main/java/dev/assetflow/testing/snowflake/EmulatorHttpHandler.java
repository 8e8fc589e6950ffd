package dev.assetflow.testing.snowflake;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.zip.GZIPInputStream;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The driver's REST endpoints: login, query, session close, token renewal, heartbeat, abort and
 * telemetry. Every answer is HTTP 200 with a JSON body ({@code success:false} for errors), because the
 * driver retries 5xx answers.
 */
final class EmulatorHttpHandler implements HttpHandler {

    private static final Logger LOG = LoggerFactory.getLogger(EmulatorHttpHandler.class);
    private static final Pattern TOKEN = Pattern.compile("Token=\"([^\"]*)\"");

    private static final SnowflakeError SESSION_GONE = new SnowflakeError("390111", "08001",
            "Session no longer exists.  New login required to access the service.");

    private final SnowflakeEmulator emulator;
    private final SessionRegistry sessions;

    EmulatorHttpHandler(SnowflakeEmulator emulator, SessionRegistry sessions) {
        this.emulator = emulator;
        this.sessions = sessions;
    }

    @Override
    public void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            ObjectNode response;
            try {
                response = route(exchange);
            } catch (RuntimeException | SQLException e) {
                LOG.error("Emulator failure on {}", exchange.getRequestURI(), e);
                response = Responses.error(new SnowflakeError("000603", "XX000",
                        "SQL execution internal error: emulator failure: " + e), null);
            }
            byte[] bytes = Responses.JSON.writeValueAsBytes(response);
            exchange.getResponseHeaders().set("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, bytes.length);
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(bytes);
            }
        }
    }

    private ObjectNode route(HttpExchange exchange) throws IOException, SQLException {
        String path = exchange.getRequestURI().getPath();
        Map<String, String> query = queryParameters(exchange.getRequestURI().getRawQuery());
        JsonNode body = readBody(exchange);
        switch (path) {
            case "/session/v1/login-request":
                return login(body, query);
            case "/queries/v1/query-request":
                return withSession(exchange, session -> query(session, body));
            case "/session":
                if ("true".equals(query.get("delete"))) {
                    return withSession(exchange, session -> {
                        sessions.close(session);
                        return Responses.ok();
                    });
                }
                break;
            case "/session/token-request":
                return renew(exchange);
            case "/session/heartbeat":
            case "/queries/v1/abort-request":
            case "/telemetry/send":
                return Responses.ok();
            default:
                break;
        }
        return Responses.error(new SnowflakeError("000002", "0A000",
                "Unsupported feature: the Snowflake emulator has no endpoint " + path), null);
    }

    private ObjectNode login(JsonNode body, Map<String, String> query) throws SQLException {
        JsonNode data = body.path("data");
        String user = data.path("LOGIN_NAME").asText(null);
        try {
            if (data.hasNonNull("AUTHENTICATOR") && !data.path("AUTHENTICATOR").asText().equalsIgnoreCase("SNOWFLAKE")) {
                throw SnowflakeError.unsupported("authenticator " + data.path("AUTHENTICATOR").asText());
            }
            boolean validate = data.path("SESSION_PARAMETERS").path("CLIENT_VALIDATE_DEFAULT_PARAMETERS")
                    .asBoolean(false);
            EmulatorSession session = sessions.login(user, data.path("PASSWORD").asText(null),
                    query.get("databaseName"), query.get("schemaName"), query.get("roleName"), query.get("warehouse"),
                    validate);
            LOG.debug("Login of {} into {}.{}", user, session.database(), session.schema());
            return Responses.login(session, sessions.nextSessionId());
        } catch (SnowflakeError e) {
            LOG.debug("Login of {} refused: {}", user, e.getMessage());
            return Responses.loginError(e);
        }
    }

    private ObjectNode query(EmulatorSession session, JsonNode body) {
        String sql = body.path("sqlText").asText("");
        boolean describeOnly = body.path("describeOnly").asBoolean(false);
        String queryId = UUID.randomUUID().toString();
        try {
            Bindings bindings = Bindings.parse(body.get("bindings"));
            emulator.record(new SnowflakeEmulator.ReceivedQuery(sql, bindings.parameterCount() == 0 ? 0
                    : bindings.rowCount(), describeOnly));
            if (PutCommand.matches(sql)) {
                return Responses.put(PutCommand.answer(session, sql, queryId));
            }
            SnowflakeEmulator.FaultKind fault = describeOnly ? null : emulator.takeFault(sql);
            if (fault == SnowflakeEmulator.FaultKind.KILL_SESSION) {
                LOG.info("Fault injection: killing the session of {} at: {}", session.user(), sql);
                sessions.close(session);
                return Responses.error(SESSION_GONE, queryId);
            }
            QueryResult result;
            synchronized (session) {
                if (session.isClosed()) {
                    return Responses.error(SESSION_GONE, queryId);
                }
                result = StatementExecutor.execute(session, sql, bindings, describeOnly);
            }
            if (fault == SnowflakeEmulator.FaultKind.LOSE_REPLY) {
                LOG.info("Fault injection: the reply to this statement is lost: {}", sql);
                return Responses.error(new SnowflakeError("000605", "08006", "JDBC driver encountered communication"
                        + " error. Message: the connection was reset before the reply arrived (emulated)."), queryId);
            }
            int binds = parameterCount(sql);
            boolean arrayBind = result.statementTypeId() >= StatementTypes.INSERT
                    && result.statementTypeId() <= StatementTypes.MERGE;
            return Responses.query(session, result, queryId, binds, arrayBind);
        } catch (SnowflakeError e) {
            LOG.debug("Query failed: {} -> {} {}", sql, e.code(), e.getMessage());
            return Responses.error(e, queryId);
        }
    }

    private static int parameterCount(String sql) {
        try {
            return (int) SqlLexer.lex(sql).stream().filter(t -> t.kind() == Token.Kind.PARAMETER).count();
        } catch (SnowflakeError e) {
            return 0;
        }
    }

    private ObjectNode renew(HttpExchange exchange) {
        EmulatorSession session = sessions.findByMasterToken(token(exchange));
        if (session == null) {
            return Responses.error(new SnowflakeError("390114", "08001",
                    "Authentication token has expired.  The user must authenticate again."), null);
        }
        ObjectNode body = Responses.ok();
        ObjectNode data = body.putObject("data");
        data.put("sessionToken", session.token());
        data.put("validityInSecondsST", 3600);
        data.put("masterToken", session.masterToken());
        data.put("validityInSecondsMT", 14400);
        return body;
    }

    private interface SessionWork {
        ObjectNode run(EmulatorSession session);
    }

    private ObjectNode withSession(HttpExchange exchange, SessionWork work) {
        EmulatorSession session = sessions.find(token(exchange));
        if (session == null) {
            return Responses.error(new SnowflakeError("390111", "08001",
                    "Session no longer exists.  New login required to access the service."), null);
        }
        return work.run(session);
    }

    private static String token(HttpExchange exchange) {
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization == null) {
            return null;
        }
        Matcher m = TOKEN.matcher(authorization);
        return m.find() ? m.group(1) : null;
    }

    private static JsonNode readBody(HttpExchange exchange) throws IOException {
        InputStream in = exchange.getRequestBody();
        String encoding = exchange.getRequestHeaders().getFirst("Content-Encoding");
        if (encoding != null && encoding.toLowerCase(java.util.Locale.ROOT).contains("gzip")) {
            in = new GZIPInputStream(in);
        }
        byte[] bytes = in.readAllBytes();
        return bytes.length == 0 ? Responses.JSON.createObjectNode() : Responses.JSON.readTree(bytes);
    }

    private static Map<String, String> queryParameters(String rawQuery) {
        Map<String, String> parameters = new HashMap<>();
        if (rawQuery == null) {
            return parameters;
        }
        for (String pair : rawQuery.split("&")) {
            int eq = pair.indexOf('=');
            String key = URLDecoder.decode(eq < 0 ? pair : pair.substring(0, eq), StandardCharsets.UTF_8);
            String value = eq < 0 ? "" : URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8);
            parameters.put(key, value);
        }
        return parameters;
    }
}
