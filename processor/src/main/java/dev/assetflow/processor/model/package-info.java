/**
 * The model of a compilation's assets, built from javac elements: what was declared, right or wrong.
 *
 * <p>Internal to the Assetflow annotation processor: public only so the processor's packages can share it; not
 * an API.
 */
package dev.assetflow.processor.model;
