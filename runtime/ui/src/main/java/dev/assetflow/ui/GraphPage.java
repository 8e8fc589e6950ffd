package dev.assetflow.ui;

import static dev.assetflow.ui.Html.assetLink;
import static dev.assetflow.ui.Html.badge;
import static dev.assetflow.ui.Html.esc;
import static dev.assetflow.ui.Page.time;

/** The asset graph page: the SVG, a legend, buttons to launch, and the assets as a table. */
final class GraphPage {

    private GraphPage() {
    }

    static String render(Page page, Views.GraphView view, String svg, String csrf) {
        StringBuilder body = new StringBuilder();
        body.append("<div class=\"title\"><h1>Asset graph</h1><div class=\"actions\">")
                .append(Page.launchButton(csrf, "selection", "", "Materialize all"))
                .append(Page.launchButton(csrf, "stale", "", "Materialize stale"))
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
        return page.render("Asset graph", "/", csrf, view.storage(), view.notice(), body.toString(), false);
    }

    private static String legend(String status) {
        return "<span class=\"legend-item status-" + status + "\"><i></i>" + status + "</span>";
    }
}
