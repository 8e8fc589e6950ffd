package dev.assetflow.ui;

import static dev.assetflow.ui.Html.esc;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Draws the laid-out graph as inline SVG: one link per asset, coloured by status (the colours are in the CSS). */
final class GraphSvg {

    private GraphSvg() {
    }

    static String render(GraphLayout layout, List<Views.AssetSummary> assets) {
        Map<String, Views.AssetSummary> byKey = assets.stream()
                .collect(Collectors.toMap(Views.AssetSummary::key, Function.identity()));
        StringBuilder svg = new StringBuilder();
        svg.append(String.format(Locale.ROOT, "<svg class=\"graph\" xmlns=\"http://www.w3.org/2000/svg\" width=\"%.0f\""
                + " height=\"%.0f\" viewBox=\"0 0 %.0f %.0f\" role=\"img\" aria-label=\"asset graph\">",
                layout.width(), layout.height(), layout.width(), layout.height()));
        svg.append("<defs><marker id=\"arrow\" viewBox=\"0 0 10 10\" refX=\"9\" refY=\"5\" markerWidth=\"7\""
                + " markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0,0 L10,5 L0,10 z\" class=\"arrow\"/>"
                + "</marker></defs>");
        for (GraphLayout.Box group : layout.groups()) {
            svg.append(String.format(Locale.ROOT, "<g class=\"group\" data-group=\"%s\"><rect x=\"%.1f\" y=\"%.1f\""
                    + " width=\"%.1f\" height=\"%.1f\" rx=\"10\"/><text x=\"%.1f\" y=\"%.1f\">group %s</text></g>",
                    esc(group.key()), group.x(), group.y(), group.width(), group.height(), group.x() + 12,
                    group.y() + 19, esc(group.key())));
        }
        for (GraphLayout.Edge edge : layout.edges()) {
            svg.append("<path class=\"edge\" data-from=\"").append(esc(edge.from())).append("\" data-to=\"")
                    .append(esc(edge.to())).append("\" d=\"").append(path(edge.points()))
                    .append("\" marker-end=\"url(#arrow)\"/>");
        }
        for (Map.Entry<String, GraphLayout.Box> entry : layout.nodes().entrySet()) {
            Views.AssetSummary asset = byKey.get(entry.getKey());
            if (asset != null) {
                node(svg, entry.getValue(), asset);
            }
        }
        return svg.append("</svg>").toString();
    }

    private static void node(StringBuilder svg, GraphLayout.Box box, Views.AssetSummary asset) {
        String status = asset.status();
        svg.append("<a href=\"/assets/").append(Html.url(asset.key())).append("\" class=\"node status-")
                .append(esc(status)).append("\" data-asset=\"").append(esc(asset.key())).append("\" data-status=\"")
                .append(esc(status)).append("\">");
        svg.append("<title>").append(esc(asset.key() + ": " + label(asset)
                + (asset.reason().isEmpty() ? "" : " — " + asset.reason()))).append("</title>");
        if (asset.partitionCount() > 0) {
            svg.append(String.format(Locale.ROOT, "<rect class=\"stack\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\""
                    + " height=\"%.1f\" rx=\"8\"/>", box.x() + 4, box.y() + 4, box.width() - 4, box.height() - 4));
        }
        svg.append(String.format(Locale.ROOT, "<rect class=\"box\" x=\"%.1f\" y=\"%.1f\" width=\"%.1f\" height=\"%.1f\""
                + " rx=\"8\"/>", box.x(), box.y(), asset.partitionCount() > 0 ? box.width() - 4 : box.width(),
                asset.partitionCount() > 0 ? box.height() - 4 : box.height()));
        svg.append(String.format(Locale.ROOT, "<circle class=\"dot\" cx=\"%.1f\" cy=\"%.1f\" r=\"5\"/>", box.x() + 14,
                box.y() + 18));
        svg.append(String.format(Locale.ROOT, "<text class=\"key\" x=\"%.1f\" y=\"%.1f\">%s</text>", box.x() + 26,
                box.y() + 22, esc(asset.key())));
        svg.append(String.format(Locale.ROOT, "<text class=\"sub status-line\" x=\"%.1f\" y=\"%.1f\">%s</text>", box.x() + 14,
                box.y() + 41, esc(label(asset))));
        if (asset.partitionCount() > 0) {
            svg.append(String.format(Locale.ROOT, "<text class=\"sub partitions\" x=\"%.1f\" y=\"%.1f\">▦ %s</text>",
                    box.x() + 14, box.y() + 57, esc(shorten(asset.partitions(), 36))));
        }
        svg.append("</a>");
    }

    /** The second line of a node: status and, when materialized, its rows. */
    static String label(Views.AssetSummary asset) {
        String rows = asset.last() == null || !asset.last().status().equals("MATERIALIZED") ? ""
                : " · " + String.format("%,d", asset.last().rows()) + " rows";
        return switch (asset.status()) {
            case "materialized" -> "materialized" + rows;
            case "stale" -> "stale" + rows;
            case "failed" -> "failed";
            case "never" -> "never materialized";
            case "running" -> "running…";
            case "source" -> "source asset";
            default -> asset.status();
        };
    }

    private static String shorten(String text, int max) {
        return text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }

    /** Cubic Bézier segments when ELK routed splines (start + 3 points per segment), else a polyline. */
    static String path(List<double[]> points) {
        StringBuilder d = new StringBuilder();
        d.append(String.format(Locale.ROOT, "M%.1f,%.1f", points.get(0)[0], points.get(0)[1]));
        boolean cubic = points.size() > 1 && (points.size() - 1) % 3 == 0;
        for (int i = 1; i < points.size(); i++) {
            if (cubic && (i - 1) % 3 == 0) {
                d.append(" C");
            } else if (!cubic) {
                d.append(" L");
            } else {
                d.append(' ');
            }
            d.append(String.format(Locale.ROOT, "%.1f,%.1f", points.get(i)[0], points.get(i)[1]));
        }
        return d.toString();
    }
}
