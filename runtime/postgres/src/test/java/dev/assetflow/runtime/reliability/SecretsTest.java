package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.postgres.PostgresTestDatabase;
import java.io.ByteArrayOutputStream;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Passwords never appear in logs, exceptions, results, history or {@code toString()}: a second JVM logging at
 * DEBUG succeeds and fails in every way with a password in the URL and in the builder (the loopback server
 * trusts the connection, so the password is carried but not checked), and none of its output has it.
 */
class SecretsTest {

    @RegisterExtension
    static final PostgresTestDatabase DATABASE = new PostgresTestDatabase();

    /** With a {@code ;}, which pgjdbc reads as part of the password (it splits parameters on {@code &} only). */
    private static final String TAIL = "cd9X" + Long.toHexString(System.nanoTime());
    private static final String PASSWORD = "Sup3r-S3cret;" + TAIL;

    @Test
    void passwordNeverAppearsInAnyOutput() throws Exception {
        String url = PostgresUrls.withParameter(DATABASE.url(), "password", PASSWORD);
        Process child = ChildJvm.of(SecretsScenarioMain.class,
                        List.of("-Dorg.slf4j.simpleLogger.defaultLogLevel=debug"),
                        url, DATABASE.schema(), PASSWORD)
                .redirectErrorStream(true).start();
        String output;
        try (InputStream out = child.getInputStream()) {
            ByteArrayOutputStream bytes = new ByteArrayOutputStream();
            out.transferTo(bytes);
            output = bytes.toString(StandardCharsets.UTF_8);
        } finally {
            if (!child.waitFor(60, TimeUnit.SECONDS)) {
                child.destroyForcibly();
            }
        }
        assertThat(child.exitValue()).as(output).isZero();
        assertThat(output).as("the scenario ran to its end").contains("done")
                .contains("MATERIALIZED").contains("DEBUG")
                .contains("cannot connect").contains("does not exist").contains("jdbc:mysql").contains("notaport");
        assertThat(output).doesNotContain(PASSWORD).doesNotContain(TAIL).doesNotContain("Sup3r-S3cret");
    }
}
