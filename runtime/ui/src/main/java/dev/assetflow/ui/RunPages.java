package dev.assetflow.ui;

import static dev.assetflow.ui.Html.assetLink;
import static dev.assetflow.ui.Html.badge;
import static dev.assetflow.ui.Html.esc;
import static dev.assetflow.ui.Html.runLink;
import static dev.assetflow.ui.Html.url;
import static dev.assetflow.ui.Page.fact;
import static dev.assetflow.ui.Page.time;

import java.util.List;

/** The runs and one run. */
final class RunPages {

    private RunPages() {
    }

    static String runs(Page page, List<Views.RunView> runs, List<Launch> active, String csrf, String storage,
            String notice) {
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
        return page.render("Runs", "/runs", csrf, storage, notice, body.toString(), false);
    }

    private static String seconds(Views.RunView r) {
        if (r.finishedAt() == null) {
            return "";
        }
        long millis = java.time.Duration.between(java.time.Instant.parse(r.startedAt()),
                java.time.Instant.parse(r.finishedAt())).toMillis();
        return String.format("%.2f", millis / 1000.0);
    }

    /** When the run finished; for one that did not, whether its process still shows signs of life. */
    private static String finished(Views.RunView r) {
        if (r.finishedAt() != null) {
            return time(r.finishedAt());
        }
        if (r.status().equals("ABANDONED")) {
            return "<span id=\"abandoned\">never: its process stopped without finishing it; its lease ran out at "
                    + time(r.aliveUntil()) + " with no sign of life</span>";
        }
        return r.aliveUntil() == null ? "not yet" : "not yet: its process renews its lease (until " + time(r.aliveUntil())
                + ")";
    }

    static String run(Page page, Views.RunDetail d, String csrf, String storage) {
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
        fact(body, "finished", finished(r));
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
        return page.render("Run " + Html.shortId(r.runId()), "/runs", csrf, storage, body.toString(), false);
    }
}
