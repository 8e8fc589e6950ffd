/**
 * Names, messages and annotation reading shared by every stage of the processor.
 *
 * <p>Internal to the Assetflow annotation processor: public only so the processor's packages can share it; not
 * an API.
 */
package dev.assetflow.processor.base;
