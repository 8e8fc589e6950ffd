package dev.assetflow.runtime.cli;

import picocli.CommandLine.Option;

/** The {@code --url} option every command shares. */
final class StorageOptions {

    @Option(names = "--url", paramLabel = "URL", description = "Storage JDBC URL, e.g. jdbc:duckdb:warehouse.duckdb or"
            + " jdbc:postgresql://host:5432/db (default: -Dassetflow.url, ASSETFLOW_URL, jdbc:duckdb:warehouse.duckdb)")
    String url;
}
