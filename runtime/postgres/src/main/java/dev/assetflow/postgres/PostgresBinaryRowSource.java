package dev.assetflow.postgres;

import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.RowSource;
import dev.assetflow.runtime.io.StorageErrors;
import dev.assetflow.runtime.io.StorageException;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

/**
 * Reads rows in PostgreSQL's binary {@code COPY} format from a stream (the output of
 * {@code COPY (SELECT ...) TO STDOUT (FORMAT binary)}) and serves the current row as a {@link RowSource}.
 * Column {@code i} is the {@code i}-th selected column, already cast to the reading row type's column type.
 *
 * <p>Infinite dates and timestamps are read as the {@code MAX}/{@code MIN} of the Java type, as pgjdbc does.
 */
final class PostgresBinaryRowSource implements RowSource {

    private static final byte[] SIGNATURE = {'P', 'G', 'C', 'O', 'P', 'Y', '\n', (byte) 0xFF, '\r', '\n', 0};
    private static final long EPOCH_2000_SECONDS = 10_957L * 86_400;
    private static final long EPOCH_2000_DAYS = 10_957;

    private final InputStream input;
    private final String asset;
    private final String table;
    private final Column[] columns;
    private final byte[] buffer = new byte[64 * 1024];
    private int position;
    private int limit;
    private byte[] row = new byte[1024];
    private final int[] offsets;
    private final int[] lengths;
    private boolean started;

    PostgresBinaryRowSource(InputStream input, String asset, String table, List<Column> columns) {
        this.input = input;
        this.asset = asset;
        this.table = table;
        this.columns = columns.toArray(Column[]::new);
        this.offsets = new int[this.columns.length];
        this.lengths = new int[this.columns.length];
    }

    /** Moves to the next row; false after the last one. */
    boolean next() throws IOException {
        if (!started) {
            readHeader();
            started = true;
        }
        if (!available(2)) {
            return false; // the server ended the COPY without a trailer
        }
        short fields = readInt16();
        if (fields == -1) {
            drain(); // reach the end of the COPY so the connection is ready for the next statement
            return false;
        }
        if (fields != columns.length) {
            throw new IOException("expected " + columns.length + " fields per row, got " + fields);
        }
        int used = 0;
        for (int i = 0; i < fields; i++) {
            require(4);
            int length = readInt32();
            lengths[i] = length;
            offsets[i] = used;
            if (length > 0) {
                if (row.length - used < length) {
                    row = Arrays.copyOf(row, Math.max(row.length * 2, used + length));
                }
                readFully(row, used, length);
                used += length;
            }
        }
        return true;
    }

    private void drain() throws IOException {
        position = 0;
        limit = 0;
        while (input.read(buffer, 0, buffer.length) >= 0) {
            // the trailer was the last row; nothing else is expected
        }
    }

    private void readHeader() throws IOException {
        require(SIGNATURE.length + 8);
        for (byte expected : SIGNATURE) {
            if (buffer[position++] != expected) {
                throw new IOException("the COPY output does not start with the PGCOPY signature");
            }
        }
        readInt32(); // flags
        int extension = readInt32();
        while (extension-- > 0) {
            require(1);
            position++;
        }
    }

    private boolean available(int bytes) throws IOException {
        while (limit - position < bytes) {
            if (position > 0) {
                System.arraycopy(buffer, position, buffer, 0, limit - position);
                limit -= position;
                position = 0;
            }
            int read = input.read(buffer, limit, buffer.length - limit);
            if (read < 0) {
                return false;
            }
            limit += read;
        }
        return true;
    }

    private void require(int bytes) throws IOException {
        if (!available(bytes)) {
            throw new EOFException("the COPY output ended in the middle of a row");
        }
    }

    private void readFully(byte[] target, int offset, int length) throws IOException {
        int buffered = Math.min(length, limit - position);
        System.arraycopy(buffer, position, target, offset, buffered);
        position += buffered;
        int done = buffered;
        while (done < length) {
            int read = input.read(target, offset + done, length - done);
            if (read < 0) {
                throw new EOFException("the COPY output ended in the middle of a value");
            }
            done += read;
        }
    }

    private short readInt16() {
        short value = (short) ((buffer[position] & 0xFF) << 8 | buffer[position + 1] & 0xFF);
        position += 2;
        return value;
    }

    private int readInt32() {
        int value = int32(buffer, position);
        position += 4;
        return value;
    }

    private static int int32(byte[] bytes, int at) {
        return (bytes[at] & 0xFF) << 24 | (bytes[at + 1] & 0xFF) << 16 | (bytes[at + 2] & 0xFF) << 8
                | bytes[at + 3] & 0xFF;
    }

    private static long int64(byte[] bytes, int at) {
        return (long) int32(bytes, at) << 32 | int32(bytes, at + 4) & 0xFFFFFFFFL;
    }

    private static short int16(byte[] bytes, int at) {
        return (short) ((bytes[at] & 0xFF) << 8 | bytes[at + 1] & 0xFF);
    }

    // --- values -------------------------------------------------------------------------------------

    /** The offset of a value that must not be null. */
    private int required(int column) {
        if (lengths[column] < 0) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
        return offsets[column];
    }

    /** Whether a reference getter returns null: the value is NULL and the column may hold it. */
    private boolean nullable(int column) {
        if (lengths[column] >= 0) {
            return false;
        }
        if (!columns[column].nullable()) {
            throw StorageErrors.nullRead(asset, table, columns[column]);
        }
        return true;
    }

    private long integer(int column) {
        int at = required(column);
        return switch (lengths[column]) {
            case 2 -> int16(row, at);
            case 4 -> int32(row, at);
            case 8 -> int64(row, at);
            default -> throw wrongLength(column);
        };
    }

