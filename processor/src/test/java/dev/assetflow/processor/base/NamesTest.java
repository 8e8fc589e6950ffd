package dev.assetflow.processor.base;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class NamesTest {

    @ParameterizedTest
    @CsvSource({
        "cleanSalesData, clean_sales_data",
        "parseHTTPLog, parse_http_log",
        "HTTPServer, http_server",
        "sha256Hash, sha256_hash",
        "address2, address2",
        "already_snake, already_snake",
        "id, id",
        "URL, url",
        "userID, user_id",
        "a_B, a_b",
    })
    void snakeCase(String javaName, String expected) {
        assertThat(Names.snakeCase(javaName)).isEqualTo(expected);
    }

    @ParameterizedTest
    @CsvSource({
        "clean_sales_data, true",
        "_private, true",
        "x1, true",
        "1x, false",
        "Sales, false",
        "sales-data, false",
        "'sales data', false",
        "'', false",
    })
    void sqlIdentifier(String name, boolean valid) {
        assertThat(Names.isSqlIdentifier(name)).isEqualTo(valid);
    }

    @ParameterizedTest
    @CsvSource({"63, true", "64, false"})
    void sqlIdentifierLength(int length, boolean valid) {
        assertThat(Names.isSqlIdentifier("a".repeat(length))).isEqualTo(valid);
    }
}
