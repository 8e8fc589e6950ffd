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

    public MaterializationException(MaterializeResult result) {
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
        String text = result.failed().size() + " of " + result.assets().size() + " assets failed:\n" + failed;
        if (!result.skipped().isEmpty()) {
            text += "\nskipped: " + result.skipped().stream().map(AssetResult::key)
                    .collect(Collectors.joining(", "));
        }
        return text;
    }
}
