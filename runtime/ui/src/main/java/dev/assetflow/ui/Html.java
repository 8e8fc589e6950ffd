package dev.assetflow.ui;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;

/** Escaping for HTML text and attributes, and URL path segments; every dynamic value on a page goes through it. */
final class Html {

    private Html() {
    }

    /** {@code text} escaped for HTML text and double-quoted attribute values; {@code null} becomes empty. */
    static String esc(Object text) {
        if (text == null) {
            return "";
        }
        String value = text.toString();
        StringBuilder out = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '&' -> out.append("&amp;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&#39;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }

    /** {@code segment} encoded for a URL path or query value. */
    static String url(String segment) {
        return URLEncoder.encode(segment, StandardCharsets.UTF_8).replace("+", "%20");
    }

    /** A link to the asset page of {@code key}. */
    static String assetLink(String key) {
        return "<a href=\"/assets/" + url(key) + "\">" + esc(key) + "</a>";
    }

    /** A link to the run page of {@code runId}, showing its first 8 characters. */
    static String runLink(String runId) {
        if (runId == null) {
            return "";
        }
        return "<a href=\"/runs/" + url(runId) + "\" title=\"" + esc(runId) + "\"><code>" + esc(shortId(runId))
                + "</code></a>";
    }

    static String shortId(String id) {
        return id.length() > 8 ? id.substring(0, 8) : id;
    }

    /** A status badge: {@code <span class="badge status-failed">FAILED</span>}. */
    static String badge(String status) {
        return "<span class=\"badge status-" + esc(status.toLowerCase(java.util.Locale.ROOT).replace(' ', '-')) + "\">"
                + esc(status) + "</span>";
    }
}
