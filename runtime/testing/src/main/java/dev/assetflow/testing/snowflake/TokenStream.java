package dev.assetflow.testing.snowflake;

import dev.assetflow.testing.snowflake.Token.Kind;
import java.util.ArrayList;
import java.util.List;

/** A cursor over the tokens of one statement, for the statements the emulator parses itself. */
final class TokenStream {

    private final List<Token> tokens;
    private int index;

    TokenStream(List<Token> tokens) {
        this.tokens = tokens;
    }

    boolean atEnd() {
        return index >= tokens.size();
    }

    Token peek() {
        return peek(0);
    }

    Token peek(int ahead) {
        int i = index + ahead;
        return i < tokens.size() ? tokens.get(i) : null;
    }

    Token next() {
        if (atEnd()) {
            throw SnowflakeError.syntax("unexpected end of statement", endPosition());
        }
        return tokens.get(index++);
    }

    int index() {
        return index;
    }

    void reset(int newIndex) {
        index = newIndex;
    }

    List<Token> all() {
        return tokens;
    }

    List<Token> rest() {
        return tokens.subList(index, tokens.size());
    }

    boolean peekWord(String word) {
        Token t = peek();
        return t != null && t.isWord(word);
    }

    boolean peekSymbol(String symbol) {
        Token t = peek();
        return t != null && t.isSymbol(symbol);
    }

    /** Consumes the words if they come next, in order; otherwise consumes nothing. */
    boolean acceptWords(String... words) {
        for (int i = 0; i < words.length; i++) {
            Token t = peek(i);
            if (t == null || !t.isWord(words[i])) {
                return false;
            }
        }
        index += words.length;
        return true;
    }

    boolean acceptSymbol(String symbol) {
        if (peekSymbol(symbol)) {
            index++;
            return true;
        }
        return false;
    }

    void expectWords(String... words) {
        for (String word : words) {
            Token t = atEnd() ? null : peek();
            if (t == null || !t.isWord(word)) {
                throw unexpected(word);
            }
            index++;
        }
    }

    void expectSymbol(String symbol) {
        if (!acceptSymbol(symbol)) {
            throw unexpected("'" + symbol + "'");
        }
    }

    String expectIdentifier() {
        Token t = atEnd() ? null : peek();
        if (t == null || !t.isIdentifierLike()) {
            throw unexpected("an identifier");
        }
        index++;
        return t.identifier();
    }

    /** A dotted name such as {@code "S"."T"} or {@code db.s.t}, as case-exact name parts. */
    List<String> expectQualifiedName() {
        List<String> parts = new ArrayList<>();
        parts.add(expectIdentifier());
        while (peekSymbol(".")) {
            index++;
            parts.add(expectIdentifier());
        }
        if (parts.size() > 3) {
            throw SnowflakeError.syntax("too many name parts in '" + String.join(".", parts) + "'", endPosition());
        }
        return parts;
    }

    String expectString() {
        Token t = atEnd() ? null : peek();
        if (t == null || t.kind() != Kind.STRING) {
            throw unexpected("a string literal");
        }
        index++;
        return t.value();
    }

    void expectEnd() {
        if (!atEnd()) {
            throw unexpected("end of statement");
        }
    }

    SnowflakeError unexpected(String expected) {
        if (atEnd()) {
            return SnowflakeError.syntax("unexpected end of statement, expected " + expected, endPosition());
        }
        Token t = peek();
        return SnowflakeError.syntax("unexpected '" + t.text() + "', expected " + expected, t.position());
    }

    private int endPosition() {
        if (tokens.isEmpty()) {
            return 0;
        }
        Token last = tokens.get(tokens.size() - 1);
        return last.position() + last.text().length();
    }
}
