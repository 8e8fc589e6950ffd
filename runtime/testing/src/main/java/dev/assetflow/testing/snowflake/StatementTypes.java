package dev.assetflow.testing.snowflake;

/** Snowflake's {@code statementTypeId} values, which tell the driver how to read a result (SFStatementType). */
final class StatementTypes {

    static final int SELECT = 4096;
    static final int INSERT = 12544;
    static final int UPDATE = 12800;
    static final int DELETE = 13056;
    static final int MERGE = 13312;
    static final int COPY = 13824;
    static final int SCL = 16384;
    static final int ALTER_SESSION = 16640;
    static final int USE = 17152;
    static final int TCL = 20480;
    static final int DDL = 24576;
    static final int GET = 28929;
    static final int PUT = 28930;

    private StatementTypes() {
    }
}
