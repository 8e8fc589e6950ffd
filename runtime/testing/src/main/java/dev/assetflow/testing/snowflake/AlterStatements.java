package dev.assetflow.testing.snowflake;

import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** ALTER TABLE (SWAP WITH, RENAME TO, ADD/DROP COLUMN, ALTER COLUMN), ALTER SESSION and TRUNCATE. */
final class AlterStatements {

    private AlterStatements() {
    }

    static QueryResult execute(EmulatorSession session, TokenStream in) throws SQLException {
        in.expectWords("ALTER");
        if (in.acceptWords("SESSION")) {
            return SessionStatements.alterSession(session, in);
        }
        if (!in.acceptWords("TABLE")) {
            throw SnowflakeError.unsupported("ALTER " + (in.atEnd() ? "" : in.peek().upper()));
        }
        boolean ifExists = in.acceptWords("IF", "EXISTS");
        ObjectName table = session.resolve(in.expectQualifiedName());
        if (!session.catalog().tableExists(table)) {
            if (ifExists) {
                return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
            }
            throw SnowflakeError.objectNotFound(table.display());
        }
        session.commitBeforeDdl();
        if (in.acceptWords("SWAP", "WITH")) {
            ObjectName other = session.resolve(in.expectQualifiedName());
            session.lockTables(table, other);
            try {
                return swap(session, table, other, in);
            } finally {
                session.releaseLocksOutsideTransaction();
            }
        }
        session.lockTables(table);
        try {
            return alterTable(session, table, in);
        } finally {
            session.releaseLocksOutsideTransaction();
        }
    }

    private static QueryResult alterTable(EmulatorSession session, ObjectName table, TokenStream in)
            throws SQLException {
        if (in.acceptWords("RENAME", "TO")) {
            return rename(session, table, session.resolve(in.expectQualifiedName()), in);
        }
        if (in.acceptWords("ADD")) {
            return addColumns(session, table, in);
        }
        if (in.acceptWords("DROP")) {
            return dropColumns(session, table, in);
        }
        if (in.acceptWords("ALTER") || in.acceptWords("MODIFY")) {
            return alterColumn(session, table, in);
        }
        throw SnowflakeError.unsupported("ALTER TABLE ... " + (in.atEnd() ? "" : in.peek().upper()));
    }

    /** Exchanges the two tables' contents and metadata in one transaction, as Snowflake's SWAP WITH does. */
    private static QueryResult swap(EmulatorSession session, ObjectName a, ObjectName b, TokenStream in)
            throws SQLException {
        in.expectEnd();
        if (!session.catalog().tableExists(b)) {
            throw SnowflakeError.objectNotFound(b.display());
        }
        ObjectName parking = new ObjectName(a.database(), a.schema(), a.name() + "__emulator_swap");
        session.ddl(connection -> {
            renameTable(connection, a, parking);
            moveTable(connection, b, a);
            moveTable(connection, parking, b);
            return null;
        });
        return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
    }

    private static QueryResult rename(EmulatorSession session, ObjectName from, ObjectName to, TokenStream in)
            throws SQLException {
        in.expectEnd();
        if (session.catalog().tableExists(to)) {
            throw SnowflakeError.alreadyExists(to.display());
        }
        session.ddl(connection -> {
            moveTable(connection, from, to);
            return null;
        });
        return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
    }

    private static void renameTable(java.sql.Connection connection, ObjectName from, ObjectName to)
            throws SQLException {
        DuckDbStatements.execute(connection, "ALTER TABLE " + from.duckDb() + " RENAME TO " + Identifiers.sql(to.name()));
    }

    /** Renames, or moves to another schema by copying (DuckDB renames only within a schema). */
    private static void moveTable(java.sql.Connection connection, ObjectName from, ObjectName to) throws SQLException {
        if (from.database().equals(to.database()) && from.schema().equals(to.schema())) {
            renameTable(connection, from, to);
            return;
        }
        throw SnowflakeError.unsupported("moving a table to another schema by RENAME or SWAP");
    }

