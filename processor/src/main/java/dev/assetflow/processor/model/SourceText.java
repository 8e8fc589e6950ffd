package dev.assetflow.processor.model;

/**
 * The text of a piece of Java source as code versions see it: comments removed, and whitespace kept only
 * where dropping it would join two tokens (between two names or keywords, or two operator characters), so
 * that reformatting, re-indenting or commenting code leaves it unchanged. String, character and text block
 * literals are kept as written. Unlike javac's printed trees, it is the same on every JDK.
 */
final class SourceText {

    private static final String OPERATORS = "+-*/&|<>=!%^~?:";

    private SourceText() {
    }

    static String normalize(CharSequence source) {
        StringBuilder out = new StringBuilder(source.length());
        boolean space = false;
        int i = 0;
        int length = source.length();
        while (i < length) {
            char c = source.charAt(i);
            char next = i + 1 < length ? source.charAt(i + 1) : '\0';
            if (c == '/' && next == '/') {
                while (i < length && source.charAt(i) != '\n') {
                    i++;
                }
                space = true;
            } else if (c == '/' && next == '*') {
                int end = indexOf(source, "*/", i + 2);
                i = end < 0 ? length : end + 2;
                space = true;
            } else if (Character.isWhitespace(c)) {
                space = true;
                i++;
            } else {
                if (space && !out.isEmpty() && joins(out.charAt(out.length() - 1), c)) {
                    out.append(' ');
                }
                space = false;
                i = c == '"' || c == '\'' ? literal(source, i, out) : append(out, c, i);
            }
        }
        return out.toString();
    }

    private static int append(StringBuilder out, char c, int i) {
        out.append(c);
        return i + 1;
    }

    /** Copies the string, text block or character literal starting at {@code start}; returns where it ends. */
    private static int literal(CharSequence source, int start, StringBuilder out) {
        char quote = source.charAt(start);
        boolean textBlock = quote == '"' && start + 2 < source.length() && source.charAt(start + 1) == '"'
                && source.charAt(start + 2) == '"';
        int i = start + (textBlock ? 3 : 1);
        while (i < source.length()) {
            char c = source.charAt(i);
            if (c == '\\') {
                i += 2;
            } else if (textBlock ? c == '"' && i + 2 < source.length() && source.charAt(i + 1) == '"'
                    && source.charAt(i + 2) == '"' : c == quote) {
                i += textBlock ? 3 : 1;
                break;
            } else if (!textBlock && c == '\n') {
                break;
            } else {
                i++;
            }
        }
        int end = Math.min(i, source.length());
        out.append(source, start, end);
        return end;
    }

    private static boolean joins(char before, char after) {
        return word(before) && word(after) || OPERATORS.indexOf(before) >= 0 && OPERATORS.indexOf(after) >= 0;
    }

    private static boolean word(char c) {
        return Character.isJavaIdentifierPart(c);
    }

    private static int indexOf(CharSequence source, String text, int from) {
        for (int i = from; i + text.length() <= source.length(); i++) {
            if (source.subSequence(i, i + text.length()).toString().equals(text)) {
                return i;
            }
        }
        return -1;
    }
}
