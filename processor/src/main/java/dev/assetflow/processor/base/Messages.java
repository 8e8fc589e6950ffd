package dev.assetflow.processor.base;

import dev.assetflow.processor.model.DecimalAnnotation;
import java.util.List;
import java.util.Optional;

/**
 * Every message the processor prints. Each starts with a stable tag such as
 * {@code [assetflow:unknown-input]}, names the thing, says what is wrong and how to fix it; a warning's tag is
 * its {@link Warning#tag()}, and its text says how to silence it.
 */
public final class Messages {

    /** The Java types a record component may have, as listed in messages. */
    public static final String SUPPORTED_COLUMN_TYPES = "boolean, byte, short, int, long, float, double and their"
            + " boxes, BigDecimal, String, LocalDate, LocalTime, LocalDateTime, Instant, OffsetDateTime, UUID,"
            + " byte[] and enums";

    /** The supported option naming the package of the generated {@code Pipeline}. */
    public static final String PACKAGE_OPTION = "assetflow.package";
    /** The supported option naming the generated {@code Pipeline} class (default {@code Pipeline}). */
    public static final String NAME_OPTION = "assetflow.pipeline";
    /**
     * The supported option saying which assets get a generated jOOQ table class: {@code auto} (the default: every
     * asset and source asset of a compilation declaring a SQL asset or SQL check), {@code all} or {@code none}.
     */
    public static final String TABLES_OPTION = "assetflow.tables";

    private Messages() {
    }

