package dev.assetflow.snowflake;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * How to reach Snowflake: the JDBC URL (built from the account, or given), the connection properties
 * (credentials, warehouse, database, schema, role, extras) and the secrets among them, which
 * {@link #scrub} removes from any text before it is logged or shown.
 */
final class SnowflakeSettings {

    /** URL parameters and property names whose values are secret (compared without case). */
    private static final List<String> SECRET_KEYS = List.of("password", "passcode", "private_key_file_pwd",
            "private_key_pwd", "private_key_base64", "privatekey", "token", "oauthclientsecret");
    private static final String SECRET_PARAMETER = "(?i)([?&;](?:password|passcode|private_key_file_pwd"
            + "|private_key_pwd|private_key_base64|token|oauthClientSecret)=)";
    /**
     * A secret parameter of a URL, its value as snowflake-jdbc reads it: parameters are separated by {@code &}
     * only, so a {@code ;} belongs to the value.
     */
    private static final Pattern URL_SECRET = Pattern.compile(SECRET_PARAMETER + "[^&]*");
    /** The same in free text, where a URL ends at white space; the literal secrets are scrubbed as well. */
    private static final Pattern TEXT_SECRET = Pattern.compile(SECRET_PARAMETER + "[^&\\s]*");

    private final String url;
    private final String user;
    private final String database;
    private final Properties properties;
    private final List<String> secrets;

    private SnowflakeSettings(String url, String user, String database, Properties properties, List<String> secrets) {
        this.url = url;
        this.user = user;
        this.database = database;
        this.properties = properties;
        this.secrets = secrets;
    }

    /**
     * The settings for a session: {@code url}, or {@code jdbc:snowflake://<account>.snowflakecomputing.com/}
     * without one; {@code extra} properties first, then the named settings over them.
     */
    static SnowflakeSettings of(String url, String account, String user, String password, String privateKeyFile,
            String privateKeyPassphrase, String warehouse, String database, String schema, String role,
            Map<String, String> extra) {
        String jdbcUrl = url != null ? url : "jdbc:snowflake://" + account + ".snowflakecomputing.com/";
        Properties properties = new Properties();
        List<String> secrets = new ArrayList<>();
        Map<String, String> all = new LinkedHashMap<>(extra);
        putIfPresent(all, "user", user);
        putIfPresent(all, "password", password);
        putIfPresent(all, "private_key_file", privateKeyFile);
        putIfPresent(all, "private_key_file_pwd", privateKeyPassphrase);
        putIfPresent(all, "warehouse", warehouse);
        putIfPresent(all, "db", database);
        putIfPresent(all, "schema", schema);
        putIfPresent(all, "role", role);
        all.forEach((key, value) -> {
            properties.setProperty(key, value);
            if (isSecret(key) && !value.isEmpty()) {
                secrets.add(value);
            }
        });
        Matcher inUrl = URL_SECRET.matcher(jdbcUrl);
        while (inUrl.find()) {
            String value = jdbcUrl.substring(inUrl.end(1), inUrl.end());
            if (!value.isEmpty()) {
                secrets.add(value);
                try {
                    secrets.add(java.net.URLDecoder.decode(value, java.nio.charset.StandardCharsets.UTF_8));
                } catch (IllegalArgumentException e) {
                    // not URL-encoded: the value as written is the secret
                }
            }
        }
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(secrets));
        distinct.sort((a, b) -> b.length() - a.length()); // a secret inside another is scrubbed after it
        return new SnowflakeSettings(jdbcUrl, user, database, properties, List.copyOf(distinct));
    }

    private static void putIfPresent(Map<String, String> properties, String key, String value) {
        if (value != null && !value.isBlank()) {
            properties.put(key, value);
        }
    }

    private static boolean isSecret(String key) {
        String lower = key.toLowerCase(Locale.ROOT);
        return SECRET_KEYS.stream().anyMatch(lower::equals);
    }

    String jdbcUrl() {
        return url;
    }

    /** A fresh copy of the connection properties, for one login. */
    Properties connectionProperties() {
        Properties copy = new Properties();
        copy.putAll(properties);
        return copy;
    }

    String database() {
        return database;
    }

    /** A connection property as given (the warehouse, the role, a timeout), or null. */
    String property(String key) {
        for (String name : properties.stringPropertyNames()) {
            if (name.equalsIgnoreCase(key)) {
                return properties.getProperty(name);
            }
        }
        return null;
    }

    /**
     * The URL without its {@code parameter=} query parameters (compared without case), for a session that
     * must not ask for what the parameter names.
     */
    String jdbcUrlWithout(String parameter) {
        String without = url.replaceAll("(?i)([?&])" + Pattern.quote(parameter) + "=[^&]*(&|$)", "$1");
        return without.endsWith("&") ? without.substring(0, without.length() - 1) : without;
    }

    /** The URL without secrets, the user and the database: what messages and logs may show. */
    String describe() {
        return scrub(url) + (user == null ? "" : " as " + user) + (database == null ? "" : ", database " + database);
    }

    /** {@code text} with every secret of these settings, and any secret URL parameter, replaced by {@code ***}. */
    String scrub(String text) {
        if (text == null) {
            return null;
        }
        String scrubbed = TEXT_SECRET.matcher(text).replaceAll("$1***");
        for (String secret : secrets) {
            scrubbed = scrubbed.replace(secret, "***");
        }
        return scrubbed;
    }

    /** Whether {@code text} shows a secret. */
    boolean reveals(String text) {
        return text != null && !scrub(text).equals(text);
    }
}
