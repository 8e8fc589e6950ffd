package dev.assetflow.postgres;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagerProvider;

/** Opens {@code jdbc:postgresql://host:port/database} storage URLs; registered for {@link java.util.ServiceLoader}. */
public final class PostgresIOManagerProvider implements IOManagerProvider {

    @Override
    public boolean accepts(String url) {
        return url.startsWith("jdbc:postgresql:");
    }

    @Override
    public String urlForms() {
        return "jdbc:postgresql://host:port/database";
    }

    @Override
    public IOManager open(String url) {
        return PostgresIOManager.fromUrl(url);
    }
}
