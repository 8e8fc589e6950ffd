package dev.assetflow.runtime.io;

import dev.assetflow.runtime.Column;
import dev.assetflow.runtime.ColumnType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Compares the columns a row type writes with the columns of a stored PostgreSQL table. */
final class PostgresSchemaDiff {

    private PostgresSchemaDiff() {
    }

    /** One line per difference, each starting with two spaces; empty when the table fits the row type. */
    static String describe(List<Column> expected, Map<String, PostgresCatalog.StoredColumn> stored) {
        List<String> lines = new ArrayList<>();
        Set<String> names = new HashSet<>();
        for (Column column : expected) {
            names.add(column.name());
            PostgresCatalog.StoredColumn existing = stored.get(column.name());
            if (existing == null) {
                lines.add("  + " + column.name() + " " + sqlType(column) + " (missing in the table)");
            } else if (!sameType(column, existing)) {
                lines.add("  ~ " + column.name() + ": table has " + storedType(existing) + ", the asset writes "
                        + sqlType(column));
            } else if (column.nullable() && !existing.nullable()) {
                lines.add("  ~ " + column.name() + ": table has NOT NULL, the asset writes nullable values");
            }
        }
        for (PostgresCatalog.StoredColumn existing : stored.values()) {
            if (!names.contains(existing.name())) {
                lines.add("  - " + existing.name() + " " + storedType(existing)
                        + (existing.nullable() ? "" : " NOT NULL") + " (not written by the asset)");
            }
        }
        return String.join("\n", lines);
    }

    private static boolean sameType(Column column, PostgresCatalog.StoredColumn existing) {
        if (!PostgresTypes.sameType(existing.udtName(), column.type())) {
            return false;
        }
        return column.type() != ColumnType.DECIMAL || column.precision() == 0
                || column.precision() == existing.precision() && column.scale() == existing.scale();
    }

    static String sqlType(Column column) {
        String type = PostgresTypes.describe(PostgresTypes.udtName(column.type()));
        if (column.type() == ColumnType.DECIMAL && column.precision() > 0) {
            type += "(" + column.precision() + ", " + column.scale() + ")";
        }
        return type + (column.nullable() ? "" : " NOT NULL");
    }

    static String storedType(PostgresCatalog.StoredColumn existing) {
        String type = PostgresTypes.describe(existing.udtName());
        return existing.precision() > 0 ? type + "(" + existing.precision() + ", " + existing.scale() + ")" : type;
    }
}
