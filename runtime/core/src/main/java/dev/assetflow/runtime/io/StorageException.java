package dev.assetflow.runtime.io;

/**
 * A storage operation failed or was refused: a missing table or column, a value that cannot be stored exactly, a
 * database that cannot be reached. The message names the asset, the table and the column (and the row, for a
 * value) so that a data engineer can act on it without a stack trace; nothing was committed.
 *
 * <p>IO managers throw it (or a subclass such as {@link SchemaMismatchException}); the engine records it as the
 * asset's failure.
 */
public class StorageException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** A failure described by {@code message}. */
    public StorageException(String message) {
        super(message);
    }

    /** A failure described by {@code message}, caused by {@code cause}. */
    public StorageException(String message, Throwable cause) {
        super(message, cause);
    }
}
