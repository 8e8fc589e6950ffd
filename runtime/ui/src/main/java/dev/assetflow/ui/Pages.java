package dev.assetflow.ui;

import static dev.assetflow.ui.Html.assetLink;
import static dev.assetflow.ui.Html.badge;
import static dev.assetflow.ui.Html.esc;
import static dev.assetflow.ui.Html.runLink;
import static dev.assetflow.ui.Html.url;

import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Partitions;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/** The HTML pages, rendered on the server; scripts only add the chart and live progress. */
final class Pages {

    private final String version;
    private final String uplot;

    Pages(String version, String uplotVersion) {
        this.version = version;
        this.uplot = "/webjars/uplot/" + uplotVersion + "/dist/";
    }

    private String page(String title, String active, String csrf, String storage, String body, boolean chart) {
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

    String graph(Views.GraphView view, String svg, String csrf) {
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"title\"><h1>Asset graph</h1><div class=\"actions\">")
                .append(launchButton(csrf, "selection", "", "Materialize all"))
                .append(launchButton(csrf, "stale", "", "Materialize stale"))
                .append("<a class=\"button secondary\" href=\"/launch\">More…</a></div></div>");
        body.append("<p class=\"legend\">").append(legend("materialized")).append(legend("stale"))
                .append(legend("failed")).append(legend("never")).append(legend("running")).append(legend("source"))
                .append("<span class=\"hint\">▦ partitioned · click an asset to open it</span></p>");
        boolean running = view.assets().stream().anyMatch(a -> a.status().equals("running"));
        body.append("<div class=\"graph-frame\" id=\"graph\" data-live=\"").append(running).append("\">").append(svg)
                .append("</div>");
        body.append("<h2>Assets</h2><table class=\"assets\"><thead><tr><th>asset</th><th>group</th><th>status</th>"
                + "<th>why</th><th>rows</th><th>last materialized</th><th>partitions</th></tr></thead><tbody>");
        for (Views.AssetSummary a : view.assets()) {
            body.append("<tr data-asset=\"").append(esc(a.key())).append("\"><td>").append(assetLink(a.key()))
                    .append("</td><td>").append(esc(a.group())).append("</td><td class=\"status\">")
                    .append(badge(a.status())).append("</td><td class=\"reason\">").append(esc(a.reason())).append("</td><td class=\"num\">")
                    .append(a.last() == null ? "" : String.format("%,d", a.last().rows())).append("</td><td>")
                    .append(a.last() == null ? "" : time(a.last().finishedAt())).append("</td><td>")
                    .append(esc(a.partitions())).append("</td></tr>");
        }
        body.append("</tbody></table>");
        return page("Asset graph", "/", csrf, view.storage(), body.toString(), false);
    }

    private static String legend(String status) {
        return "<span class=\"legend-item status-" + status + "\"><i></i>" + status + "</span>";
    }

    /** A one-button form that launches {@code kind} of {@code select}. */
    static String launchButton(String csrf, String kind, String select, String label) {
        return "<form method=\"post\" action=\"/launch\" class=\"inline\"><input type=\"hidden\" name=\"csrf\" value=\""
                + esc(csrf) + "\"><input type=\"hidden\" name=\"kind\" value=\"" + esc(kind) + "\">"
                + "<input type=\"hidden\" name=\"select\" value=\"" + esc(select) + "\"><button type=\"submit\">"
                + esc(label) + "</button></form>";
    }