    private long integerInRange(int column, long min, long max, String javaType) {
        long value = integer(column);
        if (value < min || value > max) {
            throw new StorageException("reading asset '" + asset + "': column '" + columns[column].name()
                    + "' of table " + table + " holds " + value + ", which does not fit a Java " + javaType);
        }
        return value;
    }

    private StorageException wrongLength(int column) {
        return new StorageException("reading asset '" + asset + "': column '" + columns[column].name()
                + "' of table " + table + " sent a value of " + lengths[column] + " bytes, which does not match"
                + " its type " + columns[column].type());
    }

    @Override
    public boolean getBoolean(int column) {
        return row[required(column)] != 0;
    }

    @Override
    public byte getByte(int column) {
        return (byte) integerInRange(column, Byte.MIN_VALUE, Byte.MAX_VALUE, "byte");
    }

    @Override
    public short getShort(int column) {
        return (short) integerInRange(column, Short.MIN_VALUE, Short.MAX_VALUE, "short");
    }

    @Override
    public int getInt(int column) {
        return (int) integerInRange(column, Integer.MIN_VALUE, Integer.MAX_VALUE, "int");
    }

    @Override
    public long getLong(int column) {
        return integer(column);
    }

    @Override
    public float getFloat(int column) {
        int at = required(column);
        if (lengths[column] != 4) {
            throw wrongLength(column);
        }
        return Float.intBitsToFloat(int32(row, at));
    }

    @Override
    public double getDouble(int column) {
        int at = required(column);
        return switch (lengths[column]) {
            case 4 -> Float.intBitsToFloat(int32(row, at));
            case 8 -> Double.longBitsToDouble(int64(row, at));
            default -> throw wrongLength(column);
        };
    }

    @Override
    public Boolean getBooleanOrNull(int column) {
        return nullable(column) ? null : getBoolean(column);
    }

    @Override
    public Byte getByteOrNull(int column) {
        return nullable(column) ? null : getByte(column);
    }

    @Override
    public Short getShortOrNull(int column) {
        return nullable(column) ? null : getShort(column);
    }

    @Override
    public Integer getIntOrNull(int column) {
        return nullable(column) ? null : getInt(column);
    }

    @Override
    public Long getLongOrNull(int column) {
        return nullable(column) ? null : getLong(column);
    }

    @Override
    public Float getFloatOrNull(int column) {
        return nullable(column) ? null : getFloat(column);
    }

    @Override
    public Double getDoubleOrNull(int column) {
        return nullable(column) ? null : getDouble(column);
    }

    @Override
    public BigDecimal getDecimal(int column) {
        if (nullable(column)) {
            return null;
        }
        int at = offsets[column];
        int count = int16(row, at);
        short[] digits = new short[count];
        for (int i = 0; i < count; i++) {
            digits[i] = int16(row, at + 8 + 2 * i);
        }
        try {
            return PostgresNumeric.decode(int16(row, at + 2), int16(row, at + 4) & 0xFFFF, int16(row, at + 6),
                    digits);
        } catch (ArithmeticException e) {
            throw new StorageException("reading asset '" + asset + "': column '" + columns[column].name()
                    + "' of table " + table + " holds " + e.getMessage() + ", which BigDecimal cannot hold");
        }
    }

    @Override
    public String getString(int column) {
        return nullable(column) ? null : new String(row, offsets[column], lengths[column], StandardCharsets.UTF_8);
    }

    @Override
    public LocalDate getDate(int column) {
        if (nullable(column)) {
            return null;
        }
        int days = int32(row, offsets[column]);
        if (days == Integer.MAX_VALUE) {
            return LocalDate.MAX;
        }
        if (days == Integer.MIN_VALUE) {
            return LocalDate.MIN;
        }
        return LocalDate.ofEpochDay(days + EPOCH_2000_DAYS);
    }

    @Override
    public LocalTime getTime(int column) {
        if (nullable(column)) {
            return null;
        }
        long micros = int64(row, offsets[column]);
        return micros >= 86_400_000_000L ? LocalTime.MAX : LocalTime.ofNanoOfDay(micros * 1000);
    }

    @Override
    public LocalDateTime getTimestamp(int column) {
        if (nullable(column)) {
            return null;
        }
        long micros = int64(row, offsets[column]);
        if (micros == Long.MAX_VALUE) {
            return LocalDateTime.MAX;
        }
        if (micros == Long.MIN_VALUE) {
            return LocalDateTime.MIN;
        }
        return LocalDateTime.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + EPOCH_2000_SECONDS,
                (int) Math.floorMod(micros, 1_000_000L) * 1000, ZoneOffset.UTC);
    }

    @Override
    public Instant getInstant(int column) {
        if (nullable(column)) {
            return null;
        }
        long micros = int64(row, offsets[column]);
        if (micros == Long.MAX_VALUE) {
            return Instant.MAX;
        }
        if (micros == Long.MIN_VALUE) {
            return Instant.MIN;
        }
        return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L) + EPOCH_2000_SECONDS,
                Math.floorMod(micros, 1_000_000L) * 1000);
    }

    /** A timestamp with time zone as an {@code OffsetDateTime} in UTC; PostgreSQL keeps no offset. */
    @Override
    public OffsetDateTime getOffsetDateTime(int column) {
        Instant instant = getInstant(column);
        return instant == null ? null : instant.atOffset(ZoneOffset.UTC);
    }

    @Override
    public UUID getUuid(int column) {
        if (nullable(column)) {
            return null;
        }
        int at = offsets[column];
        return new UUID(int64(row, at), int64(row, at + 8));
    }

    @Override
    public byte[] getBytes(int column) {
        if (nullable(column)) {
            return null;
        }
        return Arrays.copyOfRange(row, offsets[column], offsets[column] + lengths[column]);
    }
}
