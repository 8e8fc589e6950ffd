package dev.assetflow.testing.snowflake;

import java.util.Locale;

/**
 * One lexical token of a Snowflake SQL text.
 *
 * @param kind what the token is
 * @param text the token exactly as written
 * @param value the meaning: the unescaped name of a quoted identifier, the decoded value of a string
 *     literal, otherwise the text
 * @param position offset of the token in the SQL text
 * @param spaceBefore whether whitespace or a comment separates it from the previous token
 */
record Token(Kind kind, String text, String value, int position, boolean spaceBefore) {

    enum Kind { WORD, QUOTED_IDENTIFIER, STRING, NUMBER, PARAMETER, SYMBOL }

    boolean isWord(String upperCaseWord) {
        return kind == Kind.WORD && text.equalsIgnoreCase(upperCaseWord);
    }

    boolean isSymbol(String symbol) {
        return kind == Kind.SYMBOL && text.equals(symbol);
    }

    boolean isIdentifierLike() {
        return kind == Kind.WORD || kind == Kind.QUOTED_IDENTIFIER;
    }

    /** The name this token denotes in Snowflake: unquoted names fold to upper case, quoted ones keep case. */
    String identifier() {
        return kind == Kind.QUOTED_IDENTIFIER ? value : text.toUpperCase(Locale.ROOT);
    }

    String upper() {
        return text.toUpperCase(Locale.ROOT);
    }
}
