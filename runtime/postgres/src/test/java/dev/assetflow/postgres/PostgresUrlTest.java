package dev.assetflow.postgres;

import dev.assetflow.runtime.io.StorageException;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** A malformed PostgreSQL URL is a clear Assetflow error at build time, without the password. */
class PostgresUrlTest {

    @Test
    void aPortThatIsNotANumberIsReportedAsAnInvalidUrlWithoutThePassword() {
        assertThatThrownBy(() -> PostgresIOManager.builder(
                "jdbc:postgresql://127.0.0.1:notaport/test?user=etl&password=s3cret-pw").build())
                .isInstanceOf(StorageException.class)
                .hasMessageContaining("not a valid PostgreSQL JDBC URL")
                .hasMessageContaining("jdbc:postgresql://host[:port]/database")
                .hasMessageNotContaining("s3cret-pw");
    }
}
