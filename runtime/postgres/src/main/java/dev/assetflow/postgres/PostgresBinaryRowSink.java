package dev.assetflow.postgres;

import dev.assetflow.runtime.io.CheckedRowSink;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.SqlTypes;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.TemporalLimits;
import java.math.BigDecimal;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.postgresql.copy.CopyIn;

/**
 * Encodes rows in PostgreSQL's binary {@code COPY} format and streams them to a {@link CopyIn} in large
 * chunks: the {@code PGCOPY} header, then per row a 16-bit field count and per field a 32-bit length
 * (-1 for NULL) and the value, big-endian; then a -1 trailer.
 *
 * <p>Dates are days since 2000-01-01, timestamps microseconds since 2000-01-01 00:00 (UTC for
 * {@code timestamptz}), times microseconds since midnight; sub-microsecond digits are truncated.
 * Values PostgreSQL cannot store (dates before 4714 BC, text with NUL characters, ...) fail with an
 * error naming the asset, the table, the row and the column.
 */
final class PostgresBinaryRowSink extends CheckedRowSink {

    /** PostgreSQL's DATE (4714-11-24 BC, Julian day 0, to 5874897 AD), its timestamps (4714-11-24 BC to 294276 AD), microseconds. */
    static final TemporalLimits TEMPORAL_LIMITS = new TemporalLimits("PostgreSQL", LocalDate.of(-4713, 11, 24),
            LocalDate.of(5_874_897, 12, 31), LocalDateTime.of(-4713, 11, 24, 0, 0),
            LocalDateTime.of(294_276, 12, 31, 23, 59, 59, 999_999_000), 6);


    static final int DEFAULT_BUFFER_SIZE = 64 * 1024;

    private static final byte[] HEADER = {
        'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0, // signature
        0, 0, 0, 0, // flags: no OIDs
        0, 0, 0, 0 // header extension length
    };
    /** Days from 1970-01-01 to 2000-01-01. */
    private static final long EPOCH_2000_DAYS = 10_957;
    private static final long EPOCH_2000_SECONDS = EPOCH_2000_DAYS * 86_400;
    /** First and past-the-end date PostgreSQL accepts, in days since 2000-01-01 (4714-11-24 BC, 5874898 AD). */
    private static final long MIN_DATE = -2_451_545;
    private static final long END_DATE = 2_147_483_494L - 2_451_545;
    /** First and past-the-end timestamp PostgreSQL accepts, in microseconds since 2000-01-01. */
    private static final long MIN_TIMESTAMP = -211_813_488_000_000_000L;
    private static final long END_TIMESTAMP = 9_223_371_331_200_000_000L;

    private final CopyIn copy;
    private final String asset;
    private final String table;
    private final List<Column> columns;
    private final short fieldCount;
    private final byte[] buffer;
    private int position;

    PostgresBinaryRowSink(CopyIn copy, String asset, String table, List<Column> columns, int bufferSize) {
        super(asset, table, columns);
        limitTemporals(TEMPORAL_LIMITS);
        this.copy = copy;
        this.asset = asset;
        this.table = table;
        this.columns = List.copyOf(columns);
        this.fieldCount = (short) columns.size();
        this.buffer = new byte[Math.max(bufferSize, 1024)];
        System.arraycopy(HEADER, 0, buffer, 0, HEADER.length);
        this.position = HEADER.length;
    }

    /** Starts a row; call the {@code put...} methods once per column, then {@link #endRow()}. */
    @Override
    protected void beginRow() {
        super.beginRow();
        ensure(2);
        writeInt16(fieldCount);
    }

    @Override
    protected void endRow() {
        super.endRow();
    }

    /** Sends the trailer and ends the COPY; returns the rows PostgreSQL received. */
    long finish() throws SQLException {
        ensure(2);
        writeInt16((short) -1);
        flush();
        return copy.endCopy();
    }

    @Override
    protected void writeNull() {
        ensure(4);
        writeInt32(-1);
    }

    @Override
    protected void writeBoolean(boolean value) {
        ensure(5);
        writeInt32(1);
        buffer[position++] = (byte) (value ? 1 : 0);
    }

    @Override
    protected void writeByte(byte value) {
        writeShort(value); // TINYINT is smallint in PostgreSQL
    }

    @Override
    protected void writeShort(short value) {
        ensure(6);
        writeInt32(2);
        writeInt16(value);
    }

