package dev.assetflow.runtime;

import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Objects;

/**
 * What an asset check method returns: whether the asset passed, a description, and figures to record.
 *
 * <pre>{@code
 * return negative == 0 ? CheckResult.passed("no negative amounts")
 *         : CheckResult.failed(negative + " negative amounts").withMetadata("negative_rows", negative);
 * }</pre>
 */
public final class CheckResult {

    private final boolean passed;
    private final String description;
    private final Map<String, Object> metadata;

    private CheckResult(boolean passed, String description, Map<String, Object> metadata) {
        this.passed = passed;
        this.description = Objects.requireNonNull(description, "description");
        this.metadata = Collections.unmodifiableMap(metadata);
    }

    /** The asset passed the check. */
    public static CheckResult passed(String description) {
        return new CheckResult(true, description, new LinkedHashMap<>());
    }

    /** The asset failed the check. */
    public static CheckResult failed(String description) {
        return new CheckResult(false, description, new LinkedHashMap<>());
    }

    /** A copy with one more figure, shown in results and recorded in the history as text. */
    public CheckResult withMetadata(String key, Object value) {
        Map<String, Object> copy = new LinkedHashMap<>(metadata);
        copy.put(Objects.requireNonNull(key, "key"), value);
        return new CheckResult(passed, description, copy);
    }

    public boolean isPassed() {
        return passed;
    }

    public String description() {
        return description;
    }

    /** The figures, in the order they were added. */
    public Map<String, Object> metadata() {
        return metadata;
    }

    @Override
    public String toString() {
        return (passed ? "passed" : "failed") + ": " + description + (metadata.isEmpty() ? "" : " " + metadata);
    }
}
