package dev.assetflow.ui;

import static dev.assetflow.ui.Html.badge;
import static dev.assetflow.ui.Html.esc;
import static dev.assetflow.ui.Html.runLink;
import static dev.assetflow.ui.Html.url;
import static dev.assetflow.ui.Page.fact;
import static dev.assetflow.ui.Page.links;
import static dev.assetflow.ui.Page.time;

import java.util.List;

/** One asset: facts, why it is stale, last materialization, columns, partitions, checks, history, first rows. */
final class AssetPage {

    private AssetPage() {
    }

    static String render(Page page, Views.AssetDetail d, String csrf, String storage, String notice) {
        Views.AssetSummary a = d.asset();
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"title\"><h1>").append(esc(a.key())).append(' ').append(badge(a.status()))
                .append("</h1><div class=\"actions\">");
        if (!a.source()) {
            if (a.partitionCount() == 0) {
                body.append(Page.launchButton(csrf, "selection", a.key(), "Materialize"));
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
        return page.render(a.key(), "", csrf, storage, notice, body.toString(), true);
    }

    private static String shortCode(String code) {
        return code == null || code.length() <= 8 ? code : code.substring(0, 8);
    }
}
