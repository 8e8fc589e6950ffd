package dev.assetflow.processor.metadata;

/**
 * The names of the generated marker classes: {@code assetflow_aggregated.AssetsOf_com_acme_SalesAssets} for the
 * metadata of type {@code com.acme.SalesAssets}, {@code assetflow_aggregated.Pipeline_com_acme_Pipeline} for the
 * index of pipeline {@code com.acme.Pipeline}. Names are mangled as JNI does ({@code _} becomes {@code _1},
 * other characters than ASCII letters and digits {@code _0xxxx}), so no two types share a marker.
 */
public final class MarkerNames {

    /** The package every module's markers go to, so that a downstream compilation can list them. */
    public static final String PACKAGE = "assetflow_aggregated";
    /** The prefix of the marker of a type declaring assets, checks or source assets. */
    static final String TYPE_PREFIX = "AssetsOf_";
    /** The prefix of the marker of a generated pipeline. */
    static final String PIPELINE_PREFIX = "Pipeline_";

    private MarkerNames() {
    }

    /** The simple name of the marker of the type {@code canonicalName}. */
    public static String forType(String canonicalName) {
        return TYPE_PREFIX + mangle(canonicalName);
    }

    /** The simple name of the marker of the pipeline {@code qualifiedName}. */
    public static String forPipeline(String qualifiedName) {
        return PIPELINE_PREFIX + mangle(qualifiedName);
    }

    static String mangle(String name) {
        StringBuilder mangled = new StringBuilder(name.length() + 8);
        for (int i = 0; i < name.length(); i++) {
            char c = name.charAt(i);
            if (c == '.') {
                mangled.append('_');
            } else if (c == '_') {
                mangled.append("_1");
            } else if (c < 128 && Character.isLetterOrDigit(c)) {
                mangled.append(c);
            } else {
                mangled.append("_0").append(String.format("%04x", (int) c));
            }
        }
        return mangled.toString();
    }
}
