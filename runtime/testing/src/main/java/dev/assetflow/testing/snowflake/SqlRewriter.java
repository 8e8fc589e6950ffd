package dev.assetflow.testing.snowflake;

import dev.assetflow.testing.snowflake.Token.Kind;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Rewrites Snowflake SQL tokens into DuckDB SQL: identifiers are folded the Snowflake way and stored in
 * {@link Identifiers}' encoding, string literals are re-quoted without backslash escapes, Snowflake types
 * in casts and typed literals are mapped, {@code INFORMATION_SCHEMA} views are replaced by queries over
 * DuckDB's catalog, and a few functions are renamed. Everything else is passed on for DuckDB to judge.
 */
final class SqlRewriter {

    /** Words passed through as SQL keywords rather than treated as identifiers. */
    static final Set<String> KEYWORDS = Set.of(
            "ALL", "ALTER", "AND", "ANY", "AS", "ASC", "BETWEEN", "BY", "CASE", "CAST", "CHECK", "COLUMN",
            "CONSTRAINT", "CREATE", "CROSS", "CURRENT_DATE", "CURRENT_TIME", "CURRENT_TIMESTAMP", "DEFAULT",
            "DELETE", "DESC", "DISTINCT", "DROP", "ELSE", "END", "ESCAPE", "EXCEPT", "EXISTS", "FALSE", "FETCH",
            "FILTER", "FIRST", "FOLLOWING", "FOR", "FOREIGN", "FROM", "FULL", "GROUP", "HAVING", "IF", "ILIKE",
            "IN", "INNER", "INSERT", "INTERSECT", "INTERVAL", "INTO", "IS", "JOIN", "KEY", "LAST", "LATERAL",
            "LEFT", "LIKE", "LIMIT", "LOCALTIME", "LOCALTIMESTAMP", "MATCHED", "MERGE", "MINUS", "NATURAL", "NEXT",
            "NOT", "NULL", "NULLS", "OFFSET", "ON", "ONLY", "OR", "ORDER", "OUTER", "OVER", "PARTITION",
            "PRECEDING", "PRIMARY", "QUALIFY", "RANGE", "RECURSIVE", "REFERENCES", "REPLACE", "RIGHT", "ROW",
            "ROWS", "SELECT", "SET", "SOME", "TABLE", "THEN", "TRUE", "TRY_CAST", "UNBOUNDED", "UNION", "UNIQUE",
            "UPDATE", "USING", "VALUES", "VIEW", "WHEN", "WHERE", "WINDOW", "WITH", "DATE", "TIME",
            "TIMESTAMP", "SCHEMA", "TEMPORARY", "TEMP", "TRANSIENT", "CASCADE", "RESTRICT", "COLLATE");

    private static final Map<String, String> FUNCTIONS = Map.of(
            "IFF", "if", "NVL", "coalesce", "LEN", "length", "SYSDATE", "current_timestamp",
            "CHARINDEX", "instr", "TO_BINARY", "from_hex", "HEX_DECODE_BINARY", "from_hex",
            "HEX_ENCODE", "hex");

    private final EmulatorSession session;
    private final List<Token> tokens;
    private final StringBuilder out = new StringBuilder();
    private final Deque<Boolean> parens = new ArrayDeque<>();
    private boolean castOpens;
    private int i;

    private SqlRewriter(EmulatorSession session, List<Token> tokens) {
        this.session = session;
        this.tokens = tokens;
    }

    static String rewrite(EmulatorSession session, List<Token> tokens) {
        return new SqlRewriter(session, tokens).run();
    }

    private String run() {
        while (i < tokens.size()) {
            Token t = tokens.get(i);
            if (t.spaceBefore() && out.length() > 0) {
                out.append(' ');
            }
            switch (t.kind()) {
                case QUOTED_IDENTIFIER -> identifier(t);
                case WORD -> word(t);
                case STRING -> {
                    out.append(Identifiers.literal(t.value()));
                    i++;
                }
                case SYMBOL -> symbol(t);
                default -> {
                    out.append(t.text());
                    i++;
                }
            }
        }
        return out.toString();
    }

    private void symbol(Token t) {
        i++;
        if (t.isSymbol("(")) {
            parens.push(castOpens);
            castOpens = false;
        } else if (t.isSymbol(")") && !parens.isEmpty()) {
            parens.pop();
        }
        out.append(t.text());
        if (t.isSymbol("::")) {
            type();
        }
    }

    private void word(Token t) {
        String upper = t.upper();
        Token next = at(i + 1);
        if (InformationSchema.startsAt(tokens, i)) {
            informationSchema();
            return;
        }
        if (upper.equals("AS") && Boolean.TRUE.equals(parens.peek())) {
            out.append(t.text());
            i++;
            type();
            return;
        }
        if (upper.equals("CAST") || upper.equals("TRY_CAST")) {
            castOpens = true;
            out.append(t.text());
            i++;
            return;
        }
        if (next != null && next.kind() == Kind.STRING && SnowflakeTypes.isTypeWord(upper) && !upper.equals("INTERVAL")) {
            type();
            return;
        }
        if (next != null && next.isSymbol("(") && !KEYWORDS.contains(upper)) {
            function(t, upper);
            return;
        }
        i++;
        if (upper.equals("MINUS")) {
            out.append("EXCEPT");
        } else if (KEYWORDS.contains(upper)) {
            out.append(t.text());
        } else {
            out.append(Identifiers.sql(t.identifier()));
        }
    }

