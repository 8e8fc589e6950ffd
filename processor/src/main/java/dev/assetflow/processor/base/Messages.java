package dev.assetflow.processor.base;

import java.util.List;
import java.util.Optional;

/**
 * Every message the processor prints. Each starts with a stable tag such as
 * {@code [assetflow:unknown-input]}, names the thing, says what is wrong and how to fix it.
 */
public final class Messages {

    /** The Java types a record component may have, as listed in messages. */
    public static final String SUPPORTED_COLUMN_TYPES = "boolean, byte, short, int, long, float, double and their"
            + " boxes, BigDecimal, String, LocalDate, LocalTime, LocalDateTime, Instant, OffsetDateTime, UUID,"
            + " byte[] and enums";

    /** The supported option naming the package of the generated {@code Pipeline}. */
    public static final String PACKAGE_OPTION = "assetflow.package";

    private Messages() {
    }

    private static String didYouMean(Optional<String> suggestion) {
        return suggestion.map(s -> " (did you mean '" + s + "'?)").orElse("");
    }

    // ---- graph

    public static String unknownInput(String upstream, Optional<String> suggestion, String parameter, String asset) {
        return "[assetflow:unknown-input] no asset named '" + upstream + "'" + didYouMean(suggestion)
                + ": parameter " + parameter + " of asset '" + asset + "' reads it; name an @Asset of this"
                + " compilation in @Input(\"...\")";
    }

    public static String unknownDep(String upstream, Optional<String> suggestion, String asset) {
        return "[assetflow:unknown-dep] no asset named '" + upstream + "'" + didYouMean(suggestion)
                + ": asset '" + asset + "' lists it in deps; name an @Asset of this compilation";
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
        return "[assetflow:not-an-input] parameter " + parameter + " is not an @Input; asset parameters must be"
                + " @Input List<R> or Stream<R>";
    }

    public static String unsupportedInput(String parameter, String type) {
        return "[assetflow:unsupported-input] @Input parameter " + parameter + " has type " + type
                + "; inputs must be List<R> or Stream<R> of a record type R";
    }

    public static String inputOutsideAsset(String parameter, String method) {
        return "[assetflow:input-outside-asset] @Input on parameter " + parameter + " of " + method
                + ", which is not an @Asset method; annotate the method with @Asset or remove @Input";
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

    public static String missingColumn(String parameter, String asset, String column, String component,
            String record, String upstream, Optional<String> suggestion, String upstreamColumns) {
        return "[assetflow:missing-column] input " + parameter + " of asset '" + asset + "' reads column '" + column
                + "' (component " + component + " of " + record + "), but asset '" + upstream
                + "' has no such column" + didYouMean(suggestion) + "; its columns are: " + upstreamColumns;
    }

    public static String incompatibleColumn(String parameter, String asset, String column, String componentType,
            String upstream, String upstreamType) {
        return "[assetflow:incompatible-column] input " + parameter + " of asset '" + asset + "' reads column '"
                + column + "' as " + componentType + ", but asset '" + upstream + "' stores it as " + upstreamType
                + "; declare the component as " + upstreamType + " or a wider type";
    }

    public static String nullableColumn(String parameter, String asset, String column, String upstream,
            String componentType) {
        return "[assetflow:nullable-column] input " + parameter + " of asset '" + asset + "' reads nullable column '"
                + column + "' of asset '" + upstream + "' into non-null " + componentType
                + "; declare the component as a @Nullable reference type";
    }

    // ---- processing

    public static String unresolvedTypes(String method) {
        return "[assetflow:unresolved-type] @Asset method " + method + " was not processed because some of its"
                + " types could not be resolved; fix the other errors first";
    }

    public static String lateAsset(String method) {
        return "[assetflow:late-asset] @Asset method " + method + " appeared in a later annotation-processing round,"
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
                + ", which share no package to put the generated Pipeline in; set -A" + PACKAGE_OPTION + "=...";
    }

    public static String pipelineExists(String pipeline) {
        return "[assetflow:pipeline-exists] a type named " + pipeline + " already exists, so the generated Pipeline"
                + " cannot be written there; rename that type or set -A" + PACKAGE_OPTION + "=...";
    }

    private static String packageName(String pipelinePackage) {
        return pipelinePackage.isEmpty() ? "(the unnamed package)" : pipelinePackage;
    }
}
