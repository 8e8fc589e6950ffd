package dev.assetflow.testing.snowflake;

import dev.assetflow.testing.snowflake.Token.Kind;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/** CREATE TABLE / SCHEMA / DATABASE / VIEW / STAGE. */
final class CreateStatements {

    /** Words that start a column constraint (or end a DEFAULT expression). */
    private static final Set<String> COLUMN_CONSTRAINTS = Set.of("NOT", "NULL", "PRIMARY", "UNIQUE", "REFERENCES",
            "COMMENT", "COLLATE", "CONSTRAINT", "DEFAULT", "FOREIGN");
    private static final Set<String> TABLE_CONSTRAINTS = Set.of("CONSTRAINT", "PRIMARY", "UNIQUE", "FOREIGN", "CHECK");

    private CreateStatements() {
    }

    static QueryResult execute(EmulatorSession session, TokenStream in) throws SQLException {
        in.expectWords("CREATE");
        boolean orReplace = in.acceptWords("OR", "REPLACE");
        boolean temporary = false;
        while (in.peekWord("TEMPORARY") || in.peekWord("TEMP") || in.peekWord("TRANSIENT")
                || in.peekWord("VOLATILE") || in.peekWord("LOCAL") || in.peekWord("GLOBAL")) {
            temporary |= !in.next().isWord("TRANSIENT");
        }
        if (in.acceptWords("TABLE")) {
            return table(session, in, orReplace, temporary);
        }
        if (in.acceptWords("SCHEMA")) {
            return schema(session, in, orReplace);
        }
        if (in.acceptWords("DATABASE")) {
            return database(session, in, orReplace);
        }
        if (in.acceptWords("STAGE")) {
            return StageStatements.create(session, in, orReplace, temporary);
        }
        if (in.peekWord("VIEW") || in.peekWord("SECURE") || in.peekWord("RECURSIVE")) {
            return view(session, in, orReplace);
        }
        throw SnowflakeError.unsupported("CREATE " + (in.atEnd() ? "" : in.peek().upper()));
    }

    private static QueryResult table(EmulatorSession session, TokenStream in, boolean orReplace, boolean temporary)
            throws SQLException {
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        ObjectName table = session.resolve(in.expectQualifiedName());
        StringBuilder sql = new StringBuilder("CREATE ");
        if (orReplace) {
            sql.append("OR REPLACE ");
        }
        sql.append("TABLE ");
        if (ifNotExists) {
            sql.append("IF NOT EXISTS ");
        }
        sql.append(table.duckDb());
        if (in.acceptWords("AS")) {
            sql.append(" AS ").append(SqlRewriter.rewrite(session, in.rest()));
        } else if (in.peekSymbol("(")) {
            sql.append(" (").append(columnDefinitions(session, in)).append(')');
            tableOptions(in);
            if (in.acceptWords("AS")) {
                throw SnowflakeError.unsupported("CREATE TABLE (columns) AS SELECT");
            }
        } else if (in.peekWord("LIKE") || in.peekWord("CLONE")) {
            throw SnowflakeError.unsupported("CREATE TABLE ... " + in.peek().upper());
        } else {
            throw in.unexpected("'(' or AS");
        }
        session.ddl(connection -> {
            DuckDbStatements.execute(connection, sql.toString());
            return null;
        });
        if (temporary) {
            session.registerTemporaryTable(table);
        }
        return QueryResult.status(StatementTypes.DDL, "Table " + table.name() + " successfully created.");
    }

    /** Column definitions inside the parentheses, as DuckDB column definitions. */
    static String columnDefinitions(EmulatorSession session, TokenStream in) {
        in.expectSymbol("(");
        List<String> definitions = new ArrayList<>();
        do {
            if (in.peek() != null && in.peek().kind() == Kind.WORD && TABLE_CONSTRAINTS.contains(in.peek().upper())) {
                skipElement(in);
            } else {
                definitions.add(columnDefinition(session, in));
            }
        } while (in.acceptSymbol(","));
        in.expectSymbol(")");
        return String.join(", ", definitions);
    }

    /**
     * One column: name, type and constraints. NOT NULL and DEFAULT are kept; PRIMARY KEY, UNIQUE and
     * REFERENCES are dropped because Snowflake does not enforce them (DuckDB would).
     */
    static String columnDefinition(EmulatorSession session, TokenStream in) {
        String name = in.expectIdentifier();
        StringBuilder out = new StringBuilder(Identifiers.sql(name)).append(' ')
                .append(SnowflakeTypes.parseToDuckDb(in));
        while (!in.atEnd() && !in.peekSymbol(",") && !in.peekSymbol(")")) {
            if (in.acceptWords("NOT", "NULL")) {
                out.append(" NOT NULL");
            } else if (in.acceptWords("NULL")) {
                out.append(" NULL");
            } else if (in.acceptWords("PRIMARY", "KEY") || in.acceptWords("UNIQUE")) {
                continue;
            } else if (in.acceptWords("CONSTRAINT")) {
                in.expectIdentifier();
            } else if (in.acceptWords("REFERENCES")) {
                in.expectQualifiedName();
                if (in.peekSymbol("(")) {
                    skipElement(in);
                }
            } else if (in.acceptWords("COMMENT") || in.acceptWords("COLLATE")) {
                in.expectString();
            } else if (in.acceptWords("DEFAULT")) {
                out.append(" DEFAULT ").append(SqlRewriter.rewrite(session, defaultExpression(in)));
            } else {
                throw SnowflakeError.unsupported("column option " + in.peek().text() + " in column " + name);
            }
        }
        return out.toString();
    }

