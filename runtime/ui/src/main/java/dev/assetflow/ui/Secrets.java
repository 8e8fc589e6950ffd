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
    private static final Pattern PARAMETER = Pattern.compile("([?&;]([^=&;]+)=)([^&;#]*)");

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
            Matcher parameter = PARAMETER.matcher(url);
            while (parameter.find()) {
                if (isSecretName(parameter.group(2))) {
                    found.add(parameter.group(3));
                }
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
        Matcher parameter = PARAMETER.matcher(masked);
        StringBuilder out = new StringBuilder();
        while (parameter.find()) {
            String replacement = isSecretName(parameter.group(2)) ? parameter.group(1) + MASK : parameter.group(0);
            parameter.appendReplacement(out, Matcher.quoteReplacement(replacement));
        }
        parameter.appendTail(out);
        return out.toString();
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
