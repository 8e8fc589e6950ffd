package dev.assetflow.testing.snowflake;

/**
 * Snowflake names are case-sensitive once folded; DuckDB resolves names case-insensitively even when
 * quoted. To keep {@code "t"} and {@code "T"} apart, every Snowflake name is stored in DuckDB in an
 * encoding that is unique up to case: a character that changes under upper-casing (a lower-case letter)
 * is written as {@code ~} followed by the letter, and {@code ~} itself as {@code ~~}. All-upper-case names,
 * the usual case, are stored unchanged, so tests reading DuckDB directly see {@code "S"."T"}.
 */
final class Identifiers {

    private Identifiers() {
    }

    static String encode(String name) {
        StringBuilder out = new StringBuilder(name.length() + 4);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '~') {
                out.append("~~");
            } else if (Character.toUpperCase(c) != c) {
                out.append('~').append(c);
            } else {
                out.append(c);
            }
        }
        return out.toString();
    }

    /**
     * Decodes a DuckDB name. Names DuckDB made up (expression labels such as {@code count_star()}) come out
     * in upper case, which is also what Snowflake does for unnamed expressions.
     */
    static String decode(String duckDbName) {
        StringBuilder out = new StringBuilder(duckDbName.length());
        for (int i = 0; i < duckDbName.length(); i++) {
            char c = duckDbName.charAt(i);
            if (c == '~' && i + 1 < duckDbName.length()) {
                out.append(duckDbName.charAt(++i));
            } else {
                out.append(Character.toUpperCase(c));
            }
        }
        return out.toString();
    }

    /** The quoted DuckDB identifier for a (case-exact) Snowflake name. */
    static String sql(String name) {
        return quote(encode(name));
    }

    static String quote(String duckDbName) {
        return '"' + duckDbName.replace("\"", "\"\"") + '"';
    }

    /** A DuckDB string literal. */
    static String literal(String value) {
        return '\'' + value.replace("'", "''") + '\'';
    }

    /** How Snowflake shows a name in messages: plain if it would survive folding, else quoted. */
    static String display(String name) {
        return name.matches("[A-Z_][A-Z0-9_$]*") ? name : '"' + name.replace("\"", "\"\"") + '"';
    }

    /**
     * A DuckDB macro turning stored names back into Snowflake names inside queries (information_schema).
     * Mirrors {@link #decode(String)} for stored names.
     */
    static final String DECODE_MACRO = "CREATE OR REPLACE TEMP MACRO sf_decode(s) AS array_to_string("
            + "list_transform(regexp_extract_all(s, '~~|~.|[^~]'), t -> CASE WHEN t = '~~' THEN '~' "
            + "WHEN length(t) = 2 THEN t[2] ELSE upper(t) END), '')";
}
