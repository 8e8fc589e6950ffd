package dev.assetflow.runtime.io;

import dev.assetflow.runtime.AssetflowException;

/** Creates IO managers from storage URLs. */
public final class IOManagers {

    private IOManagers() {
    }

    /**
     * Creates the IO manager for a JDBC URL. Supported: {@code jdbc:duckdb:<file>} (or {@code jdbc:duckdb:}
     * for an in-memory database) with {@link DuckDbIOManager}; {@code jdbc:postgresql://host:port/db?user=...}
     * with {@link PostgresIOManager}; {@code jdbc:snowflake://...} with {@link SnowflakeIOManager#fromUrl} and
     * {@code snowflake} with {@link SnowflakeIOManager#fromEnvironment()} (credentials from the
     * {@code SNOWFLAKE_*} environment variables).
     *
     * @throws AssetflowException when no IO manager handles the URL
     */
    public static IOManager fromUrl(String jdbcUrl) {
        if (jdbcUrl == null || jdbcUrl.isBlank()) {
            throw new AssetflowException("no storage URL given; set the system property assetflow.url or the"
                    + " environment variable ASSETFLOW_URL, e.g. jdbc:duckdb:warehouse.duckdb");
        }
        return switch (scheme(jdbcUrl)) {
            case "jdbc:duckdb" -> DuckDbIOManager.fromUrl(jdbcUrl);
            case "jdbc:postgresql" -> PostgresIOManager.fromUrl(jdbcUrl);
            case "jdbc:snowflake" -> SnowflakeIOManager.fromUrl(jdbcUrl);
            case "snowflake" -> SnowflakeIOManager.fromEnvironment();
            default -> throw new AssetflowException("unsupported storage URL starting with '" + scheme(jdbcUrl)
                    + ":'; supported: jdbc:duckdb:<file> (e.g. jdbc:duckdb:warehouse.duckdb),"
                    + " jdbc:postgresql://host:port/database,"
                    + " jdbc:snowflake://account.snowflakecomputing.com/ or snowflake (both with the SNOWFLAKE_*"
                    + " environment variables)");
        };
    }

    /** {@code jdbc:duckdb} of {@code jdbc:duckdb:file.db}; never the rest, which may hold secrets. */
    private static String scheme(String url) {
        int first = url.indexOf(':');
        if (first < 0) {
            return url.length() > 16 ? url.substring(0, 16) : url;
        }
        int second = url.indexOf(':', first + 1);
        return second < 0 ? url.substring(0, first) : url.substring(0, second);
    }
}
