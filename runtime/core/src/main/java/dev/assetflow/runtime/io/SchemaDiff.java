package dev.assetflow.runtime.io;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The differences between the columns a row type writes and the columns a table has, per column: missing
 * in the table, not written by the row type, or with another type or nullability. Backends supply the
 * type name each column type has in their catalog.
 */
public final class SchemaDiff {

    /** One column that differs; {@code expected} or {@code found} is null when the column is absent there. */
    public record Difference(String column, Column expected, StoredColumn found, String expectedText, String foundText) {

        boolean isAddableColumn() {
            return found == null && expected.nullable();
        }
    }

    private final List<Difference> differences;

    private SchemaDiff(List<Difference> differences) {
        this.differences = List.copyOf(differences);
    }

    /**
     * Compares {@code expected} with {@code found}.
     *
     * @param typeName the catalog's name of a column's type, compared without case or spaces
     */
    public static SchemaDiff between(List<Column> expected, List<StoredColumn> found, Function<Column, String> typeName) {
        Map<String, StoredColumn> byName = new LinkedHashMap<>();
        for (StoredColumn column : found) {
            byName.put(column.name(), column);
        }
        List<Difference> differences = new ArrayList<>();
        for (Column column : expected) {
            String type = typeName.apply(column);
            String expectedText = column.nullable() ? type : type + " NOT NULL";
            StoredColumn stored = byName.remove(column.name());
            if (stored == null) {
                differences.add(new Difference(column.name(), column, null, expectedText, "(missing)"));
            } else if (!sameType(type, stored.type()) || column.nullable() != stored.nullable()) {
                differences.add(new Difference(column.name(), column, stored, expectedText, stored.describe()));
            }
        }
        for (StoredColumn extra : byName.values()) {
            differences.add(new Difference(extra.name(), null, extra, "(not in the row type)", extra.describe()));
        }
        return new SchemaDiff(differences);
    }

    private static boolean sameType(String expected, String found) {
        return normalize(expected).equals(normalize(found));
    }

    private static String normalize(String type) {
        return type.replace(" ", "").toUpperCase(java.util.Locale.ROOT);
    }

    public boolean isEmpty() {
        return differences.isEmpty();
    }

    public List<Difference> differences() {
        return differences;
    }

    public List<String> columnNames() {
        return differences.stream().map(Difference::column).toList();
    }

    /**
     * Whether the table can be brought in line by adding nullable columns at its end: every existing
     * column matches, in order, and only new nullable columns follow them in the row type.
     */
    public boolean onlyAddsNullableColumnsAtEnd(List<Column> expected, List<StoredColumn> found) {
        if (differences.isEmpty() || !differences.stream().allMatch(Difference::isAddableColumn)) {
            return false;
        }
        for (int i = 0; i < found.size(); i++) {
            if (i >= expected.size() || !expected.get(i).name().equals(found.get(i).name())) {
                return false;
            }
        }
        return true;
    }

    /** A table of the differences: column, expected (the row type), found (the table). */
    public String render() {
        String[] header = {"column", "expected (row type)", "found (table)"};
        int[] widths = {header[0].length(), header[1].length(), header[2].length()};
        for (Difference d : differences) {
            widths[0] = Math.max(widths[0], d.column().length());
            widths[1] = Math.max(widths[1], d.expectedText().length());
        }
        StringBuilder text = new StringBuilder();
        text.append(row(widths, header));
        for (Difference d : differences) {
            text.append('\n').append(row(widths, new String[] {d.column(), d.expectedText(), d.foundText()}));
        }
        return text.toString();
    }

    private static String row(int[] widths, String[] cells) {
        return ("  " + pad(cells[0], widths[0]) + "  " + pad(cells[1], widths[1]) + "  " + cells[2]).stripTrailing();
    }

    private static String pad(String text, int width) {
        return text + " ".repeat(width - text.length());
    }
}
