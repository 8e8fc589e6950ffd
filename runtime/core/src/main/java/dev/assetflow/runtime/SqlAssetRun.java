package dev.assetflow.runtime;

import dev.assetflow.runtime.io.SqlIOManager;
import dev.assetflow.runtime.io.TableSlice;
import java.util.ArrayList;
import java.util.List;
import org.jooq.Name;
import org.jooq.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Materializes a SQL asset: asks its method for the query over its input tables (named as its IO manager's
 * database names them) and has the IO manager run it inside the database. No row enters the JVM.
 */
final class SqlAssetRun {

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);

    private SqlAssetRun() {
    }

    static long run(AssetDefinition<?> asset, RunContext run, String partition) throws Exception {
        if (partition != null) {
            throw new AssetflowException("asset '" + asset.key() + "' (" + asset.method() + ") is a SQL asset;"
                    + " SQL assets cannot be materialized for a partition yet (partition " + partition + ")");
        }
        Storage storage = run.storage();
        SqlIOManager manager = storage.sqlManagerOf(asset);
        List<Name> tables = new ArrayList<>();
        for (InputDefinition<?> input : asset.inputs()) {
            tables.add(storage.tableName(run.graph().require(input.upstream())));
        }
        Select<?> query = asset.sql().query(tables::get);
        if (query == null) {
            throw new AssetflowException("asset '" + asset.key() + "' (" + asset.method()
                    + ") returned null instead of a query");
        }
        TableSlice slice = storage.sliceOf(asset);
        if (LOG.isInfoEnabled()) {
            LOG.info("asset {}: {}", asset.key(), manager.render(slice, asset.rowType(), query));
        }
        return manager.writeQuery(slice, asset.rowType(), query);
    }

    /**
     * Why the SQL assets of {@code graph} cannot run with {@code storage}, or empty: each needs an IO manager
     * that runs queries, and its inputs in that IO manager's database.
     */
    static String unrunnable(AssetGraph graph, Storage storage) {
        StringBuilder problems = new StringBuilder();
        for (AssetDefinition<?> asset : graph.assets()) {
            if (!asset.isSql() || storage.manager(asset.io()) == null) {
                continue;
            }
            if (!(storage.manager(asset.io()) instanceof SqlIOManager manager)) {
                problems.append("\n").append("asset '").append(asset.key()).append("' (").append(asset.method())
                        .append(") is a SQL asset, but its IO manager '").append(asset.io()).append("' (")
                        .append(storage.manager(asset.io())).append(") cannot run queries; store it with DuckDB or"
                                + " PostgreSQL");
                continue;
            }
            for (String upstream : asset.upstreamKeys()) {
                AssetDefinition<?> input = graph.asset(upstream).orElse(null);
                if (input == null || storage.manager(input.io()) == null) {
                    continue;
                }
                String inputDatabase = storage.manager(input.io()) instanceof SqlIOManager other ? other.database()
                        : String.valueOf(storage.manager(input.io()));
                if (!inputDatabase.equals(manager.database())) {
                    problems.append("\n").append("asset '").append(asset.key()).append("' (").append(asset.method())
                            .append(") is a SQL asset in ").append(manager.database()).append(" (IO manager '")
                            .append(asset.io()).append("'), but its input '").append(upstream).append("' lives in ")
                            .append(inputDatabase).append(" (IO manager '").append(input.io()).append("'); a query"
                                    + " runs inside one database: store both assets with IO managers on the same"
                                    + " database");
                }
            }
        }
        return problems.length() == 0 ? "" : "SQL assets cannot run:" + problems;
    }
}
