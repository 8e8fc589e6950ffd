package dev.assetflow.runtime.reliability;

/** Variations of the test server's URL. */
final class PostgresUrls {

    private PostgresUrls() {
    }

    /** {@code url} with the parameter {@code name=value} added. */
    static String withParameter(String url, String name, String value) {
        return url + (url.contains("?") ? "&" : "?") + name + "=" + value;
    }

    /** {@code url} whose default schema is {@code schema}. */
    static String withSchema(String url, String schema) {
        return withParameter(url, "currentSchema", schema);
    }
}
