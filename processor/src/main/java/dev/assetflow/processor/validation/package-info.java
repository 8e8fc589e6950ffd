/**
 * Checks on the asset model, one validator per concern, collected into a report of diagnostics on elements,
 * annotations and annotation values.
 *
 * <p>Internal to the Assetflow annotation processor: public only so the processor's packages can share it; not
 * an API.
 */
package dev.assetflow.processor.validation;
