package dev.assetflow.ui;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SecretsTest {

    @Test
    void passwordsKeysAndTokensOfAUrlAreMasked() {
        assertThat(Secrets.maskUrl("jdbc:postgresql://db:5432/sales?user=etl&password=hunter22&ssl=true"))
                .isEqualTo("jdbc:postgresql://db:5432/sales?user=etl&password=***&ssl=true");
        assertThat(Secrets.maskUrl("jdbc:postgresql://etl:hunter22@db:5432/sales"))
                .isEqualTo("jdbc:postgresql://etl:***@db:5432/sales");
        assertThat(Secrets.maskUrl("jdbc:snowflake://acme.snowflakecomputing.com/?user=etl&private_key_file_pwd=pp11"
                + "&authenticator=snowflake_jwt&token=tt22")).isEqualTo("jdbc:snowflake://acme.snowflakecomputing.com/"
                + "?user=etl&private_key_file_pwd=***&authenticator=snowflake_jwt&token=***");
        assertThat(Secrets.maskUrl("jdbc:duckdb:/data/warehouse.duckdb")).isEqualTo("jdbc:duckdb:/data/warehouse.duckdb");
    }

    @Test
    void aPasswordIsMaskedAsFarAsTheDriverReadsIt() {
        // pgjdbc and snowflake-jdbc separate parameters with '&' only: ';' and '#' belong to the password.
        assertThat(Secrets.maskUrl("jdbc:postgresql://db/sales?password=S3cret;cd9Xsecret#x&user=etl"))
                .isEqualTo("jdbc:postgresql://db/sales?password=***&user=etl");
        assertThat(Secrets.of("jdbc:postgresql://db/sales?user=etl&password=S3cret;cd9Xsecret")
                .scrub("failed with S3cret;cd9Xsecret")).isEqualTo("failed with ***");
    }

    @Test
    void everySecretValueIsScrubbedFromAnyText() {
        Secrets secrets = Secrets.of("jdbc:postgresql://etl:hunter22@db/sales?password=other-secret", "access-token-1234");
        assertThat(secrets.scrub("FATAL: password hunter22 rejected; other-secret; access-token-1234; db sales"))
                .isEqualTo("FATAL: password *** rejected; ***; ***; db sales");
        assertThat(Secrets.of("jdbc:postgresql://db/sales?password=ab").scrub("ab abc")).isEqualTo("ab abc");
    }
}
