package dev.assetflow.testing.snowflake;

/**
 * One entry of a result's {@code rowtype}: the column's name and Snowflake type as the driver reads it.
 *
 * @param type the lower-case {@code SnowflakeType} name: fixed, real, text, boolean, date, time,
 *     timestamp_ntz, timestamp_tz, binary, variant
 */
record ResultColumn(String name, String type, Integer precision, Integer scale, Integer length,
        Integer byteLength, boolean nullable) {

    static ResultColumn of(String name, String type) {
        return new ResultColumn(name, type, null, null, null, null, true);
    }

    static ResultColumn fixed(String name, int precision, int scale) {
        return new ResultColumn(name, "fixed", precision, scale, null, null, true);
    }

    static ResultColumn text(String name) {
        return new ResultColumn(name, "text", null, null, SnowflakeTypes.TEXT_LENGTH, SnowflakeTypes.TEXT_LENGTH, true);
    }

    static ResultColumn binary(String name) {
        return new ResultColumn(name, "binary", null, null, 8_388_608, 8_388_608, true);
    }

    static ResultColumn timed(String name, String type) {
        return new ResultColumn(name, type, 0, 9, null, null, true);
    }
}
