package dev.assetflow.runtime;

import java.util.Objects;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * What an asset or check knows about the run it is part of. An asset method parameter of this type is
 * injected by the generated code with {@link AssetInputs#context()}; it needs no annotation.
 */
public final class AssetContext {

    private final String runId;
    private final String assetKey;
    private final String partitionKey;
    private final int attempt;
    private final Logger log;

    private AssetContext(String runId, String assetKey, String partitionKey, int attempt) {
        this.runId = Objects.requireNonNull(runId, "runId");
        this.assetKey = Objects.requireNonNull(assetKey, "assetKey");
        this.partitionKey = partitionKey;
        this.attempt = attempt;
        this.log = LoggerFactory.getLogger("assetflow.asset." + assetKey);
    }

    /** A context for calling an asset method from a unit test. */
    public static AssetContext of(String runId, String assetKey, String partitionKey) {
        return new AssetContext(runId, assetKey, partitionKey, 1);
    }

    static AssetContext of(String runId, String assetKey, String partitionKey, int attempt) {
        return new AssetContext(runId, assetKey, partitionKey, attempt);
    }

    /** The id of the run, as recorded in {@code assetflow_runs}. */
    public String runId() {
        return runId;
    }

    /** The key of the asset being materialized (or checked). */
    public String assetKey() {
        return assetKey;
    }

    /** The partition being materialized, if the run targets one. */
    public Optional<String> partitionKey() {
        return Optional.ofNullable(partitionKey);
    }

    /** The attempt, 1 for the first; greater after a failure when the asset has a retry policy. */
    public int attempt() {
        return attempt;
    }

    /** A logger named {@code assetflow.asset.<key>}. */
    public Logger log() {
        return log;
    }

    @Override
    public String toString() {
        return "AssetContext[run " + runId + ", asset " + assetKey
                + (partitionKey == null ? "" : ", partition " + partitionKey) + ", attempt " + attempt + "]";
    }
}
