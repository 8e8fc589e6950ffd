package dev.assetflow.testing.snowflake;

import com.fasterxml.jackson.databind.JsonNode;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * The positional bindings of a query request, decoded from the driver's encoding into Java values for
 * DuckDB. A binding whose value is an array makes the request a batch (array binding): one row of
 * parameters per array element.
 */
final class Bindings {

    static final Bindings NONE = new Bindings(List.of(), List.of(), 1, false);

    private final List<String> types;
    private final List<List<String>> values;
    private final int rows;
    private final boolean batch;

    private Bindings(List<String> types, List<List<String>> values, int rows, boolean batch) {
        this.types = types;
        this.values = values;
        this.rows = rows;
        this.batch = batch;
    }

    static Bindings parse(JsonNode bindings) {
        if (bindings == null || bindings.isNull() || bindings.isEmpty()) {
            return NONE;
        }
        Map<Integer, JsonNode> byPosition = new TreeMap<>();
        for (Map.Entry<String, JsonNode> field : bindings.properties()) {
            try {
                byPosition.put(Integer.parseInt(field.getKey()), field.getValue());
            } catch (NumberFormatException e) {
                throw SnowflakeError.unsupported("named binding :" + field.getKey());
            }
        }
        List<String> types = new ArrayList<>();
        List<List<String>> values = new ArrayList<>();
        int rows = -1;
        int expected = 1;
        for (Map.Entry<Integer, JsonNode> entry : byPosition.entrySet()) {
            if (entry.getKey() != expected++) {
                throw new SnowflakeError("002049", "42601", "SQL compilation error: bind variable " + expected
                        + " not set.");
            }
            JsonNode binding = entry.getValue();
            types.add(binding.path("type").asText("TEXT"));
            JsonNode value = binding.get("value");
            List<String> column = new ArrayList<>();
            if (value != null && value.isArray()) {
                value.forEach(v -> column.add(v.isNull() ? null : v.asText()));
                if (rows >= 0 && rows != column.size()) {
                    throw new SnowflakeError("002049", "42601", "Array bind values have different lengths.");
                }
                rows = column.size();
            } else {
                column.add(value == null || value.isNull() ? null : value.asText());
            }
            values.add(column);
        }
        return new Bindings(types, values, rows >= 0 ? rows : 1, rows >= 0);
    }

    int parameterCount() {
        return types.size();
    }

    int rowCount() {
        return rows;
    }

    /** Whether the values came as arrays (array binding), even an array of one row. */
    boolean isBatch() {
        return batch;
    }

    /** The value of 1-based parameter {@code parameter} in row {@code row}, as a Java object for DuckDB. */
    Object value(int row, int parameter) {
        List<String> column = values.get(parameter - 1);
        String raw = batch ? column.get(row) : column.get(0);
        return decode(types.get(parameter - 1), raw);
    }

    static Object decode(String type, String raw) {
        if (raw == null) {
            return null;
        }
        try {
            switch (type) {
                case "FIXED": return new BigDecimal(raw);
                case "REAL": return Double.parseDouble(raw);
                case "BOOLEAN": return raw.equalsIgnoreCase("true") || raw.equals("1");
                case "DATE": return LocalDate.ofEpochDay(Math.floorDiv(Long.parseLong(raw), 86_400_000L));
                case "TIME": return LocalTime.ofNanoOfDay(Math.floorMod(Long.parseLong(raw), 86_400_000_000_000L));
                case "TIMESTAMP_NTZ": return LocalDateTime.ofInstant(instant(raw), ZoneOffset.UTC);
                case "TIMESTAMP_LTZ": return OffsetDateTime.ofInstant(instant(raw), ZoneOffset.UTC);
                case "TIMESTAMP_TZ": return timestampTz(raw);
                case "BINARY": return HexFormat.of().parseHex(raw);
                default: return raw;
            }
        } catch (RuntimeException e) {
            throw new SnowflakeError("002049", "22018",
                    "Bind value '" + raw + "' is not a valid " + type + " binding: " + e.getMessage());
        }
    }

    private static OffsetDateTime timestampTz(String raw) {
        int space = raw.indexOf(' ');
        if (space < 0) {
            return OffsetDateTime.ofInstant(instant(raw), ZoneOffset.UTC);
        }
        int offsetMinutes = Integer.parseInt(raw.substring(space + 1)) - 1440;
        return OffsetDateTime.ofInstant(instant(raw.substring(0, space)), ZoneOffset.ofTotalSeconds(offsetMinutes * 60));
    }

    private static Instant instant(String epochNanos) {
        long nanos = Long.parseLong(epochNanos);
        return Instant.ofEpochSecond(Math.floorDiv(nanos, 1_000_000_000L), Math.floorMod(nanos, 1_000_000_000L));
    }
}