    private void function(Token t, String upper) {
        if ((upper.equals("DATE_PART") || upper.equals("DATEDIFF")) && datePartArgument()) {
            return;
        }
        Token afterParen = at(i + 2);
        boolean noArguments = afterParen != null && afterParen.isSymbol(")");
        String sessionValue = noArguments ? sessionFunction(upper) : null;
        if (sessionValue != null) {
            out.append(sessionValue);
            i += 3;
            return;
        }
        out.append(FUNCTIONS.getOrDefault(upper, t.text()));
        i++;
    }

    /**
     * {@code DATE_PART(part, x)} and {@code DATEDIFF(part, a, b)}, whose first argument is a date or time part
     * (a keyword such as {@code day}, or a string): DuckDB's {@code date_part} and {@code date_diff} take the
     * part as a string. {@code DATE_PART(EPOCH_NANOSECOND | EPOCH_MICROSECOND, x)} become macros
     * ({@link #EPOCH_MACROS}) that count exactly and without overflow up to year 9999, as Snowflake's
     * NUMBER(38) does. Returns false, consuming nothing, when the call has no such first argument.
     */
    private boolean datePartArgument() {
        Token open = at(i + 1);
        Token part = at(i + 2);
        Token comma = at(i + 3);
        if (open == null || !open.isSymbol("(") || part == null || comma == null || !comma.isSymbol(",")
                || (part.kind() != Kind.WORD && part.kind() != Kind.STRING)) {
            return false;
        }
        String name = (part.kind() == Kind.WORD ? part.upper() : part.value().toUpperCase(java.util.Locale.ROOT));
        String function = tokens.get(i).upper();
        i += 4;
        parens.push(false);
        castOpens = false;
        if (function.equals("DATE_PART") && name.startsWith("EPOCH")) {
            switch (name) {
                case "EPOCH_NANOSECOND", "EPOCH_NANOSECONDS" -> out.append("sf_epoch_nanosecond(");
                case "EPOCH_MICROSECOND", "EPOCH_MICROSECONDS" -> out.append("sf_epoch_microsecond(");
                default -> throw SnowflakeError.unsupported("DATE_PART(" + name + ", ...)");
            }
            return true;
        }
        out.append(function.equals("DATE_PART") ? "date_part(" : "date_diff(")
                .append(Identifiers.literal(name.toLowerCase(java.util.Locale.ROOT))).append(", ");
        return true;
    }

    /**
     * Session macros for {@link #datePartArgument()}: epoch counts of a DuckDB timestamp (microseconds), as
     * HUGEINT so that 9999-12-31 in nanoseconds does not overflow a BIGINT.
     */
    static final List<String> EPOCH_MACROS = List.of(
            "CREATE OR REPLACE TEMP MACRO sf_epoch_nanosecond(x) AS epoch_us(x)::HUGEINT * 1000",
            "CREATE OR REPLACE TEMP MACRO sf_epoch_microsecond(x) AS epoch_us(x)::HUGEINT");

    /** SQL for the session's context functions ({@code CURRENT_SCHEMA()} and friends), else null. */
    private String sessionFunction(String upper) {
        String value;
        switch (upper) {
            case "CURRENT_DATABASE" -> value = session.database();
            case "CURRENT_SCHEMA" -> value = session.schema();
            case "CURRENT_USER" -> value = session.user();
            case "CURRENT_ROLE" -> value = session.role();
            case "CURRENT_WAREHOUSE" -> value = session.warehouse();
            case "CURRENT_TRANSACTION" -> value = session.transactionId();
            default -> {
                return null;
            }
        }
        return value == null ? "NULL" : Identifiers.literal(value);
    }

    private void identifier(Token t) {
        if (InformationSchema.startsAt(tokens, i)) {
            informationSchema();
            return;
        }
        out.append(Identifiers.sql(t.value()));
        i++;
    }

    private void type() {
        TokenStream in = new TokenStream(tokens);
        in.reset(i);
        String type = SnowflakeTypes.parseToDuckDb(in);
        if (at(i) != null && at(i).spaceBefore() && out.charAt(out.length() - 1) != ' ') {
            out.append(' ');
        }
        out.append(type);
        i = in.index();
    }

    private void informationSchema() {
        InformationSchema.Reference ref = InformationSchema.parse(tokens, i, session);
        out.append(ref.subquery());
        i = ref.end();
        Token next = at(i);
        boolean aliased = next != null && (next.isWord("AS") || next.kind() == Kind.QUOTED_IDENTIFIER
                || (next.kind() == Kind.WORD && !KEYWORDS.contains(next.upper())
                        && !Set.of("WHERE", "GROUP", "ORDER", "LIMIT", "JOIN", "ON", "UNION").contains(next.upper())));
        if (!aliased) {
            out.append(" AS ").append(Identifiers.sql(ref.view()));
        }
    }

    private Token at(int index) {
        return index < tokens.size() ? tokens.get(index) : null;
    }
}
