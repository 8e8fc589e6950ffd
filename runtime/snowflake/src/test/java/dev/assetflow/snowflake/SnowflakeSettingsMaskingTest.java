package dev.assetflow.snowflake;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

/**
 * A secret URL parameter is masked whole, as snowflake-jdbc reads it: parameters are separated by {@code &}
 * only, so {@code password=S3cret;cd9X...} is one password.
 */
class SnowflakeSettingsMaskingTest {

    private static final String TAIL = "cd9X-never-shown";

    private static SnowflakeSettings settings(String url) {
        return SnowflakeSettings.of(url, null, "ETL", null, null, null, null, "DB", null, null, Map.of());
    }

    @Test
    void aPasswordWithASemicolonIsMaskedWhole() {
        SnowflakeSettings settings = settings("jdbc:snowflake://h/?password=S3cret;" + TAIL + "&warehouse=WH");

        assertThat(settings.describe()).isEqualTo("jdbc:snowflake://h/?password=***&warehouse=WH as ETL, database DB");
        assertThat(settings.scrub("login to jdbc:snowflake://h/?password=S3cret;" + TAIL + " failed"))
                .isEqualTo("login to jdbc:snowflake://h/?password=*** failed");
        assertThat(settings.scrub("the driver said: S3cret;" + TAIL)).isEqualTo("the driver said: ***");
    }

    @Test
    void anEncodedPasswordIsMaskedAsWrittenAndAsTheDriverDecodesIt() {
        SnowflakeSettings settings = settings("jdbc:snowflake://h/?token=S3cret%3B" + TAIL);

        assertThat(settings.describe()).doesNotContain(TAIL);
        assertThat(settings.scrub("token S3cret;" + TAIL + " and S3cret%3B" + TAIL)).isEqualTo("token *** and ***");
    }
}
