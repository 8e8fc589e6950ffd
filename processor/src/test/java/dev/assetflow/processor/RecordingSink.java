package dev.assetflow.processor;

import dev.assetflow.runtime.io.RowSink;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/** Records the values a generated writer puts, and which method put each. */
final class RecordingSink implements RowSink {

    /** What {@link #putNull()} records. */
    static final Object NULL = new Object() {
        @Override
        public String toString() {
            return "NULL";
        }
    };

    final List<Object> values = new ArrayList<>();
    final List<String> calls = new ArrayList<>();

    private void put(String call, Object value) {
        calls.add(call);
        values.add(value);
    }

    @Override
    public void putNull() {
        put("putNull", NULL);
    }

    @Override
    public void putBoolean(boolean value) {
        put("putBoolean", value);
    }

    @Override
    public void putByte(byte value) {
        put("putByte", value);
    }

    @Override
    public void putShort(short value) {
        put("putShort", value);
    }

    @Override
    public void putInt(int value) {
        put("putInt", value);
    }

    @Override
    public void putLong(long value) {
        put("putLong", value);
    }

    @Override
    public void putFloat(float value) {
        put("putFloat", value);
    }

    @Override
    public void putDouble(double value) {
        put("putDouble", value);
    }

    @Override
    public void putDecimal(BigDecimal value) {
        put("putDecimal", value);
    }

    @Override
    public void putString(String value) {
        put("putString", value);
    }

    @Override
    public void putDate(LocalDate value) {
        put("putDate", value);
    }

    @Override
    public void putTime(LocalTime value) {
        put("putTime", value);
    }

    @Override
    public void putTimestamp(LocalDateTime value) {
        put("putTimestamp", value);
    }

    @Override
    public void putInstant(Instant value) {
        put("putInstant", value);
    }

    @Override
    public void putOffsetDateTime(OffsetDateTime value) {
        put("putOffsetDateTime", value);
    }

    @Override
    public void putUuid(UUID value) {
        put("putUuid", value);
    }

    @Override
    public void putBytes(byte[] value) {
        put("putBytes", value);
    }
}
