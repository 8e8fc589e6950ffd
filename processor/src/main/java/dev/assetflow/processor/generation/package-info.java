/**
 * Generates the Pipeline class from a validated model with JavaPoet;
 * {@link dev.assetflow.processor.generation.SourceWriter} is the only class that writes files.
 *
 * <p>Internal to the Assetflow annotation processor: public only so the processor's packages can share it; not
 * an API.
 */
package dev.assetflow.processor.generation;
