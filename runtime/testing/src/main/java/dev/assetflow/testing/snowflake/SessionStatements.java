package dev.assetflow.testing.snowflake;

import java.sql.SQLException;
import java.util.List;
import java.util.Locale;

/** USE, transaction control (BEGIN, START TRANSACTION, COMMIT, ROLLBACK) and ALTER SESSION. */
final class SessionStatements {

    private SessionStatements() {
    }

    static QueryResult execute(EmulatorSession session, TokenStream in) throws SQLException {
        String verb = in.next().upper();
        switch (verb) {
            case "USE":
                return use(session, in);
            case "BEGIN":
                in.acceptWords("TRANSACTION");
                in.acceptWords("WORK");
                nameClause(in);
                session.begin();
                return QueryResult.status(StatementTypes.TCL, "Statement executed successfully.");
            case "START":
                in.expectWords("TRANSACTION");
                nameClause(in);
                session.begin();
                return QueryResult.status(StatementTypes.TCL, "Statement executed successfully.");
            case "COMMIT":
                in.acceptWords("WORK");
                in.expectEnd();
                session.commit();
                return QueryResult.status(StatementTypes.TCL, "Statement executed successfully.");
            case "ROLLBACK":
                in.acceptWords("WORK");
                in.expectEnd();
                session.rollback();
                return QueryResult.status(StatementTypes.TCL, "Statement executed successfully.");
            default:
                throw SnowflakeError.unsupported(verb);
        }
    }

    private static void nameClause(TokenStream in) {
        if (in.acceptWords("NAME")) {
            in.expectIdentifier();
        }
        in.expectEnd();
    }

    private static QueryResult use(EmulatorSession session, TokenStream in) {
        if (in.acceptWords("ROLE")) {
            session.role(in.expectIdentifier());
        } else if (in.acceptWords("WAREHOUSE")) {
            session.warehouse(in.expectIdentifier());
        } else if (in.acceptWords("SECONDARY", "ROLES")) {
            in.next();
        } else if (in.acceptWords("DATABASE")) {
            session.use(in.expectIdentifier(), null);
        } else if (in.acceptWords("SCHEMA")) {
            List<String> parts = in.expectQualifiedName();
            if (parts.size() > 2) {
                throw SnowflakeError.syntax("a schema name has at most two parts", 0);
            }
            String database = parts.size() == 2 ? parts.get(0) : session.database();
            if (database == null) {
                throw SnowflakeError.noCurrentDatabase();
            }
            session.use(database, parts.get(parts.size() - 1));
        } else {
            List<String> parts = in.expectQualifiedName();
            if (parts.size() == 1) {
                session.use(parts.get(0), null);
            } else if (parts.size() == 2) {
                session.use(parts.get(0), parts.get(1));
            } else {
                throw SnowflakeError.syntax("USE takes a database or database.schema", 0);
            }
        }
        in.expectEnd();
        return QueryResult.status(StatementTypes.USE, "Statement executed successfully.");
    }

    /**
     * ALTER SESSION SET/UNSET. AUTOCOMMIT is honoured; other parameters are stored and sent back to the
     * driver (output formats change how it formats values), but have no effect on execution; TIMEZONE
     * must stay UTC.
     */
    static QueryResult alterSession(EmulatorSession session, TokenStream in) throws SQLException {
        if (in.acceptWords("UNSET")) {
            do {
                String name = in.expectIdentifier().toUpperCase(Locale.ROOT);
                if (name.equals("AUTOCOMMIT")) {
                    session.setAutocommit(true);
                } else {
                    session.unsetParameter(name);
                }
            } while (in.acceptSymbol(","));
        } else {
            in.expectWords("SET");
            while (!in.atEnd()) {
                String name = in.expectIdentifier().toUpperCase(Locale.ROOT);
                in.expectSymbol("=");
                Token value = in.next();
                if (name.equals("AUTOCOMMIT")) {
                    session.setAutocommit(value.value().equalsIgnoreCase("true") || value.value().equals("1"));
                } else if (name.equals("TIMEZONE") && !value.value().equalsIgnoreCase("UTC")) {
                    throw SnowflakeError.unsupported("TIMEZONE other than UTC");
                } else {
                    session.setParameter(name, value.kind() == Token.Kind.NUMBER ? Long.valueOf(value.text())
                            : value.kind() == Token.Kind.WORD && (value.isWord("TRUE") || value.isWord("FALSE"))
                                    ? Boolean.valueOf(value.text().toLowerCase(Locale.ROOT)) : value.value());
                }
                in.acceptSymbol(",");
            }
        }
        in.expectEnd();
        return QueryResult.status(StatementTypes.ALTER_SESSION, "Statement executed successfully.");
    }
}