    @Override
    protected void writeInt(int value) {
        ensure(8);
        writeInt32(4);
        writeInt32(value);
    }

    @Override
    protected void writeLong(long value) {
        ensure(12);
        writeInt32(8);
        writeInt64(value);
    }

    @Override
    protected void writeFloat(float value) {
        ensure(8);
        writeInt32(4);
        writeInt32(Float.floatToRawIntBits(value));
    }

    @Override
    protected void writeDouble(double value) {
        ensure(12);
        writeInt32(8);
        writeInt64(Double.doubleToRawLongBits(value));
    }

    @Override
    protected void writeDecimal(BigDecimal value) {
        Column column = columns.get(currentColumn());
        if (column.precision() == 0) {
            checkDefaultDecimal(column, value);
        }
        PostgresNumeric.Encoded numeric = PostgresNumeric.encode(value);
        if (numeric.weight() > Short.MAX_VALUE || numeric.weight() < Short.MIN_VALUE
                || numeric.displayScale() > 0x3FFF) {
            throw outOfRange(value.toString(), "is beyond the range of PostgreSQL's numeric");
        }
        short[] digits = numeric.digits();
        int length = 8 + 2 * digits.length;
        ensure(4 + length);
        writeInt32(length);
        writeInt16((short) digits.length);
        writeInt16((short) numeric.weight());
        writeInt16((short) numeric.sign());
        writeInt16((short) numeric.displayScale());
        for (short digit : digits) {
            writeInt16(digit);
        }
    }

    /** A decimal without declared precision is created as numeric(38, 10), which must hold it unrounded. */
    private void checkDefaultDecimal(Column column, BigDecimal value) {
        int precision = SqlTypes.precision(column);
        int scale = SqlTypes.scale(column);
        BigDecimal stripped = value.stripTrailingZeros();
        if (stripped.scale() > scale || stripped.precision() - stripped.scale() > precision - scale) {
            throw outOfRange(value.toPlainString(), "does not fit numeric(" + precision + ", " + scale
                    + ") without rounding; round the value or declare its precision and scale");
        }
    }

    @Override
    protected void writeString(String value) {
        int length = value.length();
        if (3L * length + 4 <= buffer.length) {
            ensure(3 * length + 4);
            int start = position;
            position += 4;
            writeUtf8(value);
            int bytes = position - start - 4;
            int end = position;
            position = start;
            writeInt32(bytes);
            position = end;
        } else {
            byte[] encoded = encodeLarge(value);
            ensure(4);
            writeInt32(encoded.length);
            writeRaw(encoded);
        }
    }