    private static String didYouMean(Optional<String> suggestion) {
        return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    // ---- graph

    /** How messages name an asset that reads inputs: {@code asset 'sales_summary'}. */
    public static String asset(String key) {
        return "asset '" + key + "'";
    }

    /** How messages name a check that reads inputs: {@code check 'positive' of asset 'sales'}. */
    public static String check(String name, String asset) {
        return "check '" + name + "' of asset '" + asset + "'";
    }

    /** {@code reader} is {@link #asset(String)} or {@link #check(String, String)}. */
    public static String unknownInput(String upstream, Optional<String> suggestion, String parameter, String reader) {
        return "[assetflow:unknown-input] no asset named '" + upstream + "'" + didYouMean(suggestion)
                + ": parameter " + parameter + " of " + reader + " reads it; name an @Asset or @SourceAsset of this"
                + " module or of a module on its class path in @Input(\"...\")";
    }

    public static String unknownDep(String upstream, Optional<String> suggestion, String asset) {
        return "[assetflow:unknown-dep] no asset named '" + upstream + "'" + didYouMean(suggestion)
                + ": asset '" + asset + "' lists it in deps; name an @Asset or @SourceAsset of this module or of a module"
                + " on its class path";
    }

    /** {@code cycle} is the cycle in data-flow order starting and ending at {@code asset}. */
    public static String cycle(String asset, List<String> cycle) {
        return "[assetflow:cycle] asset '" + asset + "' is part of a cycle: " + String.join(" -> ", cycle)
                + " (each feeds the next); remove one of these @Input parameters or deps";
    }

    public static String duplicateKey(String key, List<String> methods) {
        return "[assetflow:duplicate-key] asset key '" + key + "' is declared by " + String.join(" and ", methods)
                + ", and each asset needs its own table; give one of them another @Asset(name = \"...\")";
    }

    // ---- methods and parameters

    public static String notStatic(String method) {
        return "[assetflow:not-static] @Asset method " + method + " is not static; asset methods are called"
                + " without an instance, declare it public static";
    }

    public static String notPublic(String method) {
        return "[assetflow:not-public] @Asset method " + method + " is not public; the generated Pipeline"
                + " calls it, declare it public static";
    }

    public static String genericMethod(String method) {
        return "[assetflow:generic-method] @Asset method " + method + " declares type parameters; asset"
                + " methods must not be generic, use concrete record types";
    }

    public static String inaccessibleType(String type, String method, String pipelinePackage) {
        return "[assetflow:inaccessible-type] " + type + ", used by @Asset method " + method
                + ", is not accessible from package " + packageName(pipelinePackage)
                + " of the generated Pipeline; make it public (and static if it is nested)";
    }

    public static String unsupportedReturn(String method, String type) {
        return "[assetflow:unsupported-return] @Asset method " + method + " returns " + type
                + "; asset methods must return List<R> or Stream<R> of a record type R";
    }

    public static String notAnInput(String parameter) {
        return "[assetflow:not-an-input] parameter " + parameter + " is not an @Input, a @Resource or an"
                + " AssetContext; parameters of asset and check methods must be @Input List<R> or Stream<R> of a"
                + " record R, @Resource of a class or interface type, or dev.assetflow.runtime.AssetContext";
    }

    public static String inputAndResource(String parameter) {
        return "[assetflow:input-and-resource] parameter " + parameter + " is annotated both @Input and @Resource;"
                + " keep @Input to read an asset's rows or @Resource to receive a resource";
    }

    public static String unsupportedResource(String parameter, String type) {
        return "[assetflow:unsupported-resource] @Resource parameter " + parameter + " has type " + type
                + "; resources are looked up by class, so declare a non-generic class or interface type"
                + " (not a primitive, an array, a List or a Stream)";
    }

    public static String annotatedContext(String parameter, String annotation) {
        return "[assetflow:annotated-context] parameter " + parameter + " is an AssetContext annotated "
                + annotation + "; the runtime injects the asset context by its type, remove " + annotation;
    }

    public static String resourceOutsideAsset(String parameter, String method) {
        return "[assetflow:resource-outside-asset] @Resource on parameter " + parameter + " of " + method
                + ", which is neither an @Asset nor an @AssetCheck method; annotate the method or remove @Resource";
    }

    public static String annotationOutsideAsset(String annotation, String method) {
        return "[assetflow:not-on-asset] " + annotation + " on " + method + ", which is not an @Asset method;"
                + " annotate the method with @Asset or remove " + annotation;
    }

    // ---- partitions

    public static String multiplePartitions(String method, List<String> annotations) {
        return "[assetflow:multiple-partitions] @Asset method " + method + " is annotated "
                + String.join(" and ", annotations) + "; an asset is partitioned one way, keep one of them";
    }

    public static String unknownPartitionColumn(String annotation, String column, String asset,
            Optional<String> suggestion, String columns) {
        return "[assetflow:unknown-partition-column] " + annotation + " of asset '" + asset + "' names column '"
                + column + "', which its row type does not have" + didYouMean(suggestion) + "; its columns are: "
                + columns;
    }

    public static String partitionColumnType(String annotation, String column, String asset, String type,
            String expected) {
        return "[assetflow:partition-column-type] " + annotation + " of asset '" + asset + "' partitions by column '"
                + column + "' of type " + type + "; " + annotation + " needs a column of type " + expected;
    }

    public static String nullablePartitionColumn(String annotation, String column, String asset) {
        return "[assetflow:nullable-partition-column] " + annotation + " of asset '" + asset + "' partitions by"
                + " nullable column '" + column + "', but a row without a value belongs to no partition; make the"
                + " component non-null";
    }

    public static String invalidPartitionBound(String annotation, String attribute, String value, String asset,
            String format) {
        return "[assetflow:invalid-partition-bound] " + attribute + " '" + value + "' of " + annotation + " on asset '"
                + asset + "' is not a valid " + format;
    }

    public static String partitionRange(String annotation, String start, String end, String asset) {
        return "[assetflow:partition-range] " + annotation + " of asset '" + asset + "' starts at " + start
                + ", after its end " + end + "; make start at most end";
    }

    public static String noStaticPartitions(String asset) {
        return "[assetflow:no-partitions] @StaticPartitions of asset '" + asset + "' lists no values; list at least"
                + " one partition key";
    }

    public static String blankStaticPartition(String asset) {
        return "[assetflow:blank-partition] @StaticPartitions of asset '" + asset + "' lists an empty value;"
                + " partition keys must not be blank";
    }

    public static String duplicateStaticPartition(String value, String asset) {
        return "[assetflow:duplicate-partition] @StaticPartitions of asset '" + asset + "' lists '" + value
                + "' more than once; list each partition key once";
    }

    public static String partitionNotAnEnumConstant(String value, String asset, String enumType,
            Optional<String> suggestion, List<String> constants) {
        return "[assetflow:partition-not-a-constant] @StaticPartitions of asset '" + asset + "' lists '" + value
                + "', which is not a constant of " + enumType + didYouMean(suggestion) + "; its constants are: "
                + String.join(", ", constants);
    }

    // ---- retries

    public static String retryAttempts(String method, int attempts) {
        return "[assetflow:retry-attempts] @Retry(attempts = " + attempts + ") on " + method
                + " makes no attempt; attempts counts the first one too, use 1 or more";
    }

    public static String retryDelay(String method, long delayMillis) {
        return "[assetflow:retry-delay] @Retry(delayMillis = " + delayMillis + ") on " + method
                + " is negative; use 0 or more milliseconds";
    }

    public static String retryBackoff(String method, double backoff) {
        return "[assetflow:retry-backoff] @Retry(backoff = " + backoff + ") on " + method
                + " would shrink the delay; use a factor of 1.0 (a constant delay) or more";
    }

    // ---- source assets

    public static String sourceNotARecord(String type) {
        return "[assetflow:source-not-a-record] @SourceAsset " + type + " is not a record; declare the source"
                + " table's row type as a record whose components are its columns";
    }

    public static String sourceCollidesWithAsset(String key, String type, List<String> methods) {
        return "[assetflow:source-key-taken] source asset key '" + key + "' of " + type + " is also the key of @Asset "
                + String.join(" and ", methods) + "; a table is either computed here or produced elsewhere, rename"
                + " one of them";
    }

    public static String duplicateSourceKey(String key, List<String> types) {
        return "[assetflow:duplicate-key] source asset key '" + key + "' is declared by " + String.join(" and ", types)
                + "; give each source asset its own name";
    }

    // ---- asset checks

    public static String checkNotStatic(String method) {
        return "[assetflow:not-static] @AssetCheck method " + method + " is not static; check methods are called"
                + " without an instance, declare it public static";
    }

    public static String checkNotPublic(String method) {
        return "[assetflow:not-public] @AssetCheck method " + method + " is not public; the generated Pipeline"
                + " calls it, declare it public static";
    }

    public static String genericCheck(String method) {
        return "[assetflow:generic-method] @AssetCheck method " + method + " declares type parameters; check"
                + " methods must not be generic";
    }

    public static String checkReturn(String method, String type) {
        return "[assetflow:check-return] @AssetCheck method " + method + " returns " + type + "; check methods must"
                + " return dev.assetflow.runtime.CheckResult (CheckResult.passed(...) or CheckResult.failed(...))";
    }

    public static String unknownCheckedAsset(String asset, Optional<String> suggestion, String method) {
        return "[assetflow:unknown-checked-asset] no asset named '" + asset + "'" + didYouMean(suggestion)
                + ": @AssetCheck method " + method + " checks it; name an @Asset or @SourceAsset of this"
                + " module or of a module on its class path in @AssetCheck(asset = \"...\")";
    }

    public static String duplicateCheck(String name, String asset, List<String> methods) {
        return "[assetflow:duplicate-check] asset '" + asset + "' has two checks named '" + name + "': "
                + String.join(" and ", methods) + "; give one of them another @AssetCheck(name = \"...\")";
    }

    public static String blankCheckName(String method) {
        return "[assetflow:blank-check-name] @AssetCheck method " + method + " has a blank name; leave name out to"
                + " use the method name in snake_case, or give it one";
    }

    public static String assetAndCheck(String method) {
        return "[assetflow:asset-and-check] " + method + " is annotated both @Asset and @AssetCheck; a method either"
                + " computes an asset or checks one, keep one annotation";
    }

    public static String unsupportedInput(String parameter, String type) {
        return "[assetflow:unsupported-input] @Input parameter " + parameter + " has type " + type
                + "; inputs must be List<R> or Stream<R> of a record type R";
    }

    public static String inputOutsideAsset(String parameter, String method) {
        return "[assetflow:input-outside-asset] @Input on parameter " + parameter + " of " + method
                + ", which is neither an @Asset nor an @AssetCheck method; annotate the method or remove @Input";
    }

    // ---- row types

    public static String notARecord(String type, String usage) {
        return "[assetflow:not-a-record] " + type + " is not a record; the rows of " + usage
                + " must be a record type whose components are the columns";
    }

    public static String genericRecord(String type) {
        return "[assetflow:generic-record] record " + type + " declares type parameters; row types must not be"
                + " generic, declare a record with concrete component types";
    }

    public static String noColumns(String type) {
        return "[assetflow:no-columns] record " + type + " has no components; a row type needs at least one"
                + " column";
    }

    public static String unsupportedColumnType(String component, String record, String type) {
        return "[assetflow:unsupported-column-type] component " + component + " of " + record + " has type " + type
                + ", which has no column type; supported: " + SUPPORTED_COLUMN_TYPES;
    }

    public static String nullablePrimitive(String component, String record, String type, String box) {
        return "[assetflow:nullable-primitive] component " + component + " of " + record + " is @Nullable, but "
                + type + " cannot hold null; use " + box + " or remove @Nullable";
    }

    public static String decimalOnNonDecimal(String component, String record, String type) {
        return "[assetflow:decimal-not-bigdecimal] @Decimal on component " + component + " of " + record
                + ", which is a " + type + "; @Decimal applies to BigDecimal components only";
    }

    public static String decimalPrecision(String component, String record, int precision) {
        return "[assetflow:decimal-precision] precision " + precision + " of component " + component + " of " + record
                + " is out of range; use a precision from 1 to 38";
    }

    public static String decimalScale(String component, String record, int scale, int precision) {
        return "[assetflow:decimal-scale] scale " + scale + " of component " + component + " of " + record
                + " is out of range; use a scale from 0 to the precision " + precision;
    }

    /** A warning: the column of an {@code OffsetDateTime} component keeps the instant, not the offset. */
    public static String offsetNotStored(String component, String record, String column) {
        return Warning.OFFSET_NOT_STORED.tag() + " component " + component + " of " + record + " is an OffsetDateTime,"
                + " but column '" + column + "' keeps only its instant: it reads back at offset Z, not at the offset"
                + " written (12:30+05:30 reads as 07:00Z); declare the component Instant, or keep the offset in a"
                + " column of its own, or add @SuppressWarnings(\"" + Warning.OFFSET_NOT_STORED.key() + "\")";
    }

    public static String duplicateColumn(String column, String record, String first, String second) {
        return "[assetflow:duplicate-column] components " + first + " and " + second + " of " + record
                + " both become column '" + column + "'; rename one of them";
    }

    // ---- names

    public static String invalidName(String what, String name) {
        return "[assetflow:invalid-name] " + what + " '" + name + "' is not a valid SQL identifier; use lowercase"
                + " letters, digits and underscores, starting with a letter or underscore, at most "
                + Names.MAX_SQL_IDENTIFIER_LENGTH + " characters";
    }

    // ---- input compatibility

    public static String missingColumn(String parameter, String reader, String column, String component,
            String record, String upstream, Optional<String> suggestion, String upstreamColumns) {
        return "[assetflow:missing-column] input " + parameter + " of " + reader + " reads column '" + column
                + "' (component " + component + " of " + record + "), but asset '" + upstream
                + "' has no such column" + didYouMean(suggestion) + "; its columns are: " + upstreamColumns;
    }

    public static String incompatibleColumn(String parameter, String reader, String column, String componentType,
            String upstream, String upstreamType) {
        return "[assetflow:incompatible-column] input " + parameter + " of " + reader + " reads column '"
                + column + "' as " + componentType + ", but asset '" + upstream + "' stores it as " + upstreamType
                + "; declare the component as " + upstreamType + " or a wider type";
    }

    public static String narrowingDecimal(String component, String record, String column, int precision, int scale,
            String upstream, int upstreamPrecision, int upstreamScale, String parameter, String reader) {
        int fraction = Math.max(scale, upstreamScale);
        int whole = Math.max(precision - scale, upstreamPrecision - upstreamScale);
        return "[assetflow:narrowing-decimal] component " + component + " of " + record + " reads column '" + column
                + "' of asset '" + upstream + "', stored as DECIMAL(" + upstreamPrecision + "," + upstreamScale
                + "), into DECIMAL(" + precision + "," + scale + "), which holds "
                + (scale < upstreamScale ? "fewer fraction digits" : "fewer integer digits")
                + " (input " + parameter + " of " + reader + "); declare @Decimal(precision = "
                + Math.min(DecimalAnnotation.MAX_PRECISION, whole + fraction) + ", scale = " + fraction
                + ") or wider";
    }

    public static String nullableColumn(String parameter, String reader, String column, String upstream,
            String componentType) {
        return "[assetflow:nullable-column] input " + parameter + " of " + reader + " reads nullable column '"
                + column + "' of asset '" + upstream + "' into non-null " + componentType
                + "; declare the component as a @Nullable reference type";
    }

    // ---- processing

    public static String unresolvedTypes(String method) {
        return unresolvedTypes("@Asset method", method);
    }

    /** {@code what} is {@code @Asset method}, {@code @AssetCheck method} or {@code @SourceAsset}. */
    public static String unresolvedTypes(String what, String element) {
        return "[assetflow:unresolved-type] " + what + " " + element + " was not processed because some of its"
                + " types could not be resolved; fix the other errors first";
    }

    public static String lateAsset(String method) {
        return lateAsset("@Asset method", method);
    }

    /** {@code what} is {@code @Asset method}, {@code @AssetCheck method} or {@code @SourceAsset}. */
    public static String lateAsset(String what, String element) {
        return "[assetflow:late-asset] " + what + " " + element + " appeared in a later annotation-processing round,"
                + " after the asset graph of this compilation was checked and its Pipeline generated, so it cannot"
                + " be part of it; declare it in a source file rather than generating it with another processor";
    }

    public static String internalError(String element, Throwable error) {
        return "[assetflow:internal-error] internal error while processing " + element + ": " + error
                + "; please report this with the declaration";
    }

    public static String invalidPackageOption(String value) {
        return "[assetflow:invalid-package] -A" + PACKAGE_OPTION + "=" + value + " is not a Java package name;"
                + " use a dotted name such as com.acme.pipeline";
    }

    public static String noCommonPackage(List<String> packages) {
        return "[assetflow:no-common-package] assets are declared in packages " + String.join(", ", packages)
                + ", which share no package to put the generated Pipeline in; annotate one package with"
                + " @AssetPipeline or set -A" + PACKAGE_OPTION + "=...";
    }

    public static String pipelineExists(String pipeline) {
        return "[assetflow:pipeline-exists] a type named " + pipeline + " already exists, so the generated Pipeline"
                + " cannot be written there; rename that type, or place the pipeline elsewhere with"
                + " @AssetPipeline(name = \"...\") on its package or -A" + PACKAGE_OPTION + "=...";
    }

    // ---- modules, pipelines and metadata

    public static String invalidPipelineName(String name, String where) {
        return "[assetflow:invalid-pipeline-name] " + where + " names the pipeline class '" + name + "', which is not"
                + " a Java identifier; use a class name such as ShopPipeline";
    }

    /** {@code annotated} are the packages annotated {@code @AssetPipeline}. */
    public static String ambiguousPipeline(String type, String packageName, List<String> annotated) {
        return "[assetflow:ambiguous-pipeline] " + type + " declares assets in " + packageName(packageName)
                + ", which no package annotated @AssetPipeline encloses, while this module places its pipelines with"
                + " @AssetPipeline on " + String.join(", ", annotated) + "; annotate a package enclosing it, or set -A"
                + PACKAGE_OPTION + "=... for the assets outside annotated packages";
    }

    /** {@code types} are the types the other module's pipeline owns. */
    public static String pipelineOfOtherModule(String pipeline, List<String> types) {
        return "[assetflow:pipeline-exists] " + pipeline + " is the pipeline of another module on the class path"
                + " (generated for " + String.join(", ", types) + "), so this module cannot generate a class of that"
                + " name; give this module's pipeline its own package or name with @AssetPipeline or -A"
                + PACKAGE_OPTION + "=...";
    }

    public static String missingMetadata(String type, String pipeline) {
        return "[assetflow:missing-metadata] " + type + " belonged to pipeline " + pipeline + " when it was last"
                + " compiled, but its Assetflow metadata is missing from the class path, so its assets cannot join"
                + " the pipeline; recompile it (with dev.assetflow.processor.AssetMetadataProcessor on the processor"
                + " path) or rebuild the module";
    }

    public static String unreadableMetadata(String marker, String reason) {
        return "[assetflow:unreadable-metadata] the Assetflow metadata " + marker + " on the class path cannot be"
                + " read (" + reason + "); rebuild the module that contains it";
    }

    public static String metadataVersion(String marker, String version, int supported) {
        return "[assetflow:metadata-version] the Assetflow metadata " + marker + " on the class path is in format "
                + version + ", which this processor does not know (it reads format "
                + supported + "); build every module with the same"
                + " Assetflow version";
    }

    /** {@code user} says which upstream asset, check or source asset uses the type. */
    public static String inaccessibleUpstreamType(String type, String user, String pipelinePackage) {
        return "[assetflow:inaccessible-type] " + type + ", used by " + user + " of a module on the class path, is"
                + " not accessible from package " + packageName(pipelinePackage) + " of the generated Pipeline, which"
                + " runs that asset too; make it public in its module";
    }

    private static String packageName(String pipelinePackage) {
        return pipelinePackage.isEmpty() ? "(the unnamed package)" : pipelinePackage;
    }

    // ---- SQL assets

    public static String sqlAssetWithoutRow(String method, String type) {
        return "[assetflow:sql-row] SQL asset method " + method + " returns " + type + " but names no row record;"
                + " add @Asset(row = YourRecord.class), a record whose components are the query's columns in order";
    }

    public static String sqlRowNotARecord(String method, String type) {
        return "[assetflow:sql-row] @Asset(row = " + type + ".class) on " + method + " is not a record; the row of a"
                + " SQL asset is a record whose components are the query's columns in order";
    }

    public static String rowOnJavaAsset(String method) {
        return "[assetflow:row-on-java-asset] @Asset(row = ...) on " + method + ", which does not return a jOOQ"
                + " Select; row names the record of SQL assets only (the rows of List<R> or Stream<R> are R):"
                + " remove it";
    }

    public static String sqlSelectType(String method, String type) {
        return "[assetflow:sql-select-type] SQL asset method " + method + " returns " + type + "; declare"
                + " Select<RecordN<...>> with one type argument per column of the row record, such as"
                + " Select<Record2<String, Double>> (org.jooq.Record1 to Record22)";
    }

    public static String sqlColumnCount(String method, int fields, String record, int columns, String names) {
        return "[assetflow:sql-column-count] SQL asset method " + method + " selects " + fields + " column"
                + (fields == 1 ? "" : "s") + ", but its row record " + record + " has " + columns + " (" + names
                + "); select one field per component, in the record's order";
    }

    public static String sqlColumnType(String method, int position, String field, String column, String record,
            String columnType) {
        return "[assetflow:sql-column-type] SQL asset method " + method + ": column " + position + " of the query is "
                + field + ", but column '" + column + "' (component " + position + " of " + record + ") is "
                + columnType + "; select a field of that type (coerce or cast the expression) or change the record";
    }

    public static String sqlInputNotTable(String parameter, String method, String type) {
        return "[assetflow:sql-input] @Input parameter " + parameter + " of SQL asset method " + method + " has type "
                + type + "; a SQL asset reads its inputs inside the database: declare the parameter as the table"
                + " class generated for the upstream asset (such as CleanSalesDataTable for clean_sales_data)";
    }

    public static String sqlParameter(String parameter, String method) {
        return "[assetflow:sql-parameter] parameter " + parameter + " of SQL asset method " + method + " is not an"
                + " @Input table; the query of a SQL asset is built from its input tables only (it runs inside the"
                + " database), so remove the parameter";
    }

    public static String tableInputOfJavaCode(String parameter, String method, String type) {
        return "[assetflow:table-input] @Input parameter " + parameter + " of " + method + " is the generated table "
                + type + ", which only SQL assets (returning a jOOQ Select) read; read the rows as List<R> or"
                + " Stream<R>, or make the method a SQL asset";
    }

    public static String tableClassExists(String table, String key) {
        return "[assetflow:table-class-exists] cannot generate " + table + ", the jOOQ table of asset '" + key
                + "': a type of that name exists; rename that type or the asset";
    }

    public static String invalidTablesOption(String value) {
        return "[assetflow:invalid-tables-option] -A" + TABLES_OPTION + "=" + value + " is not a valid value; use"
                + " auto (the default: tables for every asset of a compilation that declares a SQL asset or SQL"
                + " check), all (tables for every asset, for SQL assets of downstream modules) or none";
    }

    /**
     * {@code type} is the type of the parameter as written; {@code tablesOff} whether this compilation sets
     * {@code -Aassetflow.tables=none}.
     */
    public static String missingTable(String parameter, String method, String type, boolean tablesOff) {
        String why = tablesOff
                ? "this compilation sets -A" + TABLES_OPTION + "=none, so no table class is generated; remove the"
                        + " option to generate the tables of this module's assets"
                : "check its spelling; the table of an asset of this module is generated because this compilation"
                        + " declares a SQL asset, and the table of an asset of another module exists only if that"
                        + " module declares a SQL asset or SQL check or is compiled with -A" + TABLES_OPTION + "=all";
        return "[assetflow:missing-table] @Input parameter " + parameter + " of SQL method " + method + " has type "
                + type + ", which does not exist; " + why;
    }
}