    String asset(Views.AssetDetail d, String csrf, String storage) {
        Views.AssetSummary a = d.asset();
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"title\"><h1>").append(esc(a.key())).append(' ').append(badge(a.status()))
                .append("</h1><div class=\"actions\">");
        if (!a.source()) {
            if (a.partitionCount() == 0) {
                body.append(launchButton(csrf, "selection", a.key(), "Materialize"));
            }
            body.append("<a class=\"button secondary\" href=\"/launch?select=").append(url(a.key()))
                    .append("\">Launch…</a>");
        }
        body.append("</div></div>");
        if (!a.description().isEmpty()) {
            body.append("<p class=\"description\">").append(esc(a.description())).append("</p>");
        }
        if (!a.reason().isEmpty()) {
            body.append("<p class=\"why status-").append(esc(a.status())).append("\" id=\"why\">")
                    .append(esc(a.reason())).append("</p>");
        }
        body.append("<dl class=\"facts\">");
        fact(body, "method", "<code>" + esc(d.method()) + "</code>");
        fact(body, "group", esc(a.group()));
        fact(body, "table", "<code>" + esc(d.table()) + "</code> (IO manager <code>" + esc(d.io()) + "</code>)");
        fact(body, "row type", "<code>" + esc(d.rowType()) + "</code>");
        fact(body, "code version", "<code>" + esc(d.codeVersion()) + "</code>");
        if (!a.partitions().isEmpty()) {
            fact(body, "partitions", esc(a.partitions()) + " (" + a.partitionCount() + ")");
        }
        fact(body, "upstream", links(a.upstream()));
        fact(body, "downstream", links(a.downstream()));
        body.append("</dl>");

        body.append("<h2>Last materialization</h2>");
        if (a.last() == null) {
            body.append("<p class=\"empty\">never materialized</p>");
        } else {
            Views.MaterializationView m = a.last();
            body.append("<dl class=\"facts\" id=\"last\">");
            fact(body, "status", badge(m.status()));
            fact(body, "rows", "<span id=\"last-rows\">" + String.format("%,d", m.rows()) + "</span>");
            fact(body, "duration", m.durationMillis() + " ms");
            fact(body, "when", time(m.finishedAt()));
            fact(body, "run", runLink(m.runId()));
            if (m.partition() != null) {
                fact(body, "partition", esc(m.partition()));
            }
            if (m.error() != null) {
                fact(body, "error", "<pre>" + esc(m.error()) + "</pre>");
            }
            body.append("</dl>");
        }

        body.append("<h2>Columns</h2><table class=\"columns\"><thead><tr><th>column</th><th>type</th><th>nullable</th>"
                + "</tr></thead><tbody>");
        for (Views.ColumnView c : d.columns()) {
            body.append("<tr><td><code>").append(esc(c.name())).append("</code></td><td>").append(esc(c.type()))
                    .append("</td><td>").append(c.nullable() ? "yes" : "no").append("</td></tr>");
        }
        body.append("</tbody></table>");

        if (!d.partitions().isEmpty()) {
            body.append("<h2>Partitions</h2><div class=\"partition-grid\">");
            for (Views.PartitionView p : d.partitions()) {
                body.append("<a class=\"cell status-").append(esc(p.status())).append("\" data-partition=\"")
                        .append(esc(p.key())).append("\" title=\"").append(esc(p.key() + ": " + p.detail()))
                        .append("\" href=\"/launch?select=").append(url(a.key())).append("&amp;partition=")
                        .append(url(p.key())).append("\">").append(esc(p.key())).append("</a>");
            }
            body.append("</div>");
        }

