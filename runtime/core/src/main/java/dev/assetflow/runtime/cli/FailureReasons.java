package dev.assetflow.runtime.cli;

import dev.assetflow.runtime.AssetResult;
import dev.assetflow.runtime.MaterializeResult;
import java.io.PrintWriter;

/**
 * The whole reason of every failed asset of a run, after its one-line summary in the result table: a schema
 * diff is column by column, and each cause follows on its own line. The command line shows it whether or not
 * an SLF4J binding prints the log.
 */
final class FailureReasons {

    private FailureReasons() {
    }

    static void print(MaterializeResult result, PrintWriter out) {
        for (AssetResult failed : result.failed()) {
            String where = failed.partition().map(p -> failed.key() + " [" + p + "]").orElse(failed.key());
            out.println();
            out.println(where + " failed:");
            out.println(indent(text(failed.error().orElse(null), failed.detail())));
        }
    }

    /** The exception's type and message, then each cause whose message adds something, one per line. */
    static String text(Throwable error, String fallback) {
        if (error == null) {
            return fallback;
        }
        StringBuilder text = new StringBuilder();
        String previous = null;
        for (Throwable e = error; e != null; e = e.getCause() == e ? null : e.getCause()) {
            String message = e.getMessage();
            if (previous != null && message != null && previous.contains(message)) {
                continue;
            }
            if (text.length() > 0) {
                text.append("\ncaused by ");
            }
            text.append(e.getClass().getSimpleName()).append(message == null ? "" : ": " + message);
            previous = message;
        }
        return text.toString();
    }

    private static String indent(String text) {
        return "  " + text.replace("\n", "\n  ");
    }
}
