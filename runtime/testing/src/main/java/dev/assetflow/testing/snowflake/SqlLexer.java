package dev.assetflow.testing.snowflake;

import dev.assetflow.testing.snowflake.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** Splits Snowflake SQL into tokens, dropping whitespace and comments (recorded as {@code spaceBefore}). */
final class SqlLexer {

    private static final String[] MULTI_CHAR_SYMBOLS = {"::", "||", "<=", ">=", "<>", "!=", "=>", "->>", "->"};

    private final String sql;
    private int pos;
    private boolean space;

    private SqlLexer(String sql) {
        this.sql = sql;
    }

    static List<Token> lex(String sql) {
        return new SqlLexer(sql).tokens();
    }

    private List<Token> tokens() {
        List<Token> out = new ArrayList<>();
        while (true) {
            skipWhitespaceAndComments();
            if (pos >= sql.length()) {
                return out;
            }
            out.add(next());
            space = false;
        }
    }

    private void skipWhitespaceAndComments() {
        while (pos < sql.length()) {
            char c = sql.charAt(pos);
            if (Character.isWhitespace(c)) {
                pos++;
            } else if (sql.startsWith("--", pos) || sql.startsWith("//", pos)) {
                int end = sql.indexOf('\n', pos);
                pos = end < 0 ? sql.length() : end + 1;
            } else if (sql.startsWith("/*", pos)) {
                int end = sql.indexOf("*/", pos + 2);
                if (end < 0) {
                    throw SnowflakeError.syntax("unterminated comment", pos);
                }
                pos = end + 2;
            } else {
                return;
            }
            space = true;
        }
    }

    private Token next() {
        int start = pos;
        char c = sql.charAt(pos);
        if (c == '"') {
            return quotedIdentifier(start);
        }
        if (c == '\'') {
            return stringLiteral(start);
        }
        if (sql.startsWith("$$", pos)) {
            int end = sql.indexOf("$$", pos + 2);
            if (end < 0) {
                throw SnowflakeError.syntax("unterminated $$ string", start);
            }
            pos = end + 2;
            return token(Kind.STRING, start, sql.substring(start + 2, end));
        }
        if (Character.isDigit(c) || (c == '.' && pos + 1 < sql.length() && Character.isDigit(sql.charAt(pos + 1)))) {
            return number(start);
        }
        if (Character.isLetter(c) || c == '_' || c == '$') {
            while (pos < sql.length() && isWordPart(sql.charAt(pos))) {
                pos++;
            }
            String text = sql.substring(start, pos);
            return token(Kind.WORD, start, text);
        }
        if (c == '?') {
            pos++;
            return token(Kind.PARAMETER, start, "?");
        }
        for (String symbol : MULTI_CHAR_SYMBOLS) {
            if (sql.startsWith(symbol, pos)) {
                pos += symbol.length();
                return token(Kind.SYMBOL, start, symbol);
            }
        }
        pos++;
        return token(Kind.SYMBOL, start, String.valueOf(c));
    }

    private static boolean isWordPart(char c) {
        return Character.isLetterOrDigit(c) || c == '_' || c == '$';
    }

    private Token number(int start) {
        while (pos < sql.length() && (Character.isDigit(sql.charAt(pos)) || sql.charAt(pos) == '.')) {
            pos++;
        }
        if (pos < sql.length() && (sql.charAt(pos) == 'e' || sql.charAt(pos) == 'E')) {
            int save = pos;
            pos++;
            if (pos < sql.length() && (sql.charAt(pos) == '+' || sql.charAt(pos) == '-')) {
                pos++;
            }
            if (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                while (pos < sql.length() && Character.isDigit(sql.charAt(pos))) {
                    pos++;
                }
            } else {
                pos = save;
            }
        }
        return token(Kind.NUMBER, start, sql.substring(start, pos));
    }

    private Token quotedIdentifier(int start) {
        StringBuilder name = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= sql.length()) {
                throw SnowflakeError.syntax("unterminated quoted identifier", start);
            }
            char c = sql.charAt(pos++);
            if (c == '"') {
                if (pos < sql.length() && sql.charAt(pos) == '"') {
                    name.append('"');
                    pos++;
                } else {
                    break;
                }
            } else {
                name.append(c);
            }
        }
        return new Token(Kind.QUOTED_IDENTIFIER, sql.substring(start, pos), name.toString(), start, space);
    }

    /** Snowflake string literals: {@code ''} and backslash escapes ({@code \\}, {@code \'}, {@code \n}, ...). */
    private Token stringLiteral(int start) {
        StringBuilder value = new StringBuilder();
        pos++;
        while (true) {
            if (pos >= sql.length()) {
                throw SnowflakeError.syntax("unterminated string literal", start);
            }
            char c = sql.charAt(pos++);
            if (c == '\'') {
                if (pos < sql.length() && sql.charAt(pos) == '\'') {
                    value.append('\'');
                    pos++;
                } else {
                    break;
                }
            } else if (c == '\\' && pos < sql.length()) {
                value.append(escape(sql.charAt(pos++)));
            } else {
                value.append(c);
            }
        }
        return new Token(Kind.STRING, sql.substring(start, pos), value.toString(), start, space);
    }

    private static char escape(char c) {
        switch (c) {
            case 'n': return '\n';
            case 't': return '\t';
            case 'r': return '\r';
            case 'b': return '\b';
            case 'f': return '\f';
            case '0': return '\0';
            default: return c;
        }
    }

    private Token token(Kind kind, int start, String value) {
        return new Token(kind, sql.substring(start, pos), value, start, space);
    }
}
