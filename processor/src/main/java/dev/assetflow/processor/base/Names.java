package dev.assetflow.processor.base;

import java.util.Locale;
import java.util.regex.Pattern;

/** Naming rules shared by the model, the checks and the generated code. */
public final class Names {

    /** The longest identifier PostgreSQL keeps without truncating it. */
    public static final int MAX_SQL_IDENTIFIER_LENGTH = 63;

    private static final Pattern SQL_IDENTIFIER = Pattern.compile("[a-z_][a-z0-9_]*");

    private Names() {
    }

    /**
     * The snake_case form of a Java name: {@code cleanSalesData -> clean_sales_data},
     * {@code parseHTTPLog -> parse_http_log}, {@code sha256Hash -> sha256_hash}.
     */
    public static String snakeCase(String javaName) {
        StringBuilder snake = new StringBuilder(javaName.length() + 8);
        for (int i = 0; i < javaName.length(); i++) {
            char c = javaName.charAt(i);
            if (Character.isUpperCase(c) && i > 0 && startsWord(javaName, i)) {
                snake.append('_');
            }
            snake.append(Character.toLowerCase(c));
        }
        return snake.toString();
    }

    private static boolean startsWord(String name, int i) {
        char previous = name.charAt(i - 1);
        if (Character.isLowerCase(previous) || Character.isDigit(previous)) {
            return true;
        }
        boolean nextIsLower = i + 1 < name.length() && Character.isLowerCase(name.charAt(i + 1));
        return Character.isUpperCase(previous) && nextIsLower;
    }

    /** The UPPER_SNAKE_CASE constant name for a snake_case name. */
    public static String upperSnakeCase(String snakeName) {
        String upper = snakeName.toUpperCase(Locale.ROOT);
        return upper.equals("_") ? "ASSET_" : upper;
    }

    /** Whether {@code name} may be used unquoted as a table, schema or column name on every backend. */
    public static boolean isSqlIdentifier(String name) {
        return name.length() <= MAX_SQL_IDENTIFIER_LENGTH && SQL_IDENTIFIER.matcher(name).matches();
    }
}
