package dev.assetflow.processor.validation;

import dev.assetflow.processor.base.Messages;
import dev.assetflow.processor.model.AssetDeclaration;
import dev.assetflow.processor.model.RetryDeclaration;
import java.util.Optional;

/** {@code @Retry} makes at least one attempt, never waits a negative time, and never shrinks its delay. */
final class RetryValidator implements AssetValidator {

    @Override
    public void validate(AssetDeclaration asset, ValidationContext context, ValidationReport.Builder report) {
        if (asset.retry().isEmpty()) {
            return;
        }
        RetryDeclaration retry = asset.retry().get();
        String method = asset.methodReference();
        var mirror = Optional.of(retry.mirror());
        if (retry.attempts() < 1) {
            report.error(Messages.retryAttempts(method, retry.attempts()), asset.method(), mirror,
                    Optional.of(retry.attemptsValue()));
        }
        if (retry.delayMillis() < 0) {
            report.error(Messages.retryDelay(method, retry.delayMillis()), asset.method(), mirror,
                    Optional.of(retry.delayValue()));
        }
        if (!(retry.backoff() >= 1.0)) {
            report.error(Messages.retryBackoff(method, retry.backoff()), asset.method(), mirror,
                    Optional.of(retry.backoffValue()));
        }
    }
}
