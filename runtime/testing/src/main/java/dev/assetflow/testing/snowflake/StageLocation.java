package dev.assetflow.testing.snowflake;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * A stage reference as written in PUT and COPY: {@code @~/path}, {@code @%table/path},
 * {@code @[db.][schema.]stage[/path]} (parts quoted or not), optionally inside single quotes.
 *
 * @param stage the resolved stage
 * @param path the path inside the stage, without leading slash; may be empty
 * @param end offset in the SQL text just after the reference
 */
record StageLocation(StageName stage, String path, int end) {

    static StageLocation parse(String sql, int start, EmulatorSession session) {
        int pos = start;
        boolean singleQuoted = sql.charAt(pos) == '\'';
        if (singleQuoted) {
            pos++;
        }
        if (pos >= sql.length() || sql.charAt(pos) != '@') {
            throw SnowflakeError.syntax("expected a stage reference starting with '@'", start);
        }
        pos++;
        StageName stage;
        if (pos < sql.length() && sql.charAt(pos) == '~') {
            pos++;
            stage = StageName.user(session.user());
        } else {
            boolean tableStage = pos < sql.length() && sql.charAt(pos) == '%';
            if (tableStage) {
                pos++;
            }
            List<String> parts = new ArrayList<>();
            while (true) {
                int[] next = new int[1];
                parts.add(namePart(sql, pos, next));
                pos = next[0];
                if (pos < sql.length() && sql.charAt(pos) == '.') {
                    pos++;
                } else {
                    break;
                }
            }
            ObjectName name = session.resolve(parts);
            stage = new StageName(name.database(), name.schema(), tableStage ? "%" + name.name() : name.name());
        }
        int pathStart = pos;
        while (pos < sql.length() && !isEnd(sql.charAt(pos), singleQuoted)) {
            pos++;
        }
        String path = sql.substring(pathStart, pos);
        if (singleQuoted) {
            if (pos >= sql.length()) {
                throw SnowflakeError.syntax("unterminated stage reference", start);
            }
            pos++;
        }
        while (path.startsWith("/")) {
            path = path.substring(1);
        }
        return new StageLocation(stage, path, pos);
    }

    private static boolean isEnd(char c, boolean singleQuoted) {
        return singleQuoted ? c == '\'' : Character.isWhitespace(c) || c == ';' || c == ')' || c == ',';
    }

    private static String namePart(String sql, int pos, int[] end) {
        if (pos < sql.length() && sql.charAt(pos) == '"') {
            StringBuilder name = new StringBuilder();
            int p = pos + 1;
            while (true) {
                if (p >= sql.length()) {
                    throw SnowflakeError.syntax("unterminated quoted identifier", pos);
                }
                char c = sql.charAt(p++);
                if (c == '"') {
                    if (p < sql.length() && sql.charAt(p) == '"') {
                        name.append('"');
                        p++;
                    } else {
                        break;
                    }
                } else {
                    name.append(c);
                }
            }
            end[0] = p;
            return name.toString();
        }
        int p = pos;
        while (p < sql.length() && (Character.isLetterOrDigit(sql.charAt(p)) || sql.charAt(p) == '_'
                || sql.charAt(p) == '$')) {
            p++;
        }
        if (p == pos) {
            throw SnowflakeError.syntax("expected a stage name", pos);
        }
        end[0] = p;
        return sql.substring(pos, p).toUpperCase(Locale.ROOT);
    }
}
