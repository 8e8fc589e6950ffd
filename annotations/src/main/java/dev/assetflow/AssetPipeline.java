package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Places a generated pipeline: written on a package (in its {@code package-info.java}), it makes the assets,
 * checks and source assets declared in that package and its subpackages one pipeline, generated into that
 * package under {@link #name()}. The place stays where it is written, whatever classes are added elsewhere,
 * and two annotated packages of one module make two pipelines. An asset belongs to the pipeline of the
 * nearest annotated package above it.
 *
 * <pre>{@code
 * @AssetPipeline(name = "MartsPipeline")
 * package com.shop.marts;
 *
 * import dev.assetflow.AssetPipeline;
 * }</pre>
 *
 * <p>A package annotated in a module without assets of its own gets a pipeline of its upstream modules'
 * assets.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PACKAGE)
public @interface AssetPipeline {

    /** The simple name of the generated class. */
    String name() default "Pipeline";
}
