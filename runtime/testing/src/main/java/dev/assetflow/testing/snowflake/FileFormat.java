package dev.assetflow.testing.snowflake;

import dev.assetflow.testing.snowflake.Token.Kind;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * The CSV file format options of a stage or a COPY statement, with Snowflake's defaults. Only TYPE = CSV
 * is supported. {@code ESCAPE_UNENCLOSED_FIELD} is not emulated: unenclosed fields are taken literally.
 * NULL_IF applies to unenclosed fields only (an enclosed {@code "\N"} loads as the two characters).
 */
record FileFormat(String delimiter, String enclosedBy, List<String> nullIf, boolean emptyFieldAsNull,
        String compression, int skipHeader, boolean errorOnColumnCountMismatch) {

    static final FileFormat DEFAULT = new FileFormat(",", null, List.of("\\N"), true, "AUTO", 0, true);

    /** Parses {@code ( option = value ... )} and applies it on top of this format. */
    FileFormat parse(TokenStream in) {
        String delimiter = this.delimiter;
        String enclosedBy = this.enclosedBy;
        List<String> nullIf = this.nullIf;
        boolean emptyFieldAsNull = this.emptyFieldAsNull;
        String compression = this.compression;
        int skipHeader = this.skipHeader;
        boolean mismatch = this.errorOnColumnCountMismatch;
        in.expectSymbol("(");
        while (!in.acceptSymbol(")")) {
            String option = in.expectIdentifier().toUpperCase(Locale.ROOT);
            in.expectSymbol("=");
            switch (option) {
                case "TYPE" -> {
                    String type = value(in);
                    if (!type.equalsIgnoreCase("CSV")) {
                        throw SnowflakeError.unsupported("file format TYPE = " + type);
                    }
                }
                case "FIELD_DELIMITER" -> delimiter = value(in);
                case "FIELD_OPTIONALLY_ENCLOSED_BY" -> {
                    String v = value(in);
                    enclosedBy = v.equalsIgnoreCase("NONE") ? null : v;
                }
                case "NULL_IF" -> nullIf = list(in);
                case "EMPTY_FIELD_AS_NULL" -> emptyFieldAsNull = bool(value(in));
                case "COMPRESSION" -> compression = value(in).toUpperCase(Locale.ROOT);
                case "SKIP_HEADER" -> skipHeader = Integer.parseInt(value(in));
                case "ERROR_ON_COLUMN_COUNT_MISMATCH" -> mismatch = bool(value(in));
                case "RECORD_DELIMITER", "ESCAPE", "ESCAPE_UNENCLOSED_FIELD", "DATE_FORMAT", "TIME_FORMAT",
                        "TIMESTAMP_FORMAT", "BINARY_FORMAT", "TRIM_SPACE", "ENCODING", "SKIP_BLANK_LINES" -> {
                    String v = value(in);
                    if (!isDefault(option, v)) {
                        throw SnowflakeError.unsupported("file format option " + option + " = '" + v + "'");
                    }
                }
                default -> throw SnowflakeError.unsupported("file format option " + option);
            }
            in.acceptSymbol(",");
        }
        if (delimiter.length() != 1 || (enclosedBy != null && enclosedBy.length() != 1)) {
            throw SnowflakeError.unsupported("multi-character FIELD_DELIMITER or FIELD_OPTIONALLY_ENCLOSED_BY");
        }
        if (!List.of("AUTO", "GZIP", "NONE").contains(compression)) {
            throw SnowflakeError.unsupported("COMPRESSION = " + compression);
        }
        return new FileFormat(delimiter, enclosedBy, nullIf, emptyFieldAsNull, compression, skipHeader, mismatch);
    }

    private static boolean isDefault(String option, String value) {
        return switch (option) {
            case "RECORD_DELIMITER" -> value.equals("\n") || value.equalsIgnoreCase("AUTO");
            case "ESCAPE" -> value.equalsIgnoreCase("NONE");
            case "ESCAPE_UNENCLOSED_FIELD" -> value.equalsIgnoreCase("NONE") || value.equals("\\");
            case "BINARY_FORMAT" -> value.equalsIgnoreCase("HEX");
            case "TRIM_SPACE", "SKIP_BLANK_LINES" -> value.equalsIgnoreCase("FALSE");
            case "ENCODING" -> value.equalsIgnoreCase("UTF8") || value.equalsIgnoreCase("UTF-8");
            default -> value.equalsIgnoreCase("AUTO");
        };
    }

    private static String value(TokenStream in) {
        Token t = in.next();
        if (t.kind() == Kind.SYMBOL) {
            throw SnowflakeError.syntax("unexpected '" + t.text() + "'", t.position());
        }
        return t.value();
    }

    private static List<String> list(TokenStream in) {
        List<String> values = new ArrayList<>();
        if (!in.acceptSymbol("(")) {
            values.add(in.expectString());
            return values;
        }
        while (!in.acceptSymbol(")")) {
            values.add(in.expectString());
            in.acceptSymbol(",");
        }
        return values;
    }

    private static boolean bool(String value) {
        if (value.equalsIgnoreCase("TRUE")) {
            return true;
        }
        if (value.equalsIgnoreCase("FALSE")) {
            return false;
        }
        throw new SnowflakeError("001003", "42000", "SQL compilation error:\ninvalid value '" + value
                + "', expected TRUE or FALSE");
    }
}
