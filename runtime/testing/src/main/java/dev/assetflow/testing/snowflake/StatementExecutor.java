package dev.assetflow.testing.snowflake;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Runs one Snowflake statement for a session: classifies it, runs the statements the emulator implements
 * itself (DDL, stages, COPY, session and transaction control) and passes queries and DML to DuckDB after
 * translation. Anything else is refused with an "unsupported" error, never silently accepted.
 */
final class StatementExecutor {

    private StatementExecutor() {
    }

    static QueryResult execute(EmulatorSession session, String sql, Bindings bindings, boolean describeOnly) {
        if (PutCommand.matches(sql)) {
            throw new IllegalStateException("PUT is answered by PutCommand");
        }
        List<Token> tokens = singleStatement(SqlLexer.lex(sql));
        if (tokens.isEmpty()) {
            throw new SnowflakeError("000900", "42000", "SQL compilation error:\nEmpty SQL statement.");
        }
        try {
            return dispatch(session, sql, tokens, bindings, describeOnly);
        } catch (SQLException e) {
            throw ErrorTranslator.translate(e, tokens, session);
        }
    }

    private static QueryResult dispatch(EmulatorSession session, String sql, List<Token> tokens, Bindings bindings,
            boolean describeOnly) throws SQLException {
        Token first = tokens.get(0);
        String verb = first.kind() == Token.Kind.SYMBOL && first.isSymbol("(") ? "SELECT" : first.upper();
        switch (verb) {
            case "SELECT":
            case "WITH":
                return query(session, tokens, bindings, describeOnly);
            case "INSERT":
                return dml(session, tokens, bindings, describeOnly, StatementTypes.INSERT, "number of rows inserted");
            case "UPDATE":
                return dml(session, tokens, bindings, describeOnly, StatementTypes.UPDATE, "number of rows updated");
            case "DELETE":
                return dml(session, tokens, bindings, describeOnly, StatementTypes.DELETE, "number of rows deleted");
            case "MERGE":
                return dml(session, tokens, bindings, describeOnly, StatementTypes.MERGE, "number of rows merged");
            default:
                break;
        }
        if (describeOnly) {
            return QueryResult.describe(statementTypeOf(verb), List.of());
        }
        requireNoBindings(bindings, verb);
        TokenStream in = new TokenStream(tokens);
        switch (verb) {
            case "CREATE":
                return CreateStatements.execute(session, in);
            case "DROP":
                return DropStatements.execute(session, in);
            case "ALTER":
                return AlterStatements.execute(session, in);
            case "TRUNCATE":
                return AlterStatements.truncate(session, in);
            case "USE":
            case "BEGIN":
            case "START":
            case "COMMIT":
            case "ROLLBACK":
                return SessionStatements.execute(session, in);
            case "COPY":
                return CopyInto.execute(session, in, sql);
            case "COMMENT":
                return AlterStatements.comment(session, in);
            default:
                throw SnowflakeError.unsupported(statementKind(tokens));
        }
    }

    private static QueryResult query(EmulatorSession session, List<Token> tokens, Bindings bindings,
            boolean describeOnly) throws SQLException {
        String duckSql = SqlRewriter.rewrite(session, tokens);
        if (describeOnly) {
            return QueryResult.describe(StatementTypes.SELECT, DuckDbStatements.describe(session, duckSql));
        }
        return DuckDbStatements.query(session, duckSql, bindings);
    }

    private static QueryResult dml(EmulatorSession session, List<Token> tokens, Bindings bindings,
            boolean describeOnly, int statementType, String countColumn) throws SQLException {
        String duckSql = SqlRewriter.rewrite(session, tokens);
        if (describeOnly) {
            DuckDbStatements.describe(session, duckSql);
            return QueryResult.describe(statementType, List.of());
        }
        ObjectName locked = lockedTable(session, tokens);
        if (locked != null) {
            session.lockTables(locked);
        }
        try {
            return QueryResult.count(statementType, countColumn, DuckDbStatements.update(session, duckSql, bindings));
        } finally {
            session.releaseLocksOutsideTransaction();
        }
    }

    /** The table a DELETE, UPDATE or MERGE locks until its transaction ends (INSERT locks none), or null. */
    private static ObjectName lockedTable(EmulatorSession session, List<Token> tokens) {
        TokenStream in = new TokenStream(tokens);
        switch (in.next().upper()) {
            case "DELETE" -> in.acceptWords("FROM");
            case "UPDATE" -> {
            }
            case "MERGE" -> in.acceptWords("INTO");
            default -> {
                return null;
            }
        }
        return session.resolve(in.expectQualifiedName());
    }

    static int statementTypeOf(String verb) {
        return switch (verb) {
            case "SELECT", "WITH" -> StatementTypes.SELECT;
            case "INSERT" -> StatementTypes.INSERT;
            case "UPDATE" -> StatementTypes.UPDATE;
            case "DELETE" -> StatementTypes.DELETE;
            case "MERGE" -> StatementTypes.MERGE;
            case "COPY" -> StatementTypes.COPY;
            case "USE" -> StatementTypes.USE;
            case "BEGIN", "START", "COMMIT", "ROLLBACK" -> StatementTypes.TCL;
            case "ALTER" -> StatementTypes.DDL;
            default -> StatementTypes.DDL;
        };
    }

    private static void requireNoBindings(Bindings bindings, String verb) {
        if (bindings.parameterCount() > 0) {
            throw SnowflakeError.unsupported("bind variables in " + verb + " statements");
        }
    }

    private static String statementKind(List<Token> tokens) {
        List<String> words = new ArrayList<>();
        for (Token t : tokens) {
            if (t.kind() != Token.Kind.WORD || words.size() == 2) {
                break;
            }
            words.add(t.upper());
        }
        return words.isEmpty() ? tokens.get(0).text() : String.join(" ", words).toUpperCase(Locale.ROOT);
    }

    /** The tokens of the only statement in the text; Snowflake refuses several without MULTI_STATEMENT_COUNT. */
    private static List<Token> singleStatement(List<Token> tokens) {
        List<List<Token>> statements = new ArrayList<>();
        List<Token> current = new ArrayList<>();
        int depth = 0;
        for (Token t : tokens) {
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
            }
            if (t.isSymbol(";") && depth == 0) {
                if (!current.isEmpty()) {
                    statements.add(current);
                }
                current = new ArrayList<>();
            } else {
                current.add(t);
            }
        }
        if (!current.isEmpty()) {
            statements.add(current);
        }
        if (statements.size() > 1) {
            throw new SnowflakeError("000008", "0A000", "Actual statement count " + statements.size()
                    + " did not match the desired statement count 1.");
        }
        return statements.isEmpty() ? List.of() : statements.get(0);
    }
}
