package dev.assetflow.processor.base;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class SuggestionsTest {

    private static final List<String> KEYS = List.of("clean_sales_data", "raw_sales_data", "sales_summary");

    @Test
    void suggestsTheClosestKeyForATypo() {
        assertThat(Suggestions.closest("clean_sale_data", KEYS)).contains("clean_sales_data");
        assertThat(Suggestions.closest("sales_sumary", KEYS)).contains("sales_summary");
    }

    @Test
    void suggestsNothingWhenNothingIsClose() {
        assertThat(Suggestions.closest("customer_addresses", KEYS)).isEmpty();
        assertThat(Suggestions.closest("x", List.of("y", "zz"))).contains("y");
        assertThat(Suggestions.closest("ab", List.of("xyz"))).isEmpty();
    }

    @Test
    void tiesGoToTheAlphabeticallyFirst() {
        assertThat(Suggestions.closest("cat", List.of("cot", "bat"))).contains("bat");
    }

    @Test
    void editDistanceCountsInsertionsDeletionsAndSubstitutions() {
        assertThat(Suggestions.editDistance("kitten", "sitting")).isEqualTo(3);
        assertThat(Suggestions.editDistance("", "abc")).isEqualTo(3);
        assertThat(Suggestions.editDistance("same", "same")).isZero();
    }
}
