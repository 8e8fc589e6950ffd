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

    /**
     * Opens an IO manager for {@code url} only if its storage exists, creating nothing: no database file, no
     * directory. Tools that only read (the command line's {@code list}, {@code history}, {@code checks}, the
     * UI's pages) open storage this way, so that a mistyped path is an error rather than a new, empty
     * database. The default is {@link #open(String)}, right for a server database, which opening never
     * creates; a backend that keeps its data in files overrides it.
     *
     * @throws StorageException when the storage does not exist, saying where it was looked for
     */
    default IOManager openExisting(String url) {
        return open(url);
    }
}
