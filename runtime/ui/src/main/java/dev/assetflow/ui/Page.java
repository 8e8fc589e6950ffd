package dev.assetflow.ui;

import static dev.assetflow.ui.Html.assetLink;
import static dev.assetflow.ui.Html.esc;

import java.util.List;

/** The frame every page shares (header, navigation, storage, footer) and small pieces the pages share. */
final class Page {

    private final String version;
    private final String uplot;

    Page(String version, String uplotVersion) {
        this.version = version;
        this.uplot = "/webjars/uplot/" + uplotVersion + "/dist/";
    }

    /** A whole page around {@code body}; {@code chart} adds uPlot's script and style. */
    String render(String title, String active, String csrf, String storage, String body, boolean chart) {
        return render(title, active, csrf, storage, null, body, chart);
    }

    /**
     * A whole page around {@code body}, with {@code notice} (when not {@code null}) above it: the banner saying that
     * nothing has been materialized in the storage yet, and where it will be.
     */
    String render(String title, String active, String csrf, String storage, String notice, String body,
            boolean chart) {
        if (notice != null) {
            body = "<div class=\"notice\" id=\"nothing-materialized\" role=\"status\"><strong>Nothing materialized"
                    + " yet:</strong> " + esc(notice) + "</div>" + body;
        }
        StringBuilder html = new StringBuilder(4096 + body.length());
        html.append("<!DOCTYPE html><html lang=\"en\"><head><meta charset=\"utf-8\">")
                .append("<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">")
                .append("<title>").append(esc(title)).append(" · Assetflow</title>")
                .append("<meta name=\"assetflow-csrf\" content=\"").append(esc(csrf)).append("\">")
                .append("<link rel=\"icon\" href=\"/static/favicon.svg\" type=\"image/svg+xml\">")
                .append("<link rel=\"stylesheet\" href=\"/static/assetflow.css\">");
        if (chart) {
            html.append("<link rel=\"stylesheet\" href=\"").append(uplot).append("uPlot.min.css\">")
                    .append("<script src=\"").append(uplot).append("uPlot.iife.min.js\" defer></script>");
        }
        html.append("<script src=\"/static/assetflow.js\" defer></script></head><body>")
                .append("<header><a class=\"brand\" href=\"/\">Assetflow</a><nav>")
                .append(nav("/", "Asset graph", active)).append(nav("/runs", "Runs", active))
                .append(nav("/launch", "Launch", active)).append("</nav><span class=\"storage\" title=\"storage\">")
                .append(esc(storage)).append("</span></header><main>").append(body)
                .append("</main><footer>Assetflow ").append(esc(version)).append("</footer></body></html>");
        return html.toString();
    }

    private static String nav(String href, String label, String active) {
        return "<a href=\"" + href + "\"" + (href.equals(active) ? " class=\"active\"" : "") + ">" + label + "</a>";
    }

    static void fact(StringBuilder body, String name, String html) {
        body.append("<dt>").append(esc(name)).append("</dt><dd>").append(html).append("</dd>");
    }

    static String links(List<String> keys) {
        if (keys.isEmpty()) {
            return "–";
        }
        StringBuilder html = new StringBuilder();
        for (String key : keys) {
            html.append(html.length() == 0 ? "" : ", ").append(assetLink(key));
        }
        return html.toString();
    }

    /** A UTC time as {@code 2024-01-03 10:15:02Z}, with the full value as a tooltip. */
    static String time(String iso) {
        if (iso == null) {
            return "";
        }
        String shown = iso.replace('T', ' ');
        int dot = shown.indexOf('.');
        if (dot > 0) {
            shown = shown.substring(0, dot) + "Z";
        }
        return "<time datetime=\"" + esc(iso) + "\" title=\"" + esc(iso) + "\">" + esc(shown) + "</time>";
    }

    /** A one-button form that launches {@code kind} of {@code select}. */
    static String launchButton(String csrf, String kind, String select, String label) {
        return "<form method=\"post\" action=\"/launch\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\""
                + esc(csrf) + "\"><input type=\"hidden\" name=\"kind\" value=\"" + esc(kind) + "\">"
                + "<input type=\"hidden\" name=\"select\" value=\"" + esc(select) + "\"><button type=\"submit\">"
                + esc(label) + "</button></form>";
    }

    String error(int status, String title, String message, String csrf, String storage) {
        String body = "<div class=\"title\"><h1>" + esc(title) + "</h1></div><p class=\"error\" id=\"error\">"
                + esc(message) + "</p><p><a href=\"/\">Back to the asset graph</a></p>";
        return render(title, "", csrf, storage, body, false);
    }
}
