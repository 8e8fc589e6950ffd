package dev.assetflow.testing.snowflake;

import java.sql.SQLException;
import java.util.List;

/** DROP TABLE / VIEW / SCHEMA / DATABASE / STAGE. */
final class DropStatements {

    private DropStatements() {
    }

    static QueryResult execute(EmulatorSession session, TokenStream in) throws SQLException {
        in.expectWords("DROP");
        String kind = in.next().upper();
        boolean ifExists = in.acceptWords("IF", "EXISTS");
        List<String> parts = in.expectQualifiedName();
        boolean cascade = !in.acceptWords("RESTRICT");
        in.acceptWords("CASCADE");
        in.expectEnd();
        switch (kind) {
            case "TABLE":
            case "VIEW":
                return tableOrView(session, kind, session.resolve(parts), ifExists);
            case "SCHEMA":
                return schema(session, parts, ifExists, cascade);
            case "DATABASE":
                return database(session, parts, ifExists);
            case "STAGE":
                return StageStatements.drop(session, parts, ifExists);
            default:
                throw SnowflakeError.unsupported("DROP " + kind);
        }
    }

    private static QueryResult tableOrView(EmulatorSession session, String kind, ObjectName name, boolean ifExists)
            throws SQLException {
        boolean exists = kind.equals("TABLE") ? session.catalog().tableExists(name) : session.catalog().viewExists(name);
        if (!exists) {
            if (ifExists) {
                return QueryResult.status(StatementTypes.DDL, "Drop statement executed successfully ("
                        + name.name() + " already dropped).");
            }
            throw SnowflakeError.objectNotFound(name.display());
        }
        session.commitBeforeDdl();
        session.lockTables(name);
        try {
            session.ddl(connection -> {
                DuckDbStatements.execute(connection, "DROP " + kind + " " + name.duckDb());
                return null;
            });
        } finally {
            session.releaseLocksOutsideTransaction();
        }
        session.emulator().forgetTemporaryTable(name);
        return QueryResult.status(StatementTypes.DDL, name.name() + " successfully dropped.");
    }

    private static QueryResult schema(EmulatorSession session, List<String> parts, boolean ifExists, boolean cascade)
            throws SQLException {
        if (parts.size() > 2) {
            throw SnowflakeError.syntax("a schema name has at most two parts", 0);
        }
        String database = parts.size() == 2 ? parts.get(0) : session.database();
        String schema = parts.get(parts.size() - 1);
        if (database == null || !session.catalog().schemaExists(database, schema)) {
            if (ifExists) {
                return QueryResult.status(StatementTypes.DDL, "Drop statement executed successfully ("
                        + schema + " already dropped).");
            }
            throw SnowflakeError.schemaNotFound(Identifiers.display(String.valueOf(database)) + "."
                    + Identifiers.display(schema));
        }
        session.ddl(connection -> {
            DuckDbStatements.execute(connection, "DROP SCHEMA " + Identifiers.sql(database) + "."
                    + Identifiers.sql(schema) + (cascade ? " CASCADE" : ""));
            return null;
        });
        return QueryResult.status(StatementTypes.DDL, schema + " successfully dropped.");
    }

    private static QueryResult database(EmulatorSession session, List<String> parts, boolean ifExists)
            throws SQLException {
        String database = parts.get(0);
        if (!session.emulator().databaseExists(database)) {
            if (ifExists) {
                return QueryResult.status(StatementTypes.DDL, "Drop statement executed successfully ("
                        + database + " already dropped).");
            }
            throw SnowflakeError.databaseNotFound(Identifiers.display(database));
        }
        if (database.equals(session.database())) {
            throw SnowflakeError.unsupported("DROP DATABASE of the session's current database");
        }
        session.commitBeforeDdl();
        session.emulator().dropDatabase(database);
        return QueryResult.status(StatementTypes.DDL, database + " successfully dropped.");
    }
}
