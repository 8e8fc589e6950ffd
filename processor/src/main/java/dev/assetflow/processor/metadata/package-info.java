/**
 * The metadata each module's compilation leaves in its class output, Hilt-style: one generated marker class
 * per type declaring assets, in the well-known package {@value dev.assetflow.processor.metadata.MarkerNames#PACKAGE},
 * and one per generated pipeline. Downstream modules and later partial compilations read them back from the
 * class path.
 *
 * <p>Internal to the Assetflow annotation processor: public only so the processor's packages can share it; not
 * an API.
 */
package dev.assetflow.processor.metadata;
