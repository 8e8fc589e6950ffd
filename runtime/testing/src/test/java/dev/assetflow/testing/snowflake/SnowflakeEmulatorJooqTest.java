package dev.assetflow.testing.snowflake;

import static dev.assetflow.testing.snowflake.EmulatorTestSupport.connect;
import static org.assertj.core.api.Assertions.assertThat;
import static org.jooq.impl.DSL.field;
import static org.jooq.impl.DSL.name;
import static org.jooq.impl.DSL.table;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.SQLDialect;
import org.jooq.Table;
import org.jooq.impl.DSL;
import org.jooq.impl.SQLDataType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** SQL as jOOQ renders it with {@code SQLDialect.DEFAULT} and quoted names ({@code DSL.name}), run through the driver. */
class SnowflakeEmulatorJooqTest {

    private static final Table<?> T = table(name("J", "T"));
    private static final Field<Long> ID = field(name("J", "T", "ID"), SQLDataType.BIGINT);
    private static final Field<String> NAME = field(name("J", "T", "NAME"), SQLDataType.VARCHAR);
    private static final Field<LocalDate> DAY = field(name("J", "T", "DAY"), SQLDataType.LOCALDATE);
    private static final Field<BigDecimal> D = field(name("J", "T", "D"), SQLDataType.DECIMAL(12, 2));
    private static final Field<LocalDateTime> AT = field(name("J", "T", "AT"), SQLDataType.LOCALDATETIME);
    private static final Field<OffsetDateTime> TS = field(name("J", "T", "TS"), SQLDataType.OFFSETDATETIME);

    private static SnowflakeEmulator emulator;
    private static Connection connection;
    private static DSLContext jooq;

    @BeforeAll
    static void start() throws SQLException {
        emulator = SnowflakeEmulator.start();
        connection = connect(emulator);
        jooq = DSL.using(connection, SQLDialect.DEFAULT);
    }

    @AfterAll
    static void stop() throws SQLException {
        connection.close();
        emulator.close();
    }

    @Test
    void ddlInsertSelectDeleteAsRenderedByJooq() {
        jooq.createSchemaIfNotExists("J").execute();
        jooq.createTableIfNotExists(T)
                .column("ID", SQLDataType.BIGINT.notNull())
                .column("NAME", SQLDataType.VARCHAR.notNull())
                .column("DAY", SQLDataType.LOCALDATE)
                .column("D", SQLDataType.DECIMAL(12, 2))
                .column("AT", SQLDataType.LOCALDATETIME)
                .column("TS", SQLDataType.OFFSETDATETIME)
                .execute();
        jooq.alterTable(T).add(field(name("NOTE"), SQLDataType.VARCHAR)).execute();

        int inserted = jooq.insertInto(T, ID, NAME, DAY, D, AT, TS)
                .values(1L, "a", LocalDate.of(2024, 1, 1), new BigDecimal("1.25"), LocalDateTime.of(2024, 1, 1, 12, 0),
                        OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC))
                .values(2L, "b", LocalDate.of(2024, 1, 2), null, null, null)
                .values(3L, "c", LocalDate.of(2024, 1, 3), new BigDecimal("-3.50"), null, null)
                .execute();
        assertThat(inserted).isEqualTo(3);

        assertThat(jooq.deleteFrom(T).where(DAY.ge(LocalDate.of(2024, 1, 2)).and(DAY.lt(LocalDate.of(2024, 1, 3))))
                .execute()).isEqualTo(1);

        // jOOQ reads OffsetDateTime through getString, which the driver formats with the session's output
        // format; Snowflake's default (FF3, TZHTZM) is neither lossless nor parseable by jOOQ.
        jooq.execute("alter session set TIMESTAMP_TZ_OUTPUT_FORMAT = 'YYYY-MM-DD HH24:MI:SS.FF9TZH:TZM'");
        var rows = jooq.select(ID, NAME, D, AT, TS).from(T).orderBy(ID).fetch();
        assertThat(rows).extracting(r -> r.get(ID)).containsExactly(1L, 3L);
        assertThat(rows.get(0).get(D)).isEqualByComparingTo("1.25");
        assertThat(rows.get(0).get(AT)).isEqualTo(LocalDateTime.of(2024, 1, 1, 12, 0));
        assertThat(rows.get(0).get(TS).toInstant()).isEqualTo(OffsetDateTime.of(2024, 1, 1, 12, 0, 0, 0, ZoneOffset.UTC).toInstant());
        assertThat(rows.get(1).get(NAME)).isEqualTo("c");

        List<String> columns = jooq.select(field(name("COLUMN_NAME"), String.class))
                .from(table(name("INFORMATION_SCHEMA", "COLUMNS")))
                .where(field(name("TABLE_SCHEMA")).eq("J").and(field(name("TABLE_NAME")).eq("T")))
                .orderBy(field(name("ORDINAL_POSITION")))
                .fetch(0, String.class);
        assertThat(columns).containsExactly("ID", "NAME", "DAY", "D", "AT", "TS", "NOTE");

        jooq.dropTableIfExists(T).execute();
    }
}
