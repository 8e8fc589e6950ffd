/**
 * The Assetflow annotation processors, its only API: {@link dev.assetflow.processor.AssetflowProcessor} checks
 * the asset graph and generates the pipelines; {@link dev.assetflow.processor.AssetMetadataProcessor} writes the
 * metadata that downstream modules and partial compilations read back ({@code metadata}). They work in three
 * stages: build the model ({@code model}), check it ({@code validation}), and generate from a clean model
 * ({@code generation}).
 */
package dev.assetflow.processor;
