package dev.assetflow.testing.snowflake;

import java.util.List;

/** CREATE STAGE and DROP STAGE for internal stages. */
final class StageStatements {

    private StageStatements() {
    }

    static QueryResult create(EmulatorSession session, TokenStream in, boolean orReplace, boolean temporary) {
        boolean ifNotExists = in.acceptWords("IF", "NOT", "EXISTS");
        ObjectName name = session.resolve(in.expectQualifiedName());
        FileFormat format = FileFormat.DEFAULT;
        while (!in.atEnd()) {
            if (in.acceptWords("FILE_FORMAT")) {
                in.expectSymbol("=");
                format = format.parse(in);
            } else if (in.acceptWords("COMMENT")) {
                in.expectSymbol("=");
                in.expectString();
            } else if (in.peekWord("URL") || in.peekWord("STORAGE_INTEGRATION") || in.peekWord("CREDENTIALS")) {
                throw SnowflakeError.unsupported("external stages");
            } else {
                throw SnowflakeError.unsupported("stage option " + in.peek().text());
            }
        }
        if (!session.catalog().schemaExists(name.database(), name.schema())) {
            throw SnowflakeError.schemaNotFound(Identifiers.display(name.database()) + "."
                    + Identifiers.display(name.schema()));
        }
        StageName stage = new StageName(name.database(), name.schema(), name.name());
        if (!session.emulator().stages().create(stage, orReplace, ifNotExists, format)) {
            return QueryResult.status(StatementTypes.DDL, name.name() + " already exists, statement succeeded.");
        }
        if (temporary) {
            session.registerTemporaryStage(stage);
        }
        return QueryResult.status(StatementTypes.DDL, "Stage area " + name.name() + " successfully created.");
    }

    static QueryResult drop(EmulatorSession session, List<String> parts, boolean ifExists) {
        ObjectName name = session.resolve(parts);
        StageName stage = new StageName(name.database(), name.schema(), name.name());
        if (!session.emulator().stages().exists(stage)) {
            if (ifExists) {
                return QueryResult.status(StatementTypes.DDL, "Drop statement executed successfully ("
                        + name.name() + " already dropped).");
            }
            throw SnowflakeError.stageNotFound(stage.display());
        }
        session.emulator().stages().drop(stage);
        session.forgetTemporaryStage(stage);
        return QueryResult.status(StatementTypes.DDL, name.name() + " successfully dropped.");
    }
}
