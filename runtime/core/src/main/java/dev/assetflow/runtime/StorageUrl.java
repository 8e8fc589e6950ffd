package dev.assetflow.runtime;

import java.util.Map;
import java.util.Properties;

/** Where the pipeline's default storage is when no code says so. */
final class StorageUrl {

    static final String PROPERTY = "assetflow.url";
    static final String ENVIRONMENT = "ASSETFLOW_URL";
    static final String DEFAULT = "jdbc:duckdb:warehouse.duckdb";

    private StorageUrl() {
    }

    /** System property {@value #PROPERTY}, else environment {@value #ENVIRONMENT}, else {@value #DEFAULT}. */
    static String resolve() {
        return resolve(System.getProperties(), System.getenv());
    }

    static String resolve(Properties properties, Map<String, String> environment) {
        String property = properties.getProperty(PROPERTY);
        if (property != null && !property.isBlank()) {
            return property.strip();
        }
        String variable = environment.get(ENVIRONMENT);
        if (variable != null && !variable.isBlank()) {
            return variable.strip();
        }
        return DEFAULT;
    }
}