        if (!d.checks().isEmpty()) {
            body.append("<h2>Checks</h2><table class=\"checks\"><thead><tr><th>check</th><th>blocking</th>"
                    + "<th>description</th><th>last result</th><th>outcome</th><th>metadata</th><th>run</th></tr>"
                    + "</thead><tbody>");
            for (Views.CheckView c : d.checks()) {
                Views.CheckRecordView last = c.last();
                body.append("<tr><td>").append(esc(c.name())).append("</td><td>").append(c.blocking() ? "yes" : "no")
                        .append("</td><td>").append(esc(c.description())).append("</td><td>")
                        .append(last == null ? "never run" : badge(last.status())).append("</td><td>")
                        .append(last == null ? "" : esc(last.description())).append("</td><td><code>")
                        .append(last == null ? "" : esc(last.metadata())).append("</code></td><td>")
                        .append(last == null ? "" : runLink(last.runId())).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }

        body.append("<h2>History</h2>");
        if (d.history().isEmpty()) {
            body.append("<p class=\"empty\">no materializations yet</p>");
        } else {
            body.append("<div id=\"history-chart\" data-asset=\"").append(esc(a.key())).append("\"></div>");
            body.append("<table class=\"history\"><thead><tr><th>finished</th><th>run</th><th>partition</th>"
                    + "<th>status</th><th>rows</th><th>ms</th><th>attempts</th><th>code</th><th>error</th></tr>"
                    + "</thead><tbody>");
            d.history().stream().limit(25).forEach(m -> body.append("<tr><td>").append(time(m.finishedAt()))
                    .append("</td><td>").append(runLink(m.runId())).append("</td><td>").append(esc(m.partition()))
                    .append("</td><td>").append(badge(m.status())).append("</td><td class=\"num\">")
                    .append(String.format("%,d", m.rows())).append("</td><td class=\"num\">").append(m.durationMillis())
                    .append("</td><td class=\"num\">").append(m.attempts()).append("</td><td><code>")
                    .append(esc(shortCode(m.codeVersion()))).append("</code></td><td class=\"reason\">")
                    .append(esc(Board.firstLine(m.error()))).append("</td></tr>"));
            body.append("</tbody></table>");
        }

        body.append("<h2>First rows</h2>");
        Views.PreviewView preview = d.preview();
        if (preview.error() != null) {
            body.append("<p class=\"empty\" id=\"preview-error\">no rows to show: ").append(esc(preview.error()))
                    .append("</p>");
        } else if (preview.rows().isEmpty()) {
            body.append("<p class=\"empty\">the table is empty</p>");
        } else {
            body.append("<div class=\"scroll\"><table class=\"preview\" id=\"preview\"><thead><tr>");
            preview.columns().forEach(c -> body.append("<th>").append(esc(c)).append("</th>"));
            body.append("</tr></thead><tbody>");
            for (List<String> row : preview.rows()) {
                body.append("<tr>");
                row.forEach(v -> body.append(v == null ? "<td class=\"null\">NULL</td>" : "<td>" + esc(v) + "</td>"));
                body.append("</tr>");
            }
            body.append("</tbody></table></div><p class=\"hint\">the first ").append(preview.rows().size())
                    .append(" rows, read through the IO manager</p>");
        }
        return page(a.key(), "", csrf, storage, body.toString(), true);
    }

    private static void fact(StringBuilder body, String name, String html) {
        body.append("<dt>").append(esc(name)).append("</dt><dd>").append(html).append("</dd>");
    }

    private static String links(List<String> keys) {
        if (keys.isEmpty()) {
            return "–";
        }
        StringBuilder html = new StringBuilder();
        for (String key : keys) {
            html.append(html.length() == 0 ? "" : ", ").append(assetLink(key));
        }
        return html.toString();
    }

