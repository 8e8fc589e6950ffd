package com.acme.h2;

import dev.assetflow.runtime.io.IOManager;
import dev.assetflow.runtime.io.IOManagerProvider;

/**
 * Opens {@code jdbc:h2:} storage URLs, so that {@code Materializer.builder(graph).url("jdbc:h2:./warehouse")}
 * and {@code ASSETFLOW_URL} find this backend. Registered for {@link java.util.ServiceLoader} in
 * {@code META-INF/services/dev.assetflow.runtime.io.IOManagerProvider}.
 */
public final class H2IOManagerProvider implements IOManagerProvider {

    @Override
    public boolean accepts(String url) {
        return url.startsWith("jdbc:h2:");
    }

    @Override
    public String urlForms() {
        return "jdbc:h2:<file> (e.g. jdbc:h2:./warehouse), jdbc:h2:mem:<name>";
    }

    @Override
    public IOManager open(String url) {
        return H2IOManager.fromUrl(url);
    }
}