    private static List<Token> defaultExpression(TokenStream in) {
        int start = in.index();
        int depth = 0;
        while (!in.atEnd()) {
            Token t = in.peek();
            if (depth == 0 && (t.isSymbol(",") || t.isSymbol(")")
                    || (t.kind() == Kind.WORD && COLUMN_CONSTRAINTS.contains(t.upper())))) {
                break;
            }
            depth += t.isSymbol("(") ? 1 : t.isSymbol(")") ? -1 : 0;
            in.next();
        }
        return in.all().subList(start, in.index());
    }

    /** Skips one parenthesised group or one comma-separated element. */
    private static void skipElement(TokenStream in) {
        int depth = 0;
        while (!in.atEnd()) {
            Token t = in.peek();
            if (depth == 0 && (t.isSymbol(",") || t.isSymbol(")"))) {
                return;
            }
            if (t.isSymbol("(")) {
                depth++;
            } else if (t.isSymbol(")")) {
                depth--;
                if (depth == 0) {
                    in.next();
                    if (in.peekSymbol(",") || in.peekSymbol(")") || in.atEnd()) {
                        return;
                    }
                    continue;
                }
            }
            in.next();
        }
    }

    /** Table options that do not change what the table stores are accepted and ignored. */
    private static void tableOptions(TokenStream in) {
        while (!in.atEnd() && !in.peekWord("AS")) {
            if (in.acceptWords("COMMENT") || in.acceptWords("DATA_RETENTION_TIME_IN_DAYS")
                    || in.acceptWords("MAX_DATA_EXTENSION_TIME_IN_DAYS") || in.acceptWords("CHANGE_TRACKING")) {
                in.acceptSymbol("=");
                in.next();
            } else if (in.acceptWords("CLUSTER", "BY")) {
                skipElement(in);
            } else if (in.acceptWords("COPY", "GRANTS")) {
                continue;
            } else {
                throw SnowflakeError.unsupported("table option " + in.peek().text());
            }
        }
    }

    private static QueryResult schema(EmulatorSession session, TokenStream in, boolean orReplace) throws SQLException {
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        List<String> parts = in.expectQualifiedName();
        in.expectEnd();
        String database = parts.size() == 2 ? parts.get(0) : session.database();
        if (database == null) {
            throw SnowflakeError.noCurrentDatabase();
        }
        String schema = parts.get(parts.size() - 1);
        session.emulator().requireDatabase(database);
        String name = Identifiers.sql(database) + "." + Identifiers.sql(schema);
        boolean existed = session.catalog().schemaExists(database, schema);
        if (existed && ifNotExists) {
            return QueryResult.status(StatementTypes.DDL, schema + " already exists, statement succeeded.");
        }
        if (existed && !orReplace) {
            throw SnowflakeError.alreadyExists(Identifiers.display(database) + "." + Identifiers.display(schema));
        }
        try {
            session.ddl(connection -> {
                if (existed) {
                    DuckDbStatements.execute(connection, "DROP SCHEMA " + name + " CASCADE");
                }
                DuckDbStatements.execute(connection, "CREATE SCHEMA " + name);
                return null;
            });
        } catch (SQLException | RuntimeException e) {
            // Another session created it since the check: IF NOT EXISTS still succeeds, as in Snowflake.
            if (ifNotExists && session.catalog().schemaExists(database, schema)) {
                return QueryResult.status(StatementTypes.DDL, schema + " already exists, statement succeeded.");
            }
            throw e;
        }
        session.use(database, schema);
        return QueryResult.status(StatementTypes.DDL, "Schema " + schema + " successfully created.");
    }

    private static QueryResult database(EmulatorSession session, TokenStream in, boolean orReplace)
            throws SQLException {
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        String database = in.expectIdentifier();
        in.expectEnd();
        session.commitBeforeDdl();
        boolean existed = session.emulator().databaseExists(database);
        if (existed && ifNotExists) {
            return QueryResult.status(StatementTypes.DDL, database + " already exists, statement succeeded.");
        }
        if (existed && !orReplace) {
            throw SnowflakeError.alreadyExists(Identifiers.display(database));
        }
        if (existed) {
            session.emulator().dropDatabase(database);
        }
        session.emulator().createDatabase(database);
        session.use(database, "PUBLIC");
        return QueryResult.status(StatementTypes.DDL, "Database " + database + " successfully created.");
    }

    private static QueryResult view(EmulatorSession session, TokenStream in, boolean orReplace)
            throws SQLException {
        String sql = (orReplace ? "CREATE OR REPLACE " : "CREATE ") + SqlRewriter.rewrite(session, in.rest()).replaceFirst("(?i)^SECURE\\s+", "");
        session.ddl(connection -> {
            DuckDbStatements.execute(connection, sql);
            return null;
        });
        return QueryResult.status(StatementTypes.DDL, "View successfully created.");
    }
}