    private static String shortCode(String code) {
        return code == null || code.length() <= 8 ? code : code.substring(0, 8);
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

    String runs(List<Views.RunView> runs, List<Launch> active, String csrf, String storage) {
        StringBuilder body = new StringBuilder("<div class=\"title\"><h1>Runs</h1></div>");
        if (!active.isEmpty()) {
            body.append("<p>Launched from this page and still going: ");
            for (Launch launch : active) {
                body.append("<a href=\"/launches/").append(url(launch.id())).append("\">")
                        .append(esc(launch.request().describe())).append("</a> ");
            }
            body.append("</p>");
        }
        if (runs.isEmpty()) {
            body.append("<p class=\"empty\">no runs yet</p>");
        } else {
            body.append("<table class=\"runs\"><thead><tr><th>run</th><th>started</th><th>status</th><th>selection</th>"
                    + "<th>partition</th><th>materialized</th><th>failed</th><th>skipped</th><th>rows</th><th>seconds</th>"
                    + "</tr></thead><tbody>");
            for (Views.RunView r : runs) {
                body.append("<tr data-run=\"").append(esc(r.runId())).append("\"><td>").append(runLink(r.runId()))
                        .append("</td><td>").append(time(r.startedAt())).append("</td><td>").append(badge(r.status()))
                        .append("</td><td><code>").append(esc(r.selection())).append("</code></td><td>")
                        .append(esc(r.partition())).append("</td><td class=\"num\">").append(r.materialized())
                        .append("</td><td class=\"num\">").append(r.failed()).append("</td><td class=\"num\">")
                        .append(r.skipped()).append("</td><td class=\"num\">").append(String.format("%,d", r.rows()))
                        .append("</td><td class=\"num\">").append(seconds(r)).append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        return page("Runs", "/runs", csrf, storage, body.toString(), false);
    }

    private static String seconds(Views.RunView r) {
        if (r.finishedAt() == null) {
            return "";
        }
        long millis = java.time.Duration.between(java.time.Instant.parse(r.startedAt()),
                java.time.Instant.parse(r.finishedAt())).toMillis();
        return String.format("%.2f", millis / 1000.0);
    }

    String run(Views.RunDetail d, String csrf, String storage) {
        Views.RunView r = d.run();
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"title\"><h1>Run <code>").append(esc(Html.shortId(r.runId()))).append("</code> ")
                .append(badge(r.status())).append("</h1></div>");
        if (d.launch() != null) {
            body.append("<p><a href=\"/launches/").append(url(d.launch())).append("\">Live progress of this launch</a>")
                    .append("</p>");
        }
        body.append("<dl class=\"facts\">");
        fact(body, "id", "<code>" + esc(r.runId()) + "</code>");
        fact(body, "selection", "<code>" + esc(r.selection()) + "</code>");
        if (r.partition() != null) {
            fact(body, "partition", esc(r.partition()));
        }
        fact(body, "started", time(r.startedAt()));
        fact(body, "finished", r.finishedAt() == null ? "still running (or the process stopped)" : time(r.finishedAt()));
        fact(body, "counts", r.materialized() + " materialized, " + r.failed() + " failed, " + r.skipped()
                + " skipped, " + String.format("%,d", r.rows()) + " rows");
        body.append("</dl><h2>Assets</h2>");
        if (d.assets().isEmpty()) {
            body.append("<p class=\"empty\">no asset finished yet</p>");
        } else {
            body.append("<table class=\"run-assets\"><thead><tr><th>asset</th><th>partition</th><th>status</th>"
                    + "<th>rows</th><th>ms</th><th>attempts</th><th>error</th></tr></thead><tbody>");
            for (Views.MaterializationView m : d.assets()) {
                body.append("<tr data-asset=\"").append(esc(m.asset())).append("\"><td>").append(assetLink(m.asset()))
                        .append("</td><td>").append(esc(m.partition())).append("</td><td>").append(badge(m.status()))
                        .append("</td><td class=\"num\">").append(String.format("%,d", m.rows()))
                        .append("</td><td class=\"num\">").append(m.durationMillis()).append("</td><td class=\"num\">")
                        .append(m.attempts()).append("</td><td>")
                        .append(m.error() == null ? "" : "<pre>" + esc(m.error()) + "</pre>").append("</td></tr>");
            }
            body.append("</tbody></table>");
        }
        if (!d.checks().isEmpty()) {
            body.append("<h2>Checks</h2><table class=\"checks\"><thead><tr><th>asset</th><th>check</th><th>status</th>"
                    + "<th>blocking</th><th>outcome</th><th>metadata</th></tr></thead><tbody>");
            for (Views.CheckRecordView c : d.checks()) {
                body.append("<tr><td>").append(assetLink(c.asset())).append("</td><td>").append(esc(c.check()))
                        .append("</td><td>").append(badge(c.status())).append("</td><td>")
                        .append(c.blocking() ? "yes" : "no").append("</td><td>").append(esc(c.description()))
                        .append("</td><td><code>").append(esc(c.metadata())).append("</code></td></tr>");
            }
            body.append("</tbody></table>");
        }
        return page("Run " + Html.shortId(r.runId()), "/runs", csrf, storage, body.toString(), false);
    }

    String launchForm(AssetGraph graph, String select, String partition, String csrf, String storage) {
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
        return page("Launch", "/launch", csrf, storage, body.toString(), false);
    }

    String launch(Views.LaunchView v, String csrf, String storage) {
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
        return page(v.description(), "/launch", csrf, storage, body.toString(), false);
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

    String error(int status, String title, String message, String csrf, String storage) {
        String body = "<div class=\"title\"><h1>" + esc(title) + "</h1></div><p class=\"error\" id=\"error\">"
                + esc(message) + "</p><p><a href=\"/\">Back to the asset graph</a></p>";
        return page(title, "", csrf, storage, body, false);
    }
}
