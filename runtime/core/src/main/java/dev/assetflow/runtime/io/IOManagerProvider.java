package dev.assetflow.runtime.io;

/**
 * SPI: opens IO managers for the storage URLs of one backend. Backends register an implementation in
 * {@code META-INF/services/dev.assetflow.runtime.io.IOManagerProvider}; {@link IOManagers#fromUrl(String)} asks
 * each provider on the class path, in no particular order, whether it {@linkplain #accepts accepts} a URL, so
 * schemes must not overlap.
 */
public interface IOManagerProvider {

    /** Whether this provider opens {@code url}, judged by its scheme alone (e.g. {@code jdbc:duckdb:}). */
    boolean accepts(String url);

    /** The URL forms this provider opens, for messages, e.g. {@code jdbc:duckdb:<file>}. */
    String urlForms();

    /**
     * Opens an IO manager for {@code url}, with the backend's defaults.
     *
     * @throws StorageException when the URL is malformed or its settings are incomplete, without secrets in
     *     the message
     */
    IOManager open(String url);
}
