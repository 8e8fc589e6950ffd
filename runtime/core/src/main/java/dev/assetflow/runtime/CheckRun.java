package dev.assetflow.runtime;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/** Runs the checks of a freshly materialized asset and records their outcomes. */
final class CheckRun {

    private static final Logger LOG = LoggerFactory.getLogger(Materializer.class);

    private CheckRun() {
    }

    static List<CheckOutcome> runAll(AssetDefinition<?> asset, RunContext run) {
        List<CheckOutcome> outcomes = new ArrayList<>();
        for (AssetCheckDefinition check : run.graph().checks(asset.key())) {
            CheckOutcome outcome = run(check, asset, run);
            outcomes.add(outcome);
            log(outcome);
            run.recorder().check(new CheckRecord(run.runId(), asset.key(), check.name(), outcome.partition(),
                    outcome.status(), check.blocking(), outcome.description(), metadataText(outcome.metadata()),
                    Instant.now()));
            run.listener().checkFinished(outcome);
        }
        return outcomes;
    }

    private static CheckOutcome run(AssetCheckDefinition check, AssetDefinition<?> asset, RunContext run) {
        String partition = run.partitionOf(asset);
        if (check.isSql()) {
            try {
                return outcome(check, asset, partition, SqlAssetRun.check(check, asset, run));
            } catch (Exception | AssertionError e) {
                LOG.debug("check {} of {} failed to run", check.name(), asset.key(), e);
                return new CheckOutcome(check.name(), asset.key(), partition, CheckStatus.ERROR, check.blocking(),
                        AssetRun.describe(e), Map.of());
            }
        }
        AssetContext context = AssetContext.of(run.runId(), asset.key(), partition, 1);
        try (RunInputs inputs = new RunInputs("check '" + check.name() + "' of '" + asset.key() + "'",
                check.inputs(), asset.partitions().orElse(null), run, context)) {
            CheckResult result = check.computation().check(inputs);
            if (result == null) {
                return new CheckOutcome(check.name(), asset.key(), partition, CheckStatus.ERROR, check.blocking(),
                        "the check method " + check.method() + " returned null instead of a CheckResult", Map.of());
            }
            return outcome(check, asset, partition, result);
        } catch (Exception | AssertionError e) {
            LOG.debug("check {} of {} threw", check.name(), asset.key(), e);
            return new CheckOutcome(check.name(), asset.key(), partition, CheckStatus.ERROR, check.blocking(),
                    AssetRun.describe(e), Map.of());
        }
    }

    private static CheckOutcome outcome(AssetCheckDefinition check, AssetDefinition<?> asset, String partition,
            CheckResult result) {
        return new CheckOutcome(check.name(), asset.key(), partition,
                result.isPassed() ? CheckStatus.PASSED : CheckStatus.FAILED, check.blocking(),
                result.description(), nonNullValues(result.metadata()));
    }

    private static Map<String, Object> nonNullValues(Map<String, Object> metadata) {
        Map<String, Object> copy = new java.util.LinkedHashMap<>();
        metadata.forEach((k, v) -> copy.put(k, v == null ? "null" : v));
        return copy;
    }

    static String metadataText(Map<String, Object> metadata) {
        return metadata.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining(", "));
    }

    private static void log(CheckOutcome outcome) {
        if (outcome.passed()) {
            LOG.info("check {} of {} PASSED: {}", outcome.check(), outcome.asset(), outcome.description());
        } else {
            LOG.warn("check {} of {} {}{}: {}{}", outcome.check(), outcome.asset(), outcome.status(),
                    outcome.blocking() ? " (blocking; its downstream is skipped)" : "", outcome.description(),
                    outcome.metadata().isEmpty() ? "" : " " + metadataText(outcome.metadata()));
        }
    }
}
