package dev.assetflow.duckdb;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagerProvider;

/** Opens {@code jdbc:duckdb:<file>} storage URLs; registered for {@link java.util.ServiceLoader}. */
public final class DuckDbIOManagerProvider implements IOManagerProvider {

    @Override
    public boolean accepts(String url) {
        return url.startsWith("jdbc:duckdb:");
    }

    @Override
    public String urlForms() {
        return "jdbc:duckdb:<file>";
    }

    @Override
    public IOManager open(String url) {
        return DuckDbIOManager.fromUrl(url);
    }

    /** Opens the file only when it exists; an in-memory database ({@code jdbc:duckdb:}) always does. */
    @Override
    public IOManager openExisting(String url) {
        DuckDbDatabase.requireExisting(url);
        return DuckDbIOManager.fromUrl(url);
    }
}