    private static QueryResult addColumns(EmulatorSession session, ObjectName table, TokenStream in)
            throws SQLException {
        List<String> statements = new ArrayList<>();
        do {
            in.acceptWords("COLUMN");
            boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
            String definition = CreateStatements.columnDefinition(session, in);
            statements.add("ALTER TABLE " + table.duckDb() + " ADD COLUMN " + (ifNotExists ? "IF NOT EXISTS " : "")
                    + definition);
        } while (in.acceptSymbol(","));
        in.expectEnd();
        runAll(session, statements);
        return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
    }

    private static QueryResult dropColumns(EmulatorSession session, ObjectName table, TokenStream in)
            throws SQLException {
        in.acceptWords("COLUMN");
        boolean ifExists = in.acceptWords("IF", "EXISTS");
        List<String> statements = new ArrayList<>();
        do {
            statements.add("ALTER TABLE " + table.duckDb() + " DROP COLUMN " + (ifExists ? "IF EXISTS " : "")
                    + Identifiers.sql(in.expectIdentifier()));
        } while (in.acceptSymbol(","));
        in.expectEnd();
        runAll(session, statements);
        return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
    }

    private static QueryResult alterColumn(EmulatorSession session, ObjectName table, TokenStream in)
            throws SQLException {
        in.acceptWords("COLUMN");
        String column = Identifiers.sql(in.expectIdentifier());
        String prefix = "ALTER TABLE " + table.duckDb() + " ALTER COLUMN " + column;
        String statement;
        if (in.acceptWords("DROP", "NOT", "NULL")) {
            statement = prefix + " DROP NOT NULL";
        } else if (in.acceptWords("SET", "NOT", "NULL")) {
            statement = prefix + " SET NOT NULL";
        } else if (in.acceptWords("SET", "DATA", "TYPE") || in.acceptWords("TYPE")) {
            statement = prefix + " SET DATA TYPE " + SnowflakeTypes.parseToDuckDb(in);
        } else {
            throw SnowflakeError.unsupported("ALTER TABLE ... ALTER COLUMN " + (in.atEnd() ? "" : in.peek().upper()));
        }
        in.expectEnd();
        runAll(session, List.of(statement));
        return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
    }

    /** {@code COMMENT [IF EXISTS] ON TABLE name IS 'text'}: the comment INFORMATION_SCHEMA.TABLES shows. */
    static QueryResult comment(EmulatorSession session, TokenStream in) throws SQLException {
        in.expectWords("COMMENT");
        boolean ifExists = in.acceptWords("IF", "EXISTS");
        in.expectWords("ON");
        in.expectWords("TABLE");
        ObjectName table = session.resolve(in.expectQualifiedName());
        in.expectWords("IS");
        String text = in.expectString();
        in.expectEnd();
        if (!session.catalog().tableExists(table)) {
            if (ifExists) {
                return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
            }
            throw SnowflakeError.objectNotFound(table.display());
        }
        session.ddl(connection -> {
            DuckDbStatements.execute(connection, "COMMENT ON TABLE " + table.duckDb() + " IS "
                    + Identifiers.literal(text));
            return null;
        });
        return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
    }

    static QueryResult truncate(EmulatorSession session, TokenStream in) throws SQLException {
        in.expectWords("TRUNCATE");
        in.acceptWords("TABLE");
        boolean ifExists = in.acceptWords("IF", "EXISTS");
        ObjectName table = session.resolve(in.expectQualifiedName());
        in.expectEnd();
        if (!session.catalog().tableExists(table)) {
            if (ifExists) {
                return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
            }
            throw SnowflakeError.objectNotFound(table.display());
        }
        session.atomically(connection -> {
            DuckDbStatements.execute(connection, "DELETE FROM " + table.duckDb());
            return null;
        });
        return QueryResult.status(StatementTypes.DDL, "Statement executed successfully.");
    }

    private static void runAll(EmulatorSession session, List<String> statements) throws SQLException {
        session.ddl(connection -> {
            for (String statement : statements) {
                DuckDbStatements.execute(connection, statement);
            }
            return null;
        });
    }
}
