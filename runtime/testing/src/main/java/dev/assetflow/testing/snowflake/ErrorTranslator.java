package dev.assetflow.testing.snowflake;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Turns DuckDB's errors into the errors Snowflake raises for the same mistake, with Snowflake's names. */
final class ErrorTranslator {

    private static final Pattern TABLE_MISSING =
            Pattern.compile("Catalog Error: (?:Table|View|Table or view) with name \"?([^\"!\\s]+)\"? does not exist");
    private static final Pattern SCHEMA_MISSING =
            Pattern.compile("Catalog Error: Schema with name \"?([^\"!\\s]+)\"? does not exist");
    private static final Pattern ALREADY_EXISTS =
            Pattern.compile("Catalog Error: (?:Table|View|Schema) with name \"?([^\"!\\s]+)\"? already exists");
    private static final Pattern COLUMN_MISSING = Pattern.compile(
            "Binder Error: (?:Referenced column \"?([^\"\\s]+)\"? not found"
            + "|Table \"[^\"]+\" does not have a column (?:named|with name) \"([^\"]+)\""
            + "|Column with name ([^\\s]+) does not exist)");
    private static final Pattern FUNCTION_MISSING =
            Pattern.compile("Catalog Error: (?:Scalar|Aggregate|Table) Function with name \"?([^\"!\\s]+)\"? does not exist");
    private static final Pattern NOT_NULL = Pattern.compile("NOT NULL constraint failed: ([^\\s]+)");
    private static final Pattern CONVERSION = Pattern.compile(
            "Conversion Error: (?:Could not (?:convert string|cast value) ['\"]?(.*?)['\"]? to ([A-Z0-9_(),]+)"
            + "|invalid (date|timestamp|time) field format: \"(.*)\")");
    private static final Pattern SYNTAX = Pattern.compile("Parser Error: syntax error at (?:or near \"(.*)\"|end of input)");
    private static final Pattern ENCODED_NAME = Pattern.compile("[^\\s\"'.,()!]*~[^\\s\"'.,()!]*");

    private static final String PENDING_WRAPPER =
            "Invalid Input Error: Attempting to execute an unsuccessful or closed pending query result";

    private ErrorTranslator() {
    }

    static SnowflakeError translate(SQLException e) {
        return translate(e, null, null);
    }

    /**
     * Translates with the statement at hand, so that a missing table is named as Snowflake names it: fully
     * qualified, or as a missing schema when its schema does not exist.
     */
    static SnowflakeError translate(SQLException e, List<Token> statement, EmulatorSession session) {
        String message = firstLine(e.getMessage());
        Matcher m;
        if ((m = TABLE_MISSING.matcher(message)).find()) {
            String missing = m.group(1);
            if (message.contains("does not exist because schema") && missing.contains(".")) {
                // DuckDB 1.5 names the table with its missing schema: "s.t" ... because schema "s" does not exist
                missing = missing.substring(missing.lastIndexOf('.') + 1);
            }
            String name = Identifiers.decode(missing);
            List<String> reference = statement == null ? null : reference(statement, name);
            if (reference != null) {
                try {
                    ObjectName object = session.resolve(reference);
                    if (!session.catalog().schemaExists(object.database(), object.schema())) {
                        return SnowflakeError.schemaNotFound(Identifiers.display(object.database()) + "."
                                + Identifiers.display(object.schema()));
                    }
                    return SnowflakeError.objectNotFound(object.display());
                } catch (SnowflakeError unresolved) {
                    return unresolved;
                }
            }
            return SnowflakeError.objectNotFound(Identifiers.display(name));
        }
        if ((m = SCHEMA_MISSING.matcher(message)).find()) {
            return SnowflakeError.schemaNotFound(displayPath(m.group(1)));
        }
        if ((m = ALREADY_EXISTS.matcher(message)).find()) {
            return SnowflakeError.alreadyExists(Identifiers.display(Identifiers.decode(m.group(1))));
        }
        if ((m = COLUMN_MISSING.matcher(message)).find()) {
            String name = m.group(1) != null ? m.group(1) : m.group(2) != null ? m.group(2) : m.group(3);
            return SnowflakeError.invalidIdentifier(Identifiers.display(Identifiers.decode(name)));
        }
        if ((m = FUNCTION_MISSING.matcher(message)).find()) {
            return new SnowflakeError("002140", "42601",
                    "SQL compilation error:\nUnknown function " + m.group(1).toUpperCase(java.util.Locale.ROOT));
        }
        if ((m = NOT_NULL.matcher(message)).find()) {
            String qualified = m.group(1);
            return SnowflakeError.nullInNonNullable(
                    Identifiers.decode(qualified.substring(qualified.lastIndexOf('.') + 1)));
        }
        if ((m = CONVERSION.matcher(message)).find()) {
            return conversion(m);
        }
        if ((m = SYNTAX.matcher(message)).find()) {
            String near = m.group(1) == null ? "<EOF>" : Identifiers.decode(m.group(1));
            return new SnowflakeError("001003", "42000",
                    "SQL compilation error:\nsyntax error line 1 at position 0 unexpected '" + near + "'.");
        }
        String decoded = decodeNames(message);
        if (message.startsWith("Parser Error") || message.startsWith("Binder Error")
                || message.startsWith("Catalog Error")) {
            return new SnowflakeError("001003", "42000", "SQL compilation error:\n" + decoded);
        }
        if (message.startsWith("Constraint Error")) {
            return new SnowflakeError("100072", "22000", decoded);
        }
        if (message.startsWith("Out of Range Error")) {
            return new SnowflakeError("100039", "22003", decoded);
        }
        if (message.contains("Division by zero") || message.contains("division by zero")) {
            return new SnowflakeError("100051", "22012", "Division by zero");
        }
        return new SnowflakeError("000603", "XX000", "SQL execution internal error: " + decoded);
    }

