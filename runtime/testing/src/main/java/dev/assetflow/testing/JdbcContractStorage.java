package dev.assetflow.testing;

import java.util.EnumSet;
import java.util.List;
import java.util.Set;

/**
 * A storage the contract reaches over JDBC: every capability, raw SQL through {@link JdbcStatements}, tables
 * named {@code "schema"."table"} with each name as the backend stores it.
 */
public abstract class JdbcContractStorage implements ContractStorage {

    protected final JdbcStatements sql;

    public JdbcContractStorage(JdbcStatements sql) {
        this.sql = sql;
    }

    /** The schema the IO manager writes its tables to, as stored. */
    protected abstract String schema();

    /** A table or column name as the backend stores an unquoted one; as written unless it folds case. */
    protected String storedName(String name) {
        return name;
    }

    @Override
    public Set<Capability> capabilities() {
        return EnumSet.allOf(Capability.class);
    }

    @Override
    public String sqlTable(String table) {
        return JdbcStatements.quote(schema()) + "." + JdbcStatements.quote(storedName(table));
    }

    @Override
    public String sqlColumn(String column) {
        return JdbcStatements.quote(storedName(column));
    }

    @Override
    public void execute(String statement) {
        sql.execute(statement);
    }

    @Override
    public List<List<String>> query(String query) {
        return sql.query(query);
    }
}
