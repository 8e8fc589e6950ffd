/**
 * The Assetflow annotation processor. {@link dev.assetflow.processor.AssetflowProcessor} is its only API; it
 * runs in three stages: build the model ({@code model}), check it ({@code validation}), and generate the
 * Pipeline from a clean model ({@code generation}).
 */
package dev.assetflow.processor;
