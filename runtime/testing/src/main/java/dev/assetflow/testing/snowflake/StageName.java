package dev.assetflow.testing.snowflake;

/**
 * A stage: a named internal stage {@code DB.S.NAME}, a table stage ({@code @%T}, name {@code %T}) or a
 * user stage ({@code @~}, database and schema null, name {@code ~user}).
 */
record StageName(String database, String schema, String name) {

    static StageName user(String user) {
        return new StageName(null, null, "~" + user);
    }

    boolean isNamed() {
        return database != null && !name.startsWith("%");
    }

    String display() {
        return database == null ? "@~" : Identifiers.display(database) + "." + Identifiers.display(schema) + "."
                + (name.startsWith("%") ? "%" + Identifiers.display(name.substring(1)) : Identifiers.display(name));
    }
}
