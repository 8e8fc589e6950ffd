package dev.assetflow.snowflake;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagerProvider;

/** Opens {@code jdbc:snowflake://…} URLs, and {@code snowflake} (settings from the {@code SNOWFLAKE_*} variables); registered for {@link java.util.ServiceLoader}. */
public final class SnowflakeIOManagerProvider implements IOManagerProvider {

    @Override
    public boolean accepts(String url) {
        return url.startsWith("jdbc:snowflake:") || url.equals("snowflake");
    }

    @Override
    public String urlForms() {
        return "jdbc:snowflake://account.snowflakecomputing.com/ or snowflake (with the SNOWFLAKE_* environment variables)";
    }

    @Override
    public IOManager open(String url) {
        return url.equals("snowflake") ? SnowflakeIOManager.fromEnvironment() : SnowflakeIOManager.fromUrl(url);
    }
}
