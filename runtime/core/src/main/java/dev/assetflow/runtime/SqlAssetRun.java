package dev.assetflow.runtime;

import static org.jooq.impl.DSL.asterisk;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.select;
import static org.jooq.impl.DSL.table;

import dev.assetflow.runtime.io.BeforeCommit;
import dev.assetflow.runtime.io.PartitionConditions;
import dev.assetflow.runtime.io.SqlIOManager;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.runtime.sql.SqlComputation;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import org.jooq.CommonTableExpression;
import org.jooq.Name;
import org.jooq.Select;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Materializes a SQL asset: asks its method for the query over its input tables (named as its IO manager's
 * database names them) and has the IO manager run it inside the database. No row enters the JVM. For a
 * partition, each input partitioned the same way is read through a common table expression holding only that
 * partition's rows ({@code with "clean_sales_data__partition" as (select * from ... where day = ...)}), and the
 * IO manager replaces only the partition's rows.
 */
final class SqlAssetRun {

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);
    private static final String PARTITION_SUFFIX = "__partition";

    private SqlAssetRun() {
    }

    static long run(AssetDefinition<?> asset, RunContext run, String partition, BeforeCommit outcome)
            throws Exception {
        Storage storage = run.storage();
        SqlIOManager manager = storage.sqlManagerOf(asset);
        Select<?> query = query(asset.inputs(), asset.partitions().orElse(null), asset.sql(),
                "asset '" + asset.key() + "' (" + asset.method() + ")", run.graph(), storage,
                partition == null ? null : run);
        TableSlice slice = storage.sliceOf(asset, partition);
        if (LOG.isInfoEnabled()) {
            LOG.info("asset {}{}: {}", asset.key(), partition == null ? "" : " [" + partition + "]",
                    manager.render(slice, asset.rowType(), query));
        }
        return manager.writeQuery(slice.withBeforeCommit(outcome), asset.rowType(), query);
    }

    /** The statement {@link #run} sends for the whole table, rendered by the asset's IO manager. */
    static String render(AssetDefinition<?> asset, AssetGraph graph, Storage storage) throws Exception {
        return storage.sqlManagerOf(asset).render(storage.sliceOf(asset), asset.rowType(),
                query(asset.inputs(), asset.partitions().orElse(null), asset.sql(),
                        "asset '" + asset.key() + "' (" + asset.method() + ")", graph, storage, null));
    }

    /**
     * Runs a SQL check of {@code asset}: counts the failing rows its query returns inside the database of the
     * asset's IO manager; the check passes when there are none. Same-partitioned inputs are read for the run's
     * partition, as for SQL assets.
     */
    static CheckResult check(AssetCheckDefinition check, AssetDefinition<?> asset, RunContext run) throws Exception {
        Storage storage = run.storage();
        SqlIOManager manager = storage.sqlManagerOf(asset);
        Select<?> query = query(check.inputs(), asset.partitions().orElse(null), check.sql(),
                "check '" + check.name() + "' of asset '" + asset.key() + "' (" + check.method() + ")", run.graph(),
                storage, run.partitionOf(asset) == null ? null : run);
        LOG.debug("check {} of {}: counting the rows of {}", check.name(), asset.key(), query);
        long failing = manager.count(query);
        return (failing == 0 ? CheckResult.passed("no failing rows")
                : CheckResult.failed(failing + (failing == 1 ? " failing row" : " failing rows")))
                .withMetadata("failing_rows", failing);
    }

    /**
     * The asset's query over its input tables; when {@code partitioned} is a partition run, inputs with the same
     * partitions are replaced by common table expressions of their partition's rows.
     */
    private static Select<?> query(List<InputDefinition<?>> inputs, Partitions readerPartitions, SqlComputation sql,
            String owner, AssetGraph graph, Storage storage, RunContext partitioned) throws Exception {
        List<Name> tables = new ArrayList<>();
        List<CommonTableExpression<?>> filtered = new ArrayList<>();
        for (InputDefinition<?> input : inputs) {
            AssetDefinition<?> upstream = graph.require(input.upstream());
            Name table = storage.tableName(upstream);
            String inputPartition = partitioned == null ? null
                    : partitioned.inputPartition(readerPartitions, upstream);
            if (inputPartition == null) {
                tables.add(table);
                continue;
            }
            Name alias = name(upstream.key() + PARTITION_SUFFIX);
            if (filtered.stream().noneMatch(cte -> cte.getUnqualifiedName().equals(alias))) {
                filtered.add(alias.as(select(asterisk()).from(table(table))
                        .where(PartitionConditions.of(storage.sliceOf(upstream, inputPartition)))));
            }
            tables.add(alias);
        }
        Select<?> query = sql.query(tables::get);
        if (query == null) {
            throw new AssetflowException(owner + " returned null instead of a query");
        }
        if (filtered.isEmpty()) {
            return query;
        }
        return org.jooq.impl.DSL.with(filtered).select(asterisk()).from(query.asTable("query"));
    }

    /**
     * Why the SQL assets among {@code keys} cannot run with {@code storage}, or empty: each needs an IO manager
     * that runs queries, and its inputs in that IO manager's database.
     */
    static String unrunnable(AssetGraph graph, Storage storage, Collection<String> keys) {
        StringBuilder problems = new StringBuilder();
        for (String key : keys) {
            AssetDefinition<?> asset = graph.require(key);
            List<String> inputs = new ArrayList<>();
            if (asset.isSql()) {
                inputs.addAll(asset.upstreamKeys());
            }
            boolean sqlChecks = false;
            for (AssetCheckDefinition check : graph.checks(key)) {
                if (check.isSql()) {
                    sqlChecks = true;
                    check.inputs().forEach(input -> inputs.add(input.upstream()));
                }
            }
            if (!asset.isSql() && !sqlChecks || storage.manager(asset.io()) == null) {
                continue;
            }
            if (!(storage.manager(asset.io()) instanceof SqlIOManager manager)) {
                problems.append("\n").append("asset '").append(asset.key()).append("' (").append(asset.method())
                        .append(asset.isSql() ? ") is a SQL asset" : ") has SQL checks").append(", but its IO manager '").append(asset.io()).append("' (")
                        .append(storage.manager(asset.io())).append(") cannot run queries; store it with DuckDB or"
                                + " PostgreSQL");
                continue;
            }
            for (String upstream : new java.util.LinkedHashSet<>(inputs)) {
                AssetDefinition<?> input = graph.asset(upstream).orElse(null);
                if (input == null || storage.manager(input.io()) == null) {
                    continue;
                }
                String inputDatabase = storage.manager(input.io()) instanceof SqlIOManager other ? other.database()
                        : String.valueOf(storage.manager(input.io()));
                if (!inputDatabase.equals(manager.database())) {
                    problems.append("\n").append("asset '").append(asset.key()).append("' (").append(asset.method())
                            .append(asset.isSql() ? ") is a SQL asset in " : ") has SQL checks in ")
                            .append(manager.database()).append(" (IO manager '")
                            .append(asset.io()).append("'), but its ").append(asset.isSql() ? "" : "checks' ")
                            .append("input '").append(upstream).append("' lives in ")
                            .append(inputDatabase).append(" (IO manager '").append(input.io()).append("'); a query"
                                    + " runs inside one database: store both assets with IO managers on the same"
                                    + " database");
                }
            }
        }
        return problems.length() == 0 ? "" : "SQL assets cannot run, so nothing ran:" + problems;
    }
}
