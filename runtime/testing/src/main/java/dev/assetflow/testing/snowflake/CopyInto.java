package dev.assetflow.testing.snowflake;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * {@code COPY INTO <table> [(columns)] FROM @stage[/path] [FILES=(...)] [PATTERN='...']
 * [FILE_FORMAT=(...)] [ON_ERROR=ABORT_STATEMENT] [PURGE=TRUE|FALSE] [FORCE=...]}: loads the stage's CSV
 * files with DuckDB's CSV reader (all columns as text, then cast to the table's types, binary from hex)
 * in one transaction. Any bad row aborts the statement, as ON_ERROR = ABORT_STATEMENT does; PURGE
 * deletes the files only after the load committed. Load history is not kept: files are loaded each
 * time (as with FORCE = TRUE).
 */
final class CopyInto {

    private CopyInto() {
    }

    private record Target(String name, String duckDbType) {
    }

    static QueryResult execute(EmulatorSession session, TokenStream in, String sql) throws SQLException {
        in.expectWords("COPY", "INTO");
        if (in.peekSymbol("@") || (in.peek() != null && in.peek().kind() == Token.Kind.STRING)) {
            throw SnowflakeError.unsupported("COPY INTO <location> (unloading)");
        }
        ObjectName table = session.resolve(in.expectQualifiedName());
        List<String> columnNames = new ArrayList<>();
        if (in.acceptSymbol("(")) {
            do {
                columnNames.add(in.expectIdentifier());
            } while (in.acceptSymbol(","));
            in.expectSymbol(")");
        }
        in.expectWords("FROM");
        if (in.peekSymbol("(")) {
            throw SnowflakeError.unsupported("COPY INTO with a transformation query");
        }
        Token at = in.peek();
        if (at == null) {
            throw in.unexpected("a stage");
        }
        StageLocation location = StageLocation.parse(sql, at.position(), session);
        while (!in.atEnd() && in.peek().position() < location.end()) {
            in.next();
        }
        Options options = Options.parse(in, session.emulator().stages().format(location.stage()));

        List<Target> targets = targets(session, table, columnNames);
        List<Path> files = files(session, location, options);
        if (files.isEmpty()) {
            return QueryResult.status(StatementTypes.COPY, "Copy executed with 0 files processed.");
        }
        List<List<String>> rows = session.atomically(connection -> {
            List<List<String>> result = new ArrayList<>();
            for (Path file : files) {
                long loaded;
                try {
                    loaded = load(connection, table, targets, file, options.format);
                } catch (SQLException e) {
                    throw withFile(e, session.emulator().stages().relative(location.stage(), file), targets.size());
                }
                result.add(resultRow(session.emulator().stages().relative(location.stage(), file), loaded));
            }
            return result;
        });
        if (options.purge) {
            for (Path file : files) {
                try {
                    Files.deleteIfExists(file);
                } catch (IOException e) {
                    throw new UncheckedIOException(e);
                }
            }
        }
        return new QueryResult(StatementTypes.COPY, resultColumns(), rows);
    }

    private static List<Target> targets(EmulatorSession session, ObjectName table, List<String> names)
            throws SQLException {
        List<String[]> columns = session.catalog().columns(table);
        if (columns.isEmpty()) {
            throw SnowflakeError.objectNotFound(table.display());
        }
        List<Target> targets = new ArrayList<>();
        if (names.isEmpty()) {
            for (String[] c : columns) {
                targets.add(new Target(c[0], c[1]));
            }
            return targets;
        }
        for (String name : names) {
            String[] column = columns.stream().filter(c -> c[0].equals(name)).findFirst()
                    .orElseThrow(() -> SnowflakeError.invalidIdentifier(Identifiers.display(name)));
            targets.add(new Target(column[0], column[1]));
        }
        return targets;
    }

    private static List<Path> files(EmulatorSession session, StageLocation location, Options options) {
        Stages stages = session.emulator().stages();
        List<Path> files = new ArrayList<>();
        for (Path file : stages.files(location.stage(), location.path())) {
            String relative = stages.relative(location.stage(), file);
            if (options.files != null) {
                String prefix = location.path().isEmpty() || location.path().endsWith("/") ? location.path()
                        : location.path() + "/";
                if (!options.files.contains(relative.substring(Math.min(prefix.length(), relative.length())))
                        && !options.files.contains(relative)) {
                    continue;
                }
            }
            if (options.pattern != null && !options.pattern.matcher(relative).matches()) {
                continue;
            }
            files.add(file);
        }
        return files;
    }

