package dev.assetflow.runtime;

import java.util.Map;
import java.util.Objects;

/**
 * How one asset check ended in a run.
 *
 * @param check the check's name
 * @param asset the checked asset's key
 * @param partition the partition checked, or {@code null}
 * @param status passed, failed, or error when the check threw
 * @param blocking whether a failure skips the asset's downstream
 * @param description the check's description of the outcome, or the error
 * @param metadata the figures the check returned
 */
public record CheckOutcome(String check, String asset, String partition, CheckStatus status, boolean blocking,
        String description, Map<String, Object> metadata) {

    public CheckOutcome {
        Objects.requireNonNull(check, "check");
        Objects.requireNonNull(asset, "asset");
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(description, "description");
        metadata = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(metadata));
    }

    /** Whether the asset passed. */
    public boolean passed() {
        return status == CheckStatus.PASSED;
    }

    @Override
    public String toString() {
        return asset + ":" + check + " " + status + (blocking ? " (blocking)" : "") + ": " + description
                + (metadata.isEmpty() ? "" : " " + metadata);
    }
}
