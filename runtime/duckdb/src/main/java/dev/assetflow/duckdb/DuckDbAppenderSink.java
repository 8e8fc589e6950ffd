package dev.assetflow.duckdb;

import dev.assetflow.runtime.io.CheckedRowSink;
import dev.assetflow.runtime.io.Column;
import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.io.TemporalLimits;
import java.math.BigDecimal;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;
import org.duckdb.DuckDBAppender;

/** Appends checked values to DuckDB's Appender, column by column in the table's column order. */
final class DuckDbAppenderSink extends CheckedRowSink {

    /**
     * DuckDB's DATE (days since 1970 in 32 bits, without its {@code infinity} values), its timestamps
     * (microseconds since 1970 in 64 bits, without {@code infinity}) and their microsecond precision.
     */
    static final TemporalLimits TEMPORAL_LIMITS = new TemporalLimits("DuckDB", LocalDate.ofEpochDay(-2_147_483_646L),
            LocalDate.ofEpochDay(2_147_483_646L), LocalDateTime.of(-290_308, 12, 22, 0, 0),
            LocalDateTime.of(294_247, 1, 10, 4, 0, 54, 775_806_000), 6);

    private static final String TIMESTAMP_RANGE = "which is outside DuckDB's timestamp range (290309 BC to 294247 AD)";

    private final String asset;
    private final String table;
    private final List<Column> columns;
    private final DuckDBAppender appender;

    DuckDbAppenderSink(String asset, String table, List<Column> columns, DuckDBAppender appender) {
        super(asset, table, columns);
        limitTemporals(TEMPORAL_LIMITS);
        this.asset = asset;
        this.table = table;
        this.columns = columns;
        this.appender = appender;
    }

    @Override
    protected void beginRow() {
        super.beginRow();
        try {
            appender.beginRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void endRow() {
        super.endRow();
        try {
            appender.endRow();
        } catch (SQLException e) {
            throw failure(e);
        }
    }


    /** The index of the first unpaired surrogate in {@code value}, or -1. */
    static int unpairedSurrogate(String value) {
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            if (Character.isSurrogate(c)) {
                if (Character.isHighSurrogate(c) && i + 1 < value.length()
                        && Character.isLowSurrogate(value.charAt(i + 1))) {
                    i++;
                } else {
                    return i;
                }
            }
        }
        return -1;
    }

    private StorageException failure(SQLException e) {
        int column = currentColumn();
        String where = column >= 0 && column < columns.size() ? " column '" + columns.get(column).name() + "' of" : "";
        return new StorageException("asset '" + asset + "': appending" + where + " row " + rows() + " to table "
                + table + " failed: " + e.getMessage() + ". Nothing was written.", e);
    }

    @Override
    protected void writeNull() {
        try {
            appender.appendNull();
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeBoolean(boolean value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeByte(byte value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeShort(short value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeInt(int value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeLong(long value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeFloat(float value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeDouble(double value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeDecimal(BigDecimal value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeString(String value) {
        int surrogate = unpairedSurrogate(value);
        if (surrogate >= 0) {
            throw invalidValue("a string", "that has an unpaired UTF-16 surrogate at index " + surrogate
                    + ", which is not valid text and would be stored as '?'");
        }
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeDate(LocalDate value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeTime(LocalTime value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeTimestamp(LocalDateTime value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        } catch (ArithmeticException e) {
            throw invalidValue(value.toString(), TIMESTAMP_RANGE);
        }
    }

    @Override
    protected void writeInstant(Instant value) {
        try {
            appender.append(OffsetDateTime.ofInstant(value, ZoneOffset.UTC));
        } catch (SQLException e) {
            throw failure(e);
        } catch (ArithmeticException | java.time.DateTimeException e) {
            throw invalidValue(value.toString(), TIMESTAMP_RANGE);
        }
    }

    @Override
    protected void writeUuid(UUID value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }

    @Override
    protected void writeBytes(byte[] value) {
        try {
            appender.append(value);
        } catch (SQLException e) {
            throw failure(e);
        }
    }
}
