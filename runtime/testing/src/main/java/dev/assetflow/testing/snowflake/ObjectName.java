package dev.assetflow.testing.snowflake;

/** A fully qualified, case-exact Snowflake object name. */
record ObjectName(String database, String schema, String name) {

    /** The quoted DuckDB name, {@code "DB"."S"."T"} in {@link Identifiers}' encoding. */
    String duckDb() {
        return Identifiers.sql(database) + "." + Identifiers.sql(schema) + "." + Identifiers.sql(name);
    }

    /** As Snowflake shows it in messages: {@code DB.S.T}, quoting parts that need it. */
    String display() {
        return Identifiers.display(database) + "." + Identifiers.display(schema) + "." + Identifiers.display(name);
    }

    @Override
    public String toString() {
        return display();
    }
}
