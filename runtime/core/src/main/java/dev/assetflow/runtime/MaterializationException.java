package dev.assetflow.runtime;

import java.util.Objects;
import java.util.stream.Collectors;

/**
 * Thrown by {@link Materializer} when at least one asset failed, after every asset that could still run
 * has run. {@link #result()} has the status of every asset; the cause is the first failure.
 */
public class MaterializationException extends AssetflowException {

    private static final long serialVersionUID = 1L;

    private final transient MaterializeResult result;

    MaterializationException(MaterializeResult result) {
        super(message(result), result.failed().stream()
                .flatMap(r -> r.error().stream())
                .findFirst()
                .orElse(null));
        this.result = Objects.requireNonNull(result, "result");
    }

    /** The outcome of every asset of the run. */
    public MaterializeResult result() {
        return result;
    }

    private static String message(MaterializeResult result) {
        String failed = result.failed().stream()
                .map(r -> "  " + r.key() + ": " + r.detail())
                .collect(Collectors.joining("\n"));
        String text = failed.isEmpty() ? "a blocking check did not pass"
                : result.failed().size() + " of " + Plural.of(result.assets().size(), "asset") + " failed:\n" + failed;
        String checks = result.failedChecks().stream().filter(CheckOutcome::blocking)
                .map(c -> "  " + c.asset() + ":" + c.check() + " " + c.status() + ": " + c.description())
                .collect(Collectors.joining("\n"));
        if (!checks.isEmpty()) {
            text += "\nblocking checks that did not pass:\n" + checks;
        }
        if (!result.skipped().isEmpty()) {
            text += "\nskipped: " + result.skipped().stream().map(r -> r.key() + " (" + r.detail() + ")")
                    .collect(Collectors.joining(", "));
        }
        return text;
    }
}