    /** Encodes UTF-8 into the buffer, which has room for 3 bytes per char; rejects NUL and lone surrogates. */
    private void writeUtf8(String value) {
        byte[] out = buffer;
        int at = position;
        int length = value.length();
        for (int i = 0; i < length; i++) {
            char c = value.charAt(i);
            if (c < 0x80) {
                if (c == 0) {
                    throw nulCharacter(i);
                }
                out[at++] = (byte) c;
            } else if (c < 0x800) {
                out[at++] = (byte) (0xC0 | (c >> 6));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            } else if (Character.isSurrogate(c)) {
                char low = i + 1 < length ? value.charAt(i + 1) : 0;
                if (!Character.isHighSurrogate(c) || !Character.isLowSurrogate(low)) {
                    throw loneSurrogate(i);
                }
                int codePoint = Character.toCodePoint(c, low);
                i++;
                out[at++] = (byte) (0xF0 | (codePoint >> 18));
                out[at++] = (byte) (0x80 | ((codePoint >> 12) & 0x3F));
                out[at++] = (byte) (0x80 | ((codePoint >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (codePoint & 0x3F));
            } else {
                out[at++] = (byte) (0xE0 | (c >> 12));
                out[at++] = (byte) (0x80 | ((c >> 6) & 0x3F));
                out[at++] = (byte) (0x80 | (c & 0x3F));
            }
        }
        position = at;
    }

    private byte[] encodeLarge(String value) {
        int nul = value.indexOf('\0');
        if (nul >= 0) {
            throw nulCharacter(nul);
        }
        try {
            ByteBuffer encoded = StandardCharsets.UTF_8.newEncoder()
                    .onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT)
                    .encode(CharBuffer.wrap(value));
            byte[] bytes = new byte[encoded.remaining()];
            encoded.get(bytes);
            return bytes;
        } catch (CharacterCodingException e) {
            throw outOfRange("a string of " + value.length() + " chars",
                    "holds an unpaired UTF-16 surrogate, which is not valid text");
        }
    }

    @Override
    protected void writeDate(LocalDate value) {
        long days = value.toEpochDay() - EPOCH_2000_DAYS;
        if (days < MIN_DATE || days >= END_DATE) {
            throw outOfRange(value.toString(), "is outside PostgreSQL's date range (4714-11-24 BC to 5874897 AD)");
        }
        ensure(8);
        writeInt32(4);
        writeInt32((int) days);
    }

    @Override
    protected void writeTime(LocalTime value) {
        ensure(12);
        writeInt32(8);
        writeInt64(value.toNanoOfDay() / 1000);
    }

    @Override
    protected void writeTimestamp(LocalDateTime value) {
        writeMicros(value, value.toEpochSecond(ZoneOffset.UTC), value.getNano());
    }

    @Override
    protected void writeInstant(Instant value) {
        writeMicros(value, value.getEpochSecond(), value.getNano());
    }

    /** {@code value} is only for the message of an out-of-range value: formatting it per row is costly. */
    private void writeMicros(Object value, long epochSecond, int nano) {
        long micros;
        try {
            micros = Math.addExact(Math.multiplyExact(epochSecond - EPOCH_2000_SECONDS, 1_000_000L), nano / 1000);
        } catch (ArithmeticException e) {
            micros = Long.MIN_VALUE;
        }
        if (micros < MIN_TIMESTAMP || micros >= END_TIMESTAMP) {
            throw outOfRange(value.toString(), "is outside PostgreSQL's timestamp range (4713 BC to 294276 AD)");
        }
        ensure(12);
        writeInt32(8);
        writeInt64(micros);
    }

    @Override
    protected void writeUuid(UUID value) {
        ensure(20);
        writeInt32(16);
        writeInt64(value.getMostSignificantBits());
        writeInt64(value.getLeastSignificantBits());
    }

    @Override
    protected void writeBytes(byte[] value) {
        ensure(4);
        writeInt32(value.length);
        writeRaw(value);
    }

    private void writeRaw(byte[] bytes) {
        if (bytes.length <= buffer.length - position) {
            System.arraycopy(bytes, 0, buffer, position, bytes.length);
            position += bytes.length;
            return;
        }
        flush();
        if (bytes.length <= buffer.length) {
            System.arraycopy(bytes, 0, buffer, 0, bytes.length);
            position = bytes.length;
        } else {
            send(bytes, bytes.length);
        }
    }

    private void ensure(int bytes) {
        if (buffer.length - position < bytes) {
            flush();
        }
    }

    private void flush() {
        if (position > 0) {
            send(buffer, position);
            position = 0;
        }
    }

    private void send(byte[] bytes, int length) {
        try {
            copy.writeToCopy(bytes, 0, length);
        } catch (SQLException e) {
            throw new StorageException("asset '" + asset + "': PostgreSQL rejected the rows sent to table "
                    + table + " near row " + rows() + ": " + e.getMessage(), e);
        }
    }

    private void writeInt16(short value) {
        buffer[position++] = (byte) (value >> 8);
        buffer[position++] = (byte) value;
    }

    private void writeInt32(int value) {
        buffer[position++] = (byte) (value >> 24);
        buffer[position++] = (byte) (value >> 16);
        buffer[position++] = (byte) (value >> 8);
        buffer[position++] = (byte) value;
    }

    private void writeInt64(long value) {
        writeInt32((int) (value >> 32));
        writeInt32((int) value);
    }

    private StorageException nulCharacter(int index) {
        return outOfRange("a string", "has a NUL character (\\u0000) at index " + index
                + ", which PostgreSQL text cannot store; remove it or store the value as byte[]");
    }

    private StorageException loneSurrogate(int index) {
        return outOfRange("a string", "has an unpaired UTF-16 surrogate at index " + index
                + ", which is not valid text");
    }

    private StorageException outOfRange(String value, String problem) {
        Column column = columns.get(currentColumn());
        return new StorageException("asset '" + asset + "': row " + rows() + " has " + value + " in column '"
                + column.name() + "' of table " + table + ", which " + problem
                + ". Nothing was written; the table keeps its previous rows.");
    }
}
