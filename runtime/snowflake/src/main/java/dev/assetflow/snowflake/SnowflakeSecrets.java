package dev.assetflow.snowflake;

import java.sql.SQLException;

/** Keeps secrets out of exception chains: the driver may echo a URL or properties in its messages. */
final class SnowflakeSecrets {

    private SnowflakeSecrets() {
    }

    /**
     * {@code error} itself when no message in its chain shows a secret of {@code settings}; else a copy of
     * the chain with the secrets scrubbed from every message (same stack traces, SQL state and error code).
     */
    static Throwable withoutSecrets(Throwable error, SnowflakeSettings settings) {
        if (error == null || !revealsAnywhere(error, settings)) {
            return error;
        }
        Throwable copy;
        if (error instanceof SQLException sql) {
            copy = new SQLException(settings.scrub(sql.getMessage()), sql.getSQLState(), sql.getErrorCode(),
                    withoutSecrets(sql.getCause(), settings));
        } else {
            copy = new RuntimeException(error.getClass().getName() + ": " + settings.scrub(error.getMessage()),
                    withoutSecrets(error.getCause(), settings));
        }
        copy.setStackTrace(error.getStackTrace());
        for (Throwable suppressed : error.getSuppressed()) {
            copy.addSuppressed(withoutSecrets(suppressed, settings));
        }
        return copy;
    }

    private static boolean revealsAnywhere(Throwable error, SnowflakeSettings settings) {
        for (Throwable t = error; t != null; t = t.getCause() == t ? null : t.getCause()) {
            if (settings.reveals(t.getMessage()) || settings.reveals(t.toString())) {
                return true;
            }
            for (Throwable suppressed : t.getSuppressed()) {
                if (revealsAnywhere(suppressed, settings)) {
                    return true;
                }
            }
        }
        return false;
    }
}
