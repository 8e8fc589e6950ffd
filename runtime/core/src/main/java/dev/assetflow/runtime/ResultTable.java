package dev.assetflow.runtime;

import java.util.ArrayList;
import java.util.List;

/** Renders a {@link MaterializeResult} as an aligned text table. */
final class ResultTable {

    private static final String[] HEADER = {"asset", "status", "rows", "ms", "detail"};

    private ResultTable() {
    }

    static String render(MaterializeResult result) {
        List<String[]> lines = new ArrayList<>();
        lines.add(HEADER);
        for (AssetResult asset : result.assets()) {
            lines.add(new String[] {asset.key(), asset.status().name(), String.format("%,d", asset.rows()),
                String.valueOf(asset.duration().toMillis()), firstLine(asset.detail())});
        }
        int[] widths = new int[HEADER.length];
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                widths[i] = Math.max(widths[i], line[i].length());
            }
        }
        StringBuilder text = new StringBuilder();
        for (String[] line : lines) {
            for (int i = 0; i < line.length; i++) {
                boolean number = i == 2 || i == 3;
                String cell = number ? pad(line[i], widths[i], true) : pad(line[i], widths[i], false);
                text.append(i == line.length - 1 ? cell.stripTrailing() : cell + "  ");
            }
            text.append('\n');
        }
        for (CheckOutcome check : result.checks()) {
            text.append("check ").append(firstLine(check.toString())).append('\n');
        }
        text.append(String.format("%d materialized, %d failed, %d skipped, %,d %s in %d ms",
                result.materialized().size(), result.failed().size(), result.skipped().size(),
                result.totalRows(), result.totalRows() == 1 ? "row" : "rows", result.duration().toMillis()));
        return text.toString();
    }

    private static String firstLine(String text) {
        int newline = text.indexOf('\n');
        return newline < 0 ? text : text.substring(0, newline) + " ...";
    }

    private static String pad(String text, int width, boolean right) {
        String spaces = " ".repeat(width - text.length());
        return right ? spaces + text : text + spaces;
    }
}
