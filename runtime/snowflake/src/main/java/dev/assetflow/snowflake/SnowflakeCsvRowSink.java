package dev.assetflow.snowflake;

import dev.assetflow.runtime.io.CheckedRowSink;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.TemporalLimits;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.io.Writer;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.util.HexFormat;
import java.util.List;
import java.util.UUID;

/**
 * Encodes rows as CSV for Snowflake's {@code COPY INTO} with the file format of
 * {@link SnowflakeTableWriter#FILE_FORMAT}: fields separated by commas, rows by {@code \n}; {@code NULL} as an
 * unquoted {@code \N} in every column; every string (and binary, as hex) enclosed in double quotes with
 * inner quotes doubled, so an empty string is {@code ""} and the text {@code \N} is {@code "\N"}; numbers
 * unquoted ({@code NaN}, {@code inf}, {@code -inf} for the special floats; a float as the double it
 * widens to, so that it reads back exactly); dates, times and timestamps in ISO-8601 with nine fraction
 * digits, instants at {@code +00:00} without a space before the offset.
 *
 * <p>Rows go to a {@link SnowflakeStageFiles}, which cuts them into files of bounded size.
 */
final class SnowflakeCsvRowSink extends CheckedRowSink {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter TIMESTAMP = DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSS");
    private static final DateTimeFormatter INSTANT =
            DateTimeFormatter.ofPattern("uuuu-MM-dd'T'HH:mm:ss.SSSSSSSSSxxx").withZone(ZoneOffset.UTC);
    private static final HexFormat HEX = HexFormat.of().withUpperCase();

    /**
     * What Assetflow's Snowflake columns hold exactly: dates and timestamps of years 1 to 9999 (four-digit ISO
     * years, which Snowflake's {@code AUTO} input format parses; Snowflake's proleptic Gregorian calendar, read
     * back as numbers by {@link SnowflakeRowSource}), with {@link SnowflakeTypes#FRACTIONAL_DIGITS} digits after
     * the second.
     */
    static final TemporalLimits TEMPORAL_LIMITS = new TemporalLimits("Snowflake", LocalDate.of(1, 1, 1),
            LocalDate.of(9999, 12, 31), LocalDateTime.of(1, 1, 1, 0, 0),
            LocalDateTime.of(9999, 12, 31, 23, 59, 59, 999_999_000), SnowflakeTypes.FRACTIONAL_DIGITS);

    private final SnowflakeStageFiles files;
    private Writer out;
    private boolean firstField;

    SnowflakeCsvRowSink(String asset, String table, List<Column> columns, SnowflakeStageFiles files) {
        super(asset, table, columns);
        limitTemporals(TEMPORAL_LIMITS);
        this.files = files;
    }

    /** Starts a row; call the {@code put...} methods once per column, then {@link #endRow()}. */
    @Override
    protected void beginRow() {
        super.beginRow();
        out = files.writer();
        firstField = true;
    }

    /** Ends the row; the stage files may start a new file after it. */
    @Override
    protected void endRow() {
        super.endRow();
        try {
            out.write('\n');
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        files.rowWritten();
    }

    private void field(String text) {
        try {
            if (!firstField) {
                out.write(',');
            }
            firstField = false;
            out.write(text);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void quoted(String text) {
        StringBuilder field = new StringBuilder(text.length() + 2).append('"');
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (c == '"') {
                field.append('"');
            }
            field.append(c);
        }
        field(field.append('"').toString());
    }

    @Override
    protected void writeNull() {
        field("\\N");
    }

    @Override
    protected void writeBoolean(boolean value) {
        field(value ? "TRUE" : "FALSE");
    }

    @Override
    protected void writeByte(byte value) {
        field(Byte.toString(value));
    }

    @Override
    protected void writeShort(short value) {
        field(Short.toString(value));
    }

    @Override
    protected void writeInt(int value) {
        field(Integer.toString(value));
    }

    @Override
    protected void writeLong(long value) {
        field(Long.toString(value));
    }

    @Override
    protected void writeFloat(float value) {
        writeDouble(value);
    }

    @Override
    protected void writeDouble(double value) {
        if (Double.isNaN(value)) {
            field("NaN");
        } else if (Double.isInfinite(value)) {
            field(value > 0 ? "inf" : "-inf");
        } else {
            field(Double.toString(value));
        }
    }

    @Override
    protected void writeDecimal(BigDecimal value) {
        field(value.toPlainString());
    }

    @Override
    protected void writeString(String value) {
        quoted(value);
    }

    @Override
    protected void writeDate(LocalDate value) {
        field(value.toString());
    }

    @Override
    protected void writeTime(LocalTime value) {
        field(TIME.format(value));
    }

    @Override
    protected void writeTimestamp(LocalDateTime value) {
        field(TIMESTAMP.format(value));
    }

    @Override
    protected void writeInstant(Instant value) {
        field(INSTANT.format(value));
    }

    @Override
    protected void writeUuid(UUID value) {
        quoted(value.toString());
    }

    @Override
    protected void writeBytes(byte[] value) {
        field('"' + HEX.formatHex(value) + '"');
    }
}