    private static long load(java.sql.Connection connection, ObjectName table, List<Target> targets, Path file,
            FileFormat format) throws SQLException {
        StringBuilder columns = new StringBuilder();
        StringBuilder select = new StringBuilder();
        StringBuilder csvColumns = new StringBuilder();
        for (int i = 0; i < targets.size(); i++) {
            Target target = targets.get(i);
            String field = "\"c" + i + "\"";
            if (i > 0) {
                columns.append(", ");
                select.append(", ");
                csvColumns.append(", ");
            }
            columns.append(Identifiers.sql(target.name()));
            csvColumns.append("'c").append(i).append("': 'VARCHAR'");
            select.append(switch (target.duckDbType()) {
                case "VARCHAR" -> field;
                case "BLOB" -> "from_hex(" + field + ")";
                default -> "CAST(" + field + " AS " + target.duckDbType() + ")";
            });
        }
        List<String> nulls = new ArrayList<>(format.nullIf());
        if (format.emptyFieldAsNull()) {
            nulls.add("");
        }
        StringBuilder nullList = new StringBuilder("[");
        for (int i = 0; i < nulls.size(); i++) {
            nullList.append(i > 0 ? ", " : "").append(Identifiers.literal(nulls.get(i)));
        }
        nullList.append(']');
        String compression = switch (format.compression()) {
            case "GZIP" -> "gzip";
            case "NONE" -> "none";
            default -> file.getFileName().toString().endsWith(".gz") ? "gzip" : "none";
        };
        String sql = "INSERT INTO " + table.duckDb() + " (" + columns + ") SELECT " + select
                + " FROM read_csv(" + Identifiers.literal(file.toAbsolutePath().toString())
                + ", columns = {" + csvColumns + "}, header = false, auto_detect = false"
                + ", delim = " + Identifiers.literal(format.delimiter())
                + ", quote = " + Identifiers.literal(format.enclosedBy() == null ? "" : format.enclosedBy())
                + ", escape = " + Identifiers.literal(format.enclosedBy() == null ? "" : format.enclosedBy())
                + ", nullstr = " + nullList + ", allow_quoted_nulls = false"
                + ", skip = " + format.skipHeader()
                + ", null_padding = " + !format.errorOnColumnCountMismatch()
                + ", ignore_errors = false, strict_mode = true"
                + ", compression = '" + compression + "')";
        try (var statement = connection.createStatement()) {
            return statement.executeLargeUpdate(sql);
        }
    }

    private static SnowflakeError withFile(SQLException e, String file, int columnCount) {
        String message = e.getMessage() == null ? "" : e.getMessage();
        if (message.contains("Expected Number of Columns") || message.contains("too many columns")
                || message.contains("Too many columns")) {
            return new SnowflakeError("100080", "22000", "Number of columns in file does not match that of the"
                    + " corresponding table (" + columnCount + "), use file format option"
                    + " error_on_column_count_mismatch=false to ignore this error\n  File '" + file + "'");
        }
        SnowflakeError translated = ErrorTranslator.translate(e);
        return new SnowflakeError(translated.code(), translated.sqlState(),
                translated.getMessage() + "\n  File '" + file + "'");
    }

    private static List<ResultColumn> resultColumns() {
        return List.of(ResultColumn.text("file"), ResultColumn.text("status"), ResultColumn.fixed("rows_parsed", 19, 0),
                ResultColumn.fixed("rows_loaded", 19, 0), ResultColumn.fixed("error_limit", 19, 0),
                ResultColumn.fixed("errors_seen", 19, 0), ResultColumn.text("first_error"),
                ResultColumn.fixed("first_error_line", 19, 0), ResultColumn.fixed("first_error_character", 19, 0),
                ResultColumn.text("first_error_column_name"));
    }

    private static List<String> resultRow(String file, long loaded) {
        List<String> row = new ArrayList<>();
        row.add(file);
        row.add("LOADED");
        row.add(Long.toString(loaded));
        row.add(Long.toString(loaded));
        row.add("1");
        row.add("0");
        row.add(null);
        row.add(null);
        row.add(null);
        row.add(null);
        return row;
    }

    /** The COPY statement's own options. */
    private static final class Options {
        FileFormat format;
        boolean purge;
        List<String> files;
        Pattern pattern;

        static Options parse(TokenStream in, FileFormat stageFormat) {
            Options options = new Options();
            options.format = stageFormat;
            while (!in.atEnd()) {
                String option = in.expectIdentifier().toUpperCase(Locale.ROOT);
                in.expectSymbol("=");
                switch (option) {
                    case "FILE_FORMAT" -> options.format = options.format.parse(in);
                    case "PURGE" -> options.purge = in.next().text().equalsIgnoreCase("TRUE");
                    case "FORCE", "LOAD_UNCERTAIN_FILES" -> in.next();
                    case "ON_ERROR" -> {
                        String v = in.next().value();
                        if (!v.equalsIgnoreCase("ABORT_STATEMENT")) {
                            throw SnowflakeError.unsupported("ON_ERROR = " + v);
                        }
                    }
                    case "FILES" -> {
                        options.files = new ArrayList<>();
                        in.expectSymbol("(");
                        while (!in.acceptSymbol(")")) {
                            options.files.add(in.expectString());
                            in.acceptSymbol(",");
                        }
                    }
                    case "PATTERN" -> options.pattern = Pattern.compile(in.expectString());
                    default -> throw SnowflakeError.unsupported("COPY option " + option);
                }
            }
            return options;
        }
    }
}
