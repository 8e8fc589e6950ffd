package dev.assetflow.testing.snowflake;

import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * PUT (and so {@code SnowflakeConnection.uploadStream}): the emulator answers with a LOCAL_FS stage
 * location and the driver writes the file into that directory itself.
 */
final class PutCommand {

    private static final Pattern PUT = Pattern.compile(
            "^\\s*(?:/\\*.*?\\*/\\s*)*put\\s+('?)file://(\\S+?)\\1\\s+", Pattern.CASE_INSENSITIVE | Pattern.DOTALL);
    private static final Pattern OPTION = Pattern.compile("(\\w+)\\s*=\\s*'?([^'\\s]+)'?");

    private PutCommand() {
    }

    static boolean matches(String sql) {
        return PUT.matcher(sql).find();
    }

    /** The {@code data} of the PUT response. */
    static Map<String, Object> answer(EmulatorSession session, String sql, String queryId) {
        Matcher m = PUT.matcher(sql);
        if (!m.find()) {
            throw SnowflakeError.syntax("expected PUT file://<path> @<stage>", 0);
        }
        String localPath = m.group(2);
        StageLocation location = StageLocation.parse(sql, m.end(), session);
        Path directory = session.emulator().stages().existingDirectory(location.stage());
        Path target = location.path().isEmpty() ? directory : directory.resolve(location.path());
        boolean overwrite = false;
        boolean autoCompress = true;
        String sourceCompression = "auto_detect";
        int parallel = 4;
        Matcher options = OPTION.matcher(sql.substring(location.end()));
        while (options.find()) {
            String value = options.group(2);
            switch (options.group(1).toUpperCase(Locale.ROOT)) {
                case "OVERWRITE" -> overwrite = value.equalsIgnoreCase("true");
                case "AUTO_COMPRESS" -> autoCompress = value.equalsIgnoreCase("true");
                case "SOURCE_COMPRESSION" -> sourceCompression = value.toLowerCase(Locale.ROOT);
                case "PARALLEL" -> parallel = Integer.parseInt(value);
                default -> throw SnowflakeError.unsupported("PUT option " + options.group(1));
            }
        }
        Map<String, Object> stageInfo = new LinkedHashMap<>();
        stageInfo.put("locationType", "LOCAL_FS");
        stageInfo.put("location", target.toAbsolutePath().toString());
        stageInfo.put("path", location.path());
        stageInfo.put("region", null);
        stageInfo.put("creds", Map.of());
        Map<String, Object> data = new LinkedHashMap<>();
        data.put("queryId", queryId);
        data.put("command", "UPLOAD");
        data.put("src_locations", List.of(localPath));
        data.put("parallel", parallel);
        data.put("autoCompress", autoCompress);
        data.put("sourceCompression", sourceCompression);
        data.put("overwrite", overwrite);
        data.put("stageInfo", stageInfo);
        data.put("encryptionMaterial", null);
        data.put("statementTypeId", StatementTypes.PUT);
        return data;
    }
}
