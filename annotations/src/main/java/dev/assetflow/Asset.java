package dev.assetflow;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Declares a software-defined asset: a {@code public static} method whose returned rows are stored as a
 * table named after the asset.
 *
 * <p>The method returns {@code List<R>} or {@code Stream<R>} where {@code R} is a record; every record
 * component becomes a column. Parameters annotated with {@link Input} receive the rows of upstream assets.
 * The Assetflow annotation processor checks the whole graph at compile time and generates a
 * {@code Pipeline} class that materializes it.
 *
 * <p>A <em>SQL asset</em> instead returns a jOOQ {@code Select<RecordN<...>>} over the generated tables of its
 * inputs (each {@code @Input} parameter is the upstream's generated {@code ...Table} class) and names its row
 * record with {@link #row()}; the query runs inside the database and its rows never enter the JVM.
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.METHOD)
public @interface Asset {

    /** The asset key and table name; defaults to the method name in snake_case. */
    String name() default "";

    /** A human readable description, shown in listings and the run history. */
    String description() default "";

    /** The database schema holding the table; defaults to the IO manager's default schema. */
    String schema() default "";

    /** The name of the IO manager that stores this asset. */
    String io() default "default";

    /** Keys of upstream assets this asset depends on without loading their rows. */
    String[] deps() default {};

    /** The group this asset belongs to, for selection and listings. */
    String group() default "default";

    /**
     * What writing the asset does when its table exists with other columns than the record; by default
     * whatever its IO manager is configured with. A materializer can override it per asset.
     */
    SchemaChange onSchemaChange() default SchemaChange.IO_MANAGER_DEFAULT;

    /**
     * The row record of a SQL asset (one returning a jOOQ {@code Select}): its components are the table's
     * columns, and the query's columns must have their types, in their order. Leave it out on assets returning
     * {@code List} or {@code Stream}, whose row record is the element type.
     */
    Class<?> row() default void.class;
}
