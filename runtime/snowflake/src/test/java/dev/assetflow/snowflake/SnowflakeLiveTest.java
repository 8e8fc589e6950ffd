package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.Sale.OwnerAmount;
import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.io.AllTypes;
import dev.assetflow.runtime.io.Samples;
import dev.assetflow.runtime.io.TableSlice;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import java.util.stream.LongStream;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * The key checks against real Snowflake, configured by the {@code SNOWFLAKE_*} environment variables of
 * {@link SnowflakeIOManager#fromEnvironment()} (account, user, password or private key file, database, and
 * a warehouse to run COPY); skipped, saying why, when they are not set. Works in a schema of its own,
 * {@code ASSETFLOW_LIVE_<random>}, dropped at the end.
 */
class SnowflakeLiveTest {

    private static final String SCHEMA = "ASSETFLOW_LIVE_"
            + HexFormat.of().withUpperCase().toHexDigits(ThreadLocalRandom.current().nextInt());
    private static Map<String, String> environment;
    private static SnowflakeIOManager io;

    /** Per test, so that each one reports why it was skipped. */
    @BeforeEach
    void requireSnowflake() {
        Map<String, String> env = System.getenv();
        Assumptions.assumeTrue(env.get("SNOWFLAKE_ACCOUNT") != null || env.get("SNOWFLAKE_URL") != null,
                "SNOWFLAKE_ACCOUNT (or SNOWFLAKE_URL) is not set: no real Snowflake to test against");
        Assumptions.assumeTrue(env.get("SNOWFLAKE_USER") != null
                        && (env.get("SNOWFLAKE_PASSWORD") != null || env.get("SNOWFLAKE_PRIVATE_KEY_FILE") != null),
                "SNOWFLAKE_USER with SNOWFLAKE_PASSWORD or SNOWFLAKE_PRIVATE_KEY_FILE is not set");
        Assumptions.assumeTrue(env.get("SNOWFLAKE_DATABASE") != null, "SNOWFLAKE_DATABASE is not set");
        if (io == null) {
            environment = new HashMap<>(env);
            environment.put("SNOWFLAKE_SCHEMA", SCHEMA);
            io = SnowflakeIOManager.builderFromEnvironment(environment).build();
        }
    }

    @AfterAll
    static void dropSchema() throws Exception {
        if (io == null) {
            return;
        }
        io.close();
        execute("drop schema if exists \"" + SCHEMA + "\" cascade");
    }

    /** A session of its own, straight through the driver, with the same settings. */
    private static Connection connection() throws Exception {
        SnowflakeSettings settings = SnowflakeSettings.of(environment.get("SNOWFLAKE_URL"),
                environment.get("SNOWFLAKE_ACCOUNT"), environment.get("SNOWFLAKE_USER"),
                environment.get("SNOWFLAKE_PASSWORD"), environment.get("SNOWFLAKE_PRIVATE_KEY_FILE"),
                environment.get("SNOWFLAKE_PRIVATE_KEY_PASSPHRASE"), environment.get("SNOWFLAKE_WAREHOUSE"),
                environment.get("SNOWFLAKE_DATABASE"), null, environment.get("SNOWFLAKE_ROLE"), Map.of());
        return DriverManager.getConnection(settings.jdbcUrl(), settings.connectionProperties());
    }

    private static void execute(String sql) throws Exception {
        try (Connection connection = connection(); Statement statement = connection.createStatement()) {
            statement.execute(sql);
        }
    }

    private static List<String> column(String sql) throws Exception {
        try (Connection connection = connection(); Statement statement = connection.createStatement();
                ResultSet rs = statement.executeQuery(sql)) {
            List<String> values = new ArrayList<>();
            while (rs.next()) {
                values.add(rs.getString(1));
            }
            return values;
        }
    }

    private static TableSlice slice(String table) {
        return new TableSlice(table, null, table);
    }

    @Test
    void everyTypeRoundTrips() {
        io.write(slice("all_types"), AllTypes.ROW_TYPE, Samples.all().stream());
        try (Stream<AllTypes> rows = io.read(slice("all_types"), AllTypes.ROW_TYPE)) {
            assertThat(rows.toList()).usingRecursiveFieldByFieldElementComparator(Samples.exact())
                    .containsExactlyInAnyOrderElementsOf(Samples.all());
        }
    }

    @Test
    void aLargeWriteReadsBackProjected() {
        long count = 200_000;
        assertThat(io.write(slice("sales"), Sale.ROW_TYPE, LongStream.rangeClosed(1, count)
                .mapToObj(i -> new Sale(i, "owner" + (i % 7), i % 5 == 0 ? null : i * 0.5, LocalDate.of(2024, 1, 1)))))
                .isEqualTo(count);
        try (Stream<OwnerAmount> rows = io.read(slice("sales"), OwnerAmount.ROW_TYPE)) {
            assertThat(rows.count()).isEqualTo(count);
        }
    }

    @Test
    void aFailedReplaceLeavesTheTableAndNoStagingTable() throws Exception {
        io.write(slice("replaced"), Sale.ROW_TYPE, Stream.of(new Sale(1, "old", 1.0, LocalDate.of(2024, 1, 1))));
        Stream<Sale> failing = LongStream.rangeClosed(1, 1_000).mapToObj(i -> {
            if (i == 900) {
                throw new IllegalStateException("broke at row 900");
            }
            return new Sale(i, "new", 1.0, LocalDate.of(2024, 1, 1));
        });
        assertThatThrownBy(() -> io.write(slice("replaced"), Sale.ROW_TYPE, failing))
                .hasMessageContaining("broke at row 900");
        try (Stream<Sale> rows = io.read(slice("replaced"), Sale.ROW_TYPE)) {
            assertThat(rows.map(Sale::owner)).containsExactly("old");
        }
        assertThat(column("select table_name from information_schema.tables where table_schema = '" + SCHEMA
                + "'")).contains("REPLACED").noneMatch(name -> name.contains("__ASSETFLOW_STAGING_"));
        // Users query the tables unquoted.
        assertThat(column("select owner from " + SCHEMA + ".replaced")).containsExactly("old");
    }

    @Test
    void aWrongPasswordFailsWithoutThePassword() {
        Map<String, String> wrong = new HashMap<>(environment);
        wrong.remove("SNOWFLAKE_PRIVATE_KEY_FILE");
        wrong.put("SNOWFLAKE_PASSWORD", "wrong-" + SCHEMA);
        try (SnowflakeIOManager bad = SnowflakeIOManager.builderFromEnvironment(wrong).build()) {
            assertThatThrownBy(() -> bad.read(slice("sales"), Sale.ROW_TYPE))
                    .isInstanceOf(StorageException.class)
                    .hasMessageContaining("cannot connect to Snowflake")
                    .hasMessageNotContaining("wrong-" + SCHEMA);
        }
    }
}
