package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an asset or check parameter that receives a user-provided resource (a client, a configuration
 * object) by its type. Resources are given to the pipeline's materializer; a missing one is reported
 * before any asset runs, naming the assets that need it.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.PARAMETER)
public @interface Resource {
}
