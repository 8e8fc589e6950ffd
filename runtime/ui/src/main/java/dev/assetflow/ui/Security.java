package dev.assetflow.ui;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.SecureRandom;
import java.util.Base64;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Who may use the UI and how a run may be started.
 *
 * <ul>
 *   <li>Bound to a loopback address, every request must name it in its {@code Host} header ({@code 127.0.0.1},
 *       {@code localhost} or {@code [::1]} with the port), which defeats DNS rebinding.</li>
 *   <li>Bound to any other address, every request must carry the access token: once as {@code ?token=} (the
 *       address the command prints), which sets an {@code HttpOnly}, {@code SameSite=Strict} cookie, or as
 *       {@code Authorization: Bearer}.</li>
 *   <li>Launching is a POST that must carry this server's CSRF token (in a form field or the
 *       {@code X-Assetflow-Csrf} header), which only pages of this origin can read (the server sends no CORS
 *       headers), and whose {@code Origin} and {@code Sec-Fetch-Site}, when the browser sends them, must be this
 *       origin.</li>
 * </ul>
 */
final class Security {

    static final String CSRF_FIELD = "csrf";
    static final String CSRF_HEADER = "X-Assetflow-Csrf";

    private final int port;
    private final boolean loopback;
    private final String accessToken;
    private final String csrfToken;
    private final Set<String> hosts;

    Security(String host, int port, boolean loopback, String accessToken) {
        this.port = port;
        this.loopback = loopback;
        this.accessToken = accessToken;
        this.csrfToken = randomToken();
        this.hosts = new java.util.HashSet<>(List.of(hostPort("127.0.0.1"), hostPort("localhost"), hostPort("[::1]"),
                hostPort(host.contains(":") && !host.startsWith("[") ? "[" + host + "]" : host)));
    }

    private String hostPort(String host) {
        return host.toLowerCase(Locale.ROOT) + ":" + port;
    }

    static String randomToken() {
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
    }

    String csrfToken() {
        return csrfToken;
    }

    boolean needsAccessToken() {
        return accessToken != null;
    }

    /** The cookie's name carries the port: browsers share cookies between the ports of a host. */
    String cookieName() {
        return "assetflow_access_" + port;
    }

    /** Why the request's {@code Host} is refused, or null. */
    String refusedHost(HttpExchange exchange) {
        if (!loopback) {
            return null;
        }
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (host == null || !hosts.contains(host.toLowerCase(Locale.ROOT))) {
            return "this Assetflow UI answers only requests addressed to 127.0.0.1:" + port + " or localhost:" + port
                    + ", not to " + (host == null ? "no Host" : "'" + host + "'");
        }
        return null;
    }

    /** Whether the access token is needed and the request does not carry it in its cookie or header. */
    boolean lacksAccess(HttpExchange exchange) {
        if (accessToken == null) {
            return false;
        }
        String authorization = exchange.getRequestHeaders().getFirst("Authorization");
        if (authorization != null && authorization.startsWith("Bearer ")
                && same(authorization.substring("Bearer ".length()).trim(), accessToken)) {
            return false;
        }
        List<String> cookies = exchange.getRequestHeaders().getOrDefault("Cookie", List.of());
        for (String header : cookies) {
            for (String cookie : header.split(";")) {
                String[] pair = cookie.trim().split("=", 2);
                if (pair.length == 2 && pair[0].equals(cookieName()) && same(pair[1], accessToken)) {
                    return false;
                }
            }
        }
        return true;
    }

    /** Whether {@code token} is the access token. */
    boolean isAccessToken(String token) {
        return accessToken != null && token != null && same(token, accessToken);
    }

    /** The cookie that remembers the access token in this browser. */
    String accessCookie() {
        return cookieName() + "=" + accessToken + "; Path=/; HttpOnly; SameSite=Strict";
    }

    /** Why a POST may not start anything, or null when it may. */
    String refusedPost(HttpExchange exchange, Map<String, String> form) {
        String site = exchange.getRequestHeaders().getFirst("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin")) {
            return "refused: the request came from another site (Sec-Fetch-Site: " + site + "); start runs from"
                    + " this UI's own pages";
        }
        String origin = exchange.getRequestHeaders().getFirst("Origin");
        String host = exchange.getRequestHeaders().getFirst("Host");
        if (origin != null && (host == null || !origin.equalsIgnoreCase("http://" + host))) {
            return "refused: the request came from another origin (" + origin + "); start runs from this UI's own"
                    + " pages";
        }
        String token = form.get(CSRF_FIELD);
        if (token == null) {
            token = exchange.getRequestHeaders().getFirst(CSRF_HEADER);
        }
        if (token == null || !same(token, csrfToken)) {
            return "refused: the request does not carry this page's token; reload the page and try again";
        }
        return null;
    }

    private static boolean same(String given, String expected) {
        return MessageDigest.isEqual(given.getBytes(StandardCharsets.UTF_8), expected.getBytes(StandardCharsets.UTF_8));
    }
}
