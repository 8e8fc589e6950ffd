package dev.assetflow.ui;

import static dev.assetflow.ui.Html.assetLink;
import static dev.assetflow.ui.Html.badge;
import static dev.assetflow.ui.Html.esc;
import static dev.assetflow.ui.Html.runLink;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Partitions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The launch form and the live progress of a launch. */
final class LaunchPages {

    private LaunchPages() {
    }

    static String form(Page page, AssetGraph graph, String select, String partition, String csrf, String storage) {
        StringBuilder body = new StringBuilder("<div class=\"title\"><h1>Launch a run</h1></div>");
        String hidden = "<input type=\"hidden\" name=\"csrf\" value=\"" + esc(csrf) + "\">";
        String selectValue = esc(select == null ? "" : select);
        body.append("<datalist id=\"asset-keys\">");
        graph.assets().stream().filter(a -> !a.isSource())
                .forEach(a -> body.append("<option value=\"").append(esc(a.key())).append("\">"));
        body.append("</datalist>");
        Set<String> partitionKeys = new LinkedHashSet<>();
        for (AssetDefinition<?> asset : graph.assets()) {
            asset.partitions().map(Partitions::keys).ifPresent(keys -> partitionKeys.addAll(keys.size() > 5000
                    ? keys.subList(keys.size() - 5000, keys.size()) : keys));
        }
        body.append("<datalist id=\"partition-keys\">");
        partitionKeys.forEach(k -> body.append("<option value=\"").append(esc(k)).append("\">"));
        body.append("</datalist>");

        body.append("<section class=\"launch\"><h2>Materialize a selection</h2><form method=\"post\" action=\"/launch\""
                + " id=\"launch-selection\">").append(hidden)
                .append("<input type=\"hidden\" name=\"kind\" value=\"selection\"><label>Selection <input name=\"select\""
                        + " list=\"asset-keys\" placeholder=\"* (every asset)\" value=\"").append(selectValue)
                .append("\"></label><button type=\"submit\">Materialize</button></form>")
                .append("<p class=\"hint\">Terms separated by spaces or commas: <code>key</code>, <code>+key</code>"
                        + " (and upstream), <code>key+</code> (and downstream), <code>group:name</code>, <code>*</code>."
                        + "</p></section>");
        body.append("<section class=\"launch\"><h2>Materialize what is stale</h2><form method=\"post\" action=\"/launch\""
                + " id=\"launch-stale\">").append(hidden)
                .append("<input type=\"hidden\" name=\"kind\" value=\"stale\"><button type=\"submit\">Materialize stale"
                        + " assets</button></form><p class=\"hint\">Never materialized, code changed, or an upstream"
                        + " materialized since; partitioned assets are left to backfills.</p></section>");
        if (!partitionKeys.isEmpty()) {
            body.append("<section class=\"launch\"><h2>One partition</h2><form method=\"post\" action=\"/launch\""
                    + " id=\"launch-partition\">").append(hidden)
                    .append("<input type=\"hidden\" name=\"kind\" value=\"partition\"><label>Selection <input"
                            + " name=\"select\" list=\"asset-keys\" value=\"").append(selectValue)
                    .append("\"></label><label>Partition <input name=\"partition\" list=\"partition-keys\" required"
                            + " value=\"").append(esc(partition == null ? "" : partition))
                    .append("\"></label><button type=\"submit\">Materialize partition</button></form></section>");
            body.append("<section class=\"launch\"><h2>Backfill a range</h2><form method=\"post\" action=\"/launch\""
                    + " id=\"launch-backfill\">").append(hidden)
                    .append("<input type=\"hidden\" name=\"kind\" value=\"backfill\"><label>Selection <input"
                            + " name=\"select\" list=\"asset-keys\" value=\"").append(selectValue)
                    .append("\"></label><label>From <input name=\"from\" list=\"partition-keys\" required></label>"
                            + "<label>To <input name=\"to\" list=\"partition-keys\" required></label><label"
                            + " class=\"check\"><input type=\"checkbox\" name=\"force\" value=\"true\"> redo partitions"
                            + " already done</label><button type=\"submit\">Backfill</button></form></section>");
        }
        return page.render("Launch", "/launch", csrf, storage, body.toString(), false);
    }

    static String progress(Page page, Views.LaunchView v, String csrf, String storage) {
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"title\"><h1>").append(esc(v.description())).append(" <span id=\"launch-state\">")
                .append(badge(v.state())).append("</span></h1></div>");
        body.append("<div id=\"launch\" data-launch=\"").append(esc(v.id())).append("\" data-state=\"")
                .append(esc(v.state())).append("\">");
        body.append("<p id=\"launch-message\">").append(esc(v.message())).append("</p>");
        body.append("<p id=\"launch-runs\">");
        for (String run : v.runs()) {
            body.append("run ").append(runLink(run)).append(' ');
        }
        body.append("</p><table class=\"progress\"><thead><tr><th>asset</th><th>partition</th><th>status</th>"
                + "<th>rows</th><th>rows/s</th><th>seconds</th><th>attempts</th><th>detail</th></tr></thead>"
                + "<tbody id=\"progress\">");
        for (Views.ProgressView p : v.assets()) {
            body.append(progressRow(p));
        }
        body.append("</tbody></table></div>");
        return page.render(v.description(), "/launch", csrf, storage, body.toString(), false);
    }

    /** One row of the progress table; the script rebuilds the same markup from the JSON. */
    static String progressRow(Views.ProgressView p) {
        return "<tr data-asset=\"" + esc(p.asset()) + "\"><td>" + assetLink(p.asset()) + "</td><td>"
                + esc(p.partition()) + "</td><td class=\"status\">" + badge(p.status()) + "</td><td class=\"num rows\">"
                + String.format("%,d", p.rows()) + "</td><td class=\"num\">" + String.format("%,d", p.rowsPerSecond())
                + "</td><td class=\"num\">" + String.format("%.2f", p.seconds()) + "</td><td class=\"num\">"
                + p.attempts() + "</td><td class=\"reason\">" + esc(String.join("; ", detail(p))) + "</td></tr>";
    }

    private static List<String> detail(Views.ProgressView p) {
        List<String> parts = new java.util.ArrayList<>();
        if (!p.detail().isEmpty()) {
            parts.add(Board.firstLine(p.detail()));
        }
        parts.addAll(p.checks());
        return parts;
    }
}
