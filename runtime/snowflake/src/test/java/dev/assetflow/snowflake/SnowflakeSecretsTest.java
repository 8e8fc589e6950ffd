package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.assetflow.runtime.io.StorageException;
import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.Sale;
import dev.assetflow.runtime.internal.Rows;
import dev.assetflow.runtime.io.TableSlice;
import dev.assetflow.testing.snowflake.SnowflakeEmulator;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.SQLException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Supplier;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Secrets (password, private key passphrase, the private key file's content, secret URL parameters) never
 * show in exception messages, exception chains, {@code toString()} or logs: the slf4j-simple output on
 * System.err and the driver's own java.util.logging records, captured while the IO manager and a
 * materializer fail against the emulator through the real driver.
 */
class SnowflakeSecretsTest {

    private static final String PASSWORD = "Pa55-word-never-shown";
    private static final String PASSPHRASE = "key-passphrase-never-shown";
    private static final String KEY_BODY = "MIIEvQIBADANBgkqhkiG9w0BAQEFAASCBKcwggSjAgEAAoIBAQC7keyContentNeverShown";
    private static final String URL_TOKEN = "url-token-never-shown";

    private static SnowflakeEmulator emulator;

    @TempDir
    Path directory;

    @BeforeAll
    static void startEmulator() {
        emulator = SnowflakeEmulator.start();
    }

    @AfterAll
    static void stopEmulator() {
        emulator.close();
    }

    private static SnowflakeIOManager.Builder emulatorBuilder() {
        return SnowflakeIOManager.builder().url(emulator.jdbcUrl()).user(SnowflakeEmulator.DEFAULT_USER)
                .database(emulator.database()).schema("SECRETS");
    }

    @Test
    void toStringShowsWhereAndWhoButNoSecret() throws Exception {
        Path key = privateKeyFile();
        SnowflakeIOManager.Builder builder = SnowflakeIOManager.builder().account("xy12345.eu-central-1")
                .user("ETL").password(PASSWORD).privateKeyPassphrase(PASSPHRASE).database("ANALYTICS")
                .url("jdbc:snowflake://xy12345.snowflakecomputing.com/?token=" + URL_TOKEN);
        try (SnowflakeIOManager io = builder.build()) {
            assertThat(io.toString()).contains("ETL").contains("ANALYTICS");
            assertNoSecret(io.toString());
            assertNoSecret(builder.toString());
        }
        try (SnowflakeIOManager io = emulatorBuilder().privateKeyFile(key).privateKeyPassphrase(PASSPHRASE).build()) {
            assertNoSecret(io.toString());
        }
    }

    @Test
    void aWrongPasswordFailsClearlyWithoutThePassword() {
        Captured captured = capture(() -> {
            try (SnowflakeIOManager io = emulatorBuilder().password(PASSWORD).build()) {
                return catchThrowable(() -> io.write(new TableSlice("sales", null, "sales"), Sale.ROW_TYPE,
                        Stream.of(new Sale(1, "ann", 1.0, LocalDate.of(2024, 1, 1)))));
            }
        });

        assertThat(captured.error()).isInstanceOf(StorageException.class)
                .hasMessageContaining("asset 'sales'")
                .hasMessageContaining("cannot connect to Snowflake")
                .hasMessageContaining(SnowflakeEmulator.DEFAULT_USER)
                .hasMessageContaining("SECRETS.SALES")
                .hasMessageContaining("Incorrect username or password");
        assertNoSecret(captured.everything());
    }

    @Test
    void aSecretInTheUrlIsScrubbedFromTheDriversErrors() {
        // A user the emulator does not know, the password in the URL, where drivers may echo it.
        String url = emulator.jdbcUrl() + "&password=" + PASSWORD + "&token=" + URL_TOKEN;
        Captured captured = capture(() -> {
            try (SnowflakeIOManager io = SnowflakeIOManager.builder().url(url).user("nobody").password(PASSWORD)
                    .database(emulator.database()).build()) {
                return catchThrowable(() -> io.read(new TableSlice("sales", null, "sales"), Sale.ROW_TYPE));
            }
        });

        assertThat(captured.error()).isInstanceOf(StorageException.class)
                .hasMessageContaining("asset 'sales': cannot connect to Snowflake")
                .hasMessageContaining("password=***").hasMessageContaining("token=***");
        assertNoSecret(captured.everything());
    }

    @Test
    void aDriverExceptionThatEchoesThePropertiesIsCopiedWithoutThem() {
        SnowflakeSettings settings = SnowflakeSettings.of("jdbc:snowflake://h/?private_key_file_pwd=" + PASSPHRASE,
                null, "ETL", PASSWORD, "/keys/rsa.p8", PASSPHRASE, null, "DB", null, null, Map.of());
        SQLException echo = new SQLException("login failed for {user=ETL, password=" + PASSWORD
                + ", private_key_file_pwd=" + PASSPHRASE + "}", "08001", 390100,
                new IllegalStateException("url jdbc:snowflake://h/?private_key_file_pwd=" + PASSPHRASE));
        echo.addSuppressed(new RuntimeException("again " + PASSWORD));

        Throwable scrubbed = SnowflakeSecrets.withoutSecrets(echo, settings);

        assertNoSecret(stackTrace(scrubbed));
        assertThat(scrubbed).isInstanceOf(SQLException.class).hasMessageContaining("password=***");
        assertThat(((SQLException) scrubbed).getErrorCode()).isEqualTo(390100);
        assertThat(((SQLException) scrubbed).getSQLState()).isEqualTo("08001");
        assertThat(scrubbed.getStackTrace()).isEqualTo(echo.getStackTrace());
        assertThat(settings.describe()).contains("ETL").doesNotContain(PASSPHRASE);
    }

    @Test
    void aPrivateKeyThatCannotBeUsedFailsWithoutItsContentOrPassphrase() throws Exception {
        Path key = privateKeyFile();
        Captured captured = capture(() -> {
            try (SnowflakeIOManager io = emulatorBuilder().privateKeyFile(key).privateKeyPassphrase(PASSPHRASE)
                    .build()) {
                return catchThrowable(() -> io.write(new TableSlice("sales", null, "sales"), Sale.ROW_TYPE,
                        Stream.of(new Sale(1, "ann", 1.0, LocalDate.of(2024, 1, 1)))));
            }
        });

        assertThat(captured.error()).isInstanceOf(StorageException.class)
                .hasMessageContaining("cannot connect to Snowflake");
        assertThat(captured.log()).as("the driver logged reading the key file").contains("rsa_key.p8");
        assertNoSecret(captured.everything());
    }

    @Test
    void aMaterializerRunWithBadCredentialsLogsNoSecret() {
        AssetDefinition<Sale> sales = AssetDefinition.builder("raw_sales", Sale.ROW_TYPE)
                .computation(in -> Rows.of(List.of(new Sale(1, "ann", 1.0, LocalDate.of(2024, 1, 1))))).build();
        Captured captured = capture(() -> {
            try (SnowflakeIOManager io = emulatorBuilder().password(PASSWORD).build();
                    Materializer materializer = Materializer.builder(AssetGraph.of(List.of(sales)))
                            .ioManager(Materializer.DEFAULT_IO, io).build()) {
                return catchThrowable(materializer::materializeAll);
            }
        });

        // The storage check fails the run before any asset runs (SnowflakeAvailabilityTest).
        assertThat(captured.error()).isInstanceOf(StorageException.class)
                .hasMessageStartingWith("cannot use Snowflake at ").hasMessageContaining("Incorrect username or password");
        assertNoSecret(captured.everything());
    }

    @Test
    void missingSettingsAreListedInOneMessage() {
        assertThatThrownBy(() -> SnowflakeIOManager.builderFromEnvironment(Map.of("SNOWFLAKE_PASSWORD", PASSWORD))
                .build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("SNOWFLAKE_ACCOUNT").hasMessageContaining("SNOWFLAKE_USER")
                .hasMessageContaining("SNOWFLAKE_DATABASE")
                .hasMessageNotContaining("SNOWFLAKE_PASSWORD or")
                .hasMessageNotContaining(PASSWORD);
    }

    private Path privateKeyFile() throws Exception {
        Path key = directory.resolve("rsa_key.p8");
        Files.writeString(key, "-----BEGIN ENCRYPTED PRIVATE KEY-----\n" + KEY_BODY
                + "\n-----END ENCRYPTED PRIVATE KEY-----\n");
        return key;
    }

    private static void assertNoSecret(String text) {
        assertThat(text).doesNotContain(PASSWORD).doesNotContain(PASSPHRASE).doesNotContain(KEY_BODY)
                .doesNotContain(URL_TOKEN);
    }

    private static String stackTrace(Throwable error) {
        StringWriter out = new StringWriter();
        error.printStackTrace(new PrintWriter(out));
        return out.toString();
    }

    /** What a piece of work threw or returned, and what was logged meanwhile. */
    private record Captured(Throwable error, String log) {
        String everything() {
            return (error == null ? "" : error + "\n" + stackTrace(error)) + "\n" + log;
        }
    }

    /**
     * Runs {@code work} with System.err (where slf4j-simple writes) captured and a handler on the driver's
     * java.util.logging logger at FINEST.
     */
    private static Captured capture(Supplier<Throwable> work) {
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        List<String> driverLog = new ArrayList<>();
        Handler handler = new Handler() {
            @Override
            public void publish(LogRecord record) {
                String message = record.getMessage();
                Object[] parameters = record.getParameters();
                driverLog.add(message + (parameters == null ? "" : " " + List.of(parameters))
                        + (record.getThrown() == null ? "" : " " + stackTrace(record.getThrown())));
            }

            @Override
            public void flush() {
            }

            @Override
            public void close() {
            }
        };
        Logger driver = Logger.getLogger("net.snowflake");
        Level level = driver.getLevel();
        driver.setLevel(Level.FINEST);
        handler.setLevel(Level.FINEST);
        driver.addHandler(handler);
        PrintStream original = System.err;
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        Throwable error;
        try {
            error = work.get();
        } finally {
            System.setErr(original);
            driver.removeHandler(handler);
            driver.setLevel(level);
        }
        String log = err.toString(StandardCharsets.UTF_8) + "\n" + String.join("\n", driverLog);
        original.print(err.toString(StandardCharsets.UTF_8));
        return new Captured(error, log);
    }
}