    /** The dotted name in the statement that ends in {@code name}, as name parts; null if there is none. */
    private static List<String> reference(List<Token> tokens, String name) {
        for (int i = 0; i < tokens.size(); i++) {
            Token t = tokens.get(i);
            boolean last = i + 1 >= tokens.size() || !tokens.get(i + 1).isSymbol(".");
            if (!t.isIdentifierLike() || !last || !t.identifier().equals(name)) {
                continue;
            }
            List<String> parts = new ArrayList<>();
            parts.add(0, t.identifier());
            int j = i;
            while (j >= 2 && tokens.get(j - 1).isSymbol(".") && tokens.get(j - 2).isIdentifierLike()
                    && parts.size() < 3) {
                j -= 2;
                parts.add(0, tokens.get(j).identifier());
            }
            return parts;
        }
        return null;
    }

    private static SnowflakeError conversion(Matcher m) {
        if (m.group(3) != null) {
            String kind = m.group(3);
            String value = m.group(4);
            return switch (kind) {
                case "date" -> new SnowflakeError("100040", "22007", "Date '" + value + "' is not recognized");
                case "time" -> new SnowflakeError("100108", "22007", "Time '" + value + "' is not recognized");
                default -> new SnowflakeError("100035", "22007", "Timestamp '" + value + "' is not recognized");
            };
        }
        String value = m.group(1);
        String target = m.group(2);
        if (target.startsWith("BOOL")) {
            return new SnowflakeError("100037", "22018", "Boolean value '" + value + "' is not recognized");
        }
        if (target.startsWith("DATE")) {
            return new SnowflakeError("100040", "22007", "Date '" + value + "' is not recognized");
        }
        if (target.startsWith("TIMESTAMP")) {
            return new SnowflakeError("100035", "22007", "Timestamp '" + value + "' is not recognized");
        }
        if (value.matches("[+-]?[0-9]*\\.?[0-9]+([eE][+-]?[0-9]+)?")) {
            return new SnowflakeError("100039", "22003", "Numeric value '" + value + "' is out of range");
        }
        return new SnowflakeError("100038", "22018", "Numeric value '" + value + "' is not recognized");
    }

    private static String displayPath(String duckDbPath) {
        StringBuilder out = new StringBuilder();
        for (String part : duckDbPath.split("\\.")) {
            if (out.length() > 0) {
                out.append('.');
            }
            out.append(Identifiers.display(Identifiers.decode(part)));
        }
        return out.toString();
    }

    private static String decodeNames(String message) {
        Matcher m = ENCODED_NAME.matcher(message);
        StringBuilder out = new StringBuilder();
        while (m.find()) {
            m.appendReplacement(out, Matcher.quoteReplacement(Identifiers.decode(m.group())));
        }
        m.appendTail(out);
        return out.toString();
    }

    /**
     * The first line of DuckDB's own error. From DuckDB 1.5 on, an error raised while a query executes reaches
     * the driver wrapped in "Invalid Input Error: Attempting to execute an unsuccessful or closed pending query
     * result" followed by "Error: " and the original message; the original is what is translated.
     */
    private static String firstLine(String message) {
        if (message == null) {
            return "";
        }
        int wrapped = message.startsWith(PENDING_WRAPPER) ? message.indexOf("\nError: ") : -1;
        if (wrapped >= 0) {
            message = message.substring(wrapped + "\nError: ".length());
        }
        int newline = message.indexOf('\n');
        return (newline < 0 ? message : message.substring(0, newline)).trim();
    }
}
