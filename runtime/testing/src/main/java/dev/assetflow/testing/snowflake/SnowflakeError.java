package dev.assetflow.testing.snowflake;

/** A failure reported to the driver the way Snowflake reports it: error code, SQLSTATE and message. */
final class SnowflakeError extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final String code;
    private final String sqlState;

    SnowflakeError(String code, String sqlState, String message) {
        super(message);
        this.code = code;
        this.sqlState = sqlState;
    }

    String code() {
        return code;
    }

    String sqlState() {
        return sqlState;
    }

    static SnowflakeError syntax(String detail, int position) {
        return new SnowflakeError("001003", "42000",
                "SQL compilation error:\nsyntax error line 1 at position " + position + " " + detail + ".");
    }

    static SnowflakeError objectNotFound(String qualifiedName) {
        return new SnowflakeError("002003", "42S02",
                "SQL compilation error:\nObject '" + qualifiedName + "' does not exist or not authorized.");
    }

    static SnowflakeError schemaNotFound(String qualifiedName) {
        return new SnowflakeError("002003", "02000",
                "SQL compilation error:\nSchema '" + qualifiedName + "' does not exist or not authorized.");
    }

    static SnowflakeError databaseNotFound(String name) {
        return new SnowflakeError("002003", "02000",
                "SQL compilation error:\nDatabase '" + name + "' does not exist or not authorized.");
    }

    /**
     * A login that asked for validation named a database, schema or warehouse that does not exist or that the
     * role may not use (error 390201, as snowflake-jdbc's {@code ConnectionIT.testValidateDefaultParameters}
     * expects).
     */
    static SnowflakeError requestedObjectMissing(String kind) {
        return new SnowflakeError("390201", "08001", "The requested " + kind + " does not exist or not authorized.");
    }

    static SnowflakeError stageNotFound(String qualifiedName) {
        return new SnowflakeError("002003", "02000",
                "SQL compilation error:\nStage '" + qualifiedName + "' does not exist or not authorized.");
    }

    static SnowflakeError alreadyExists(String qualifiedName) {
        return new SnowflakeError("002002", "42710",
                "SQL compilation error:\nObject '" + qualifiedName + "' already exists.");
    }

    static SnowflakeError invalidIdentifier(String name) {
        return new SnowflakeError("000904", "42000",
                "SQL compilation error: error line 1 at position 0\ninvalid identifier '" + name + "'");
    }

    static SnowflakeError nullInNonNullable(String column) {
        return new SnowflakeError("100072", "22000",
                "NULL result in a non-nullable column" + (column == null ? "" : " '" + column + "'"));
    }

    static SnowflakeError unsupported(String what) {
        return new SnowflakeError("000002", "0A000", "Unsupported feature '" + what
                + "' (the Snowflake emulator in dev.assetflow.testing.snowflake does not implement it).");
    }

    static SnowflakeError unsupportedType(String type) {
        return new SnowflakeError("002040", "42601",
                "SQL compilation error:\nUnsupported data type '" + type + "'.");
    }

    static SnowflakeError noCurrentDatabase() {
        return new SnowflakeError("090105", "22000", "Cannot perform this statement. This session does not have a "
                + "current database. Call 'USE DATABASE', or use a qualified name.");
    }

    static SnowflakeError noCurrentSchema() {
        return new SnowflakeError("090106", "22000", "Cannot perform this statement. This session does not have a "
                + "current schema. Call 'USE SCHEMA', or use a qualified name.");
    }
}
