package dev.assetflow.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;

/**
 * A {@code @Retry} on an asset method, with its values (written or default) for checks and error positions.
 *
 * @param mirror the annotation
 * @param attempts attempts in all, including the first
 * @param attemptsValue where {@code attempts} is written (or its default)
 * @param delayMillis the delay before the second attempt
 * @param delayValue where {@code delayMillis} is written (or its default)
 * @param backoff the factor applied to the delay after each further failure
 * @param backoffValue where {@code backoff} is written (or its default)
 */
public record RetryDeclaration(
        AnnotationMirror mirror,
        int attempts,
        AnnotationValue attemptsValue,
        long delayMillis,
        AnnotationValue delayValue,
        double backoff,
        AnnotationValue backoffValue) {
}
