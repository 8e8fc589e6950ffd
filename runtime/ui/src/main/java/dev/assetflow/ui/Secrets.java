package dev.assetflow.ui;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Keeps secrets off pages: the storage URL is shown with its password, key and token values masked, and every
 * response body is scrubbed of those values (and of the access token) before it is sent, whatever message
 * carried them.
 */
final class Secrets {

    static final String MASK = "***";

    private static final Pattern USER_INFO = Pattern.compile("(//[^/:@?#]+:)([^@/?#]+)(@)");
    private static final Pattern PARAMETER_NAME = Pattern.compile("[?&;]([^=&;?]+)=");

    private final List<String> values;

    private Secrets(List<String> values) {
        this.values = values;
    }

    /** The secrets in {@code url} (which may be {@code null}) and {@code others} (such as the access token). */
    static Secrets of(String url, String... others) {
        List<String> found = new ArrayList<>();
        if (url != null) {
            Matcher user = USER_INFO.matcher(url);
            while (user.find()) {
                found.add(user.group(2));
            }
            for (int[] value : secretValues(url)) {
                found.add(url.substring(value[0], value[1]));
            }
        }
        for (String other : others) {
            if (other != null) {
                found.add(other);
            }
        }
        // Short values would mask ordinary words; longest first so that one secret containing another goes whole.
        List<String> kept = found.stream().filter(v -> v.length() >= 4).distinct()
                .sorted(Comparator.comparingInt(String::length).reversed()).toList();
        return new Secrets(kept);
    }

    static boolean isSecretName(String name) {
        String lower = name.toLowerCase(Locale.ROOT);
        return lower.contains("pass") || lower.contains("pwd") || lower.contains("secret") || lower.contains("token")
                || lower.contains("key");
    }

    /** {@code url} with the password of its user info and the values of secret parameters masked. */
    static String maskUrl(String url) {
        if (url == null) {
            return null;
        }
        String masked = USER_INFO.matcher(url).replaceAll("$1" + MASK + "$3");
        StringBuilder out = new StringBuilder();
        int copied = 0;
        for (int[] value : secretValues(masked)) {
            out.append(masked, copied, value[0]).append(MASK);
            copied = value[1];
        }
        return out.append(masked.substring(copied)).toString();
    }

    /**
     * Where the values of the secret parameters of {@code url} start and end. A secret value runs to the next
     * {@code &}, as pgjdbc and snowflake-jdbc read it: a {@code ;} or {@code #} in a password is part of it.
     */
    private static List<int[]> secretValues(String url) {
        List<int[]> values = new ArrayList<>();
        Matcher name = PARAMETER_NAME.matcher(url);
        int from = 0;
        while (from < url.length() && name.find(from)) {
            int start = name.end();
            if (isSecretName(name.group(1))) {
                int end = url.indexOf('&', start);
                end = end < 0 ? url.length() : end;
                values.add(new int[] {start, end});
                from = end;
            } else {
                from = start;
            }
        }
        return values;
    }

    /** {@code text} with every secret value replaced by {@value #MASK}. */
    String scrub(String text) {
        String result = text;
        for (String value : values) {
            result = result.replace(value, MASK);
        }
        return result;
    }
}
