package dev.assetflow.runtime.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Awkward values: each is stored exactly, or the asset fails with a message naming the asset, the table and
 * the column, and both the asset's table and another table keep their rows. Each backend extends this.
 */
public abstract class BadDataContract {

    public static final List<Item> GOOD = List.of(Item.of(1, "first"), Item.of(2, "second"));
    public static final List<Item> OTHER = List.of(Item.of(7, "other"));
    public static final AssetKey<Item> ITEMS = AssetKey.of("items");
    public static final AssetKey<Item> KEEP = AssetKey.of("keep");

    private final AtomicReference<List<Item>> rows = new AtomicReference<>(GOOD);
    private Materializer materializer;

    /** A materializer for {@code graph} on this backend. */
    public abstract Materializer materializer(AssetGraph graph);

    /** The asset's table as this backend's messages name it, e.g. {@code main.items}. */
    public abstract String table(String table);

    @BeforeEach
    public void materializeGoodRows() {
        AssetGraph graph = AssetGraph.of(List.of(Pipelines.items("items", () -> rows.get().stream()),
                Pipelines.items("keep", OTHER::stream)));
        materializer = materializer(graph);
        assertThat(materializer.materializeAll().isSuccess()).isTrue();
    }

    @AfterEach
    public void close() {
        materializer.close();
    }

    @Test
    public void nullInANotNullColumnIsRejected() {
        String failure = rejected(List.of(Item.of(10, "fine"), Item.of(11, null)));
        assertThat(failure).contains("'label'").contains("NOT NULL").contains("row 2");
    }

    @Test
    public void decimalThatDoesNotFitIsRejected() {
        rejected(List.of(new Item(10, "big", null, new BigDecimal("12345.67"), null)));
        String failure = rejected(List.of(new Item(11, "precise", null, new BigDecimal("1.005"), null)));
        assertThat(failure).contains("'price'").contains("DECIMAL(6, 2)");
    }

    @Test
    public void decimalsThatFitAreStoredExactly() {
        storedExactly(List.of(new Item(10, "max", null, new BigDecimal("9999.99"), null),
                new Item(11, "min", null, new BigDecimal("-9999.99"), null),
                new Item(12, "short scale", null, new BigDecimal("1.50"), null)));
    }

    @Test
    public void instantsAtTheEdgesAreStoredExactlyOrRejectedNamingTheColumn() {
        expect("edge instants", "at", List.of(new Item(10, "epoch", null, null, Instant.EPOCH),
                new Item(11, "micros", null, null, Instant.parse("2024-02-29T23:59:59.999999Z")),
                new Item(12, "year 1", null, null, Instant.parse("0001-01-01T00:00:00Z"))));
        expect("far future instant", "at", List.of(new Item(13, "far future", null, null,
                Instant.parse("+300000-01-01T00:00:00Z"))));
        expect("max instant", "at", List.of(new Item(14, "max", null, null, Instant.MAX)));
    }

    @Test
    public void textThatLooksLikeSqlIsStoredAsText() {
        storedExactly(List.of(Item.of(10, "'); drop table items; --"),
                new Item(11, "\"; DROP TABLE keep; --", "' OR '1'='1", null, null),
                Item.of(12, "$$; select 1; $$"), Item.of(13, "back\\slash \\N \\. \t tab\nnewline\r\n"),
                Item.of(14, "%_*?[]{}"), Item.of(15, "")));
    }

    @Test
    public void oddUnicodeIsStoredExactly() {
        storedExactly(List.of(Item.of(10, "emoji 😀 and 𝄞 (surrogate pairs)"),
                Item.of(11, "RTL: שלום مرحبا \u202Eevil\u202C"),
                Item.of(12, "zero\u200Bwidth\u200Djoiner\uFEFFbom"),
                Item.of(13, "combining e\u0301 vs \u00E9, a\u0308\u0304"),
                Item.of(14, "x".repeat(100_000)),
                Item.of(15, "\u0001\u001F control")));
    }

    @Test
    public void nulCharacterIsStoredExactlyOrRejectedNamingTheColumn() {
        expect("nul character", "label", List.of(Item.of(10, "before\u0000after")));
    }

    @Test
    public void unpairedSurrogateIsStoredExactlyOrRejectedNamingTheColumn() {
        expect("unpaired surrogate", "label", List.of(Item.of(10, "half \uD83D of an emoji")));
    }

    private String rejected(List<Item> bad) {
        rows.set(bad);
        MaterializeResult result = runItems();
        assertThat(result.isSuccess()).as("writing %s should fail", bad).isFalse();
        String failure = Pipelines.failure(result, "items");
        assertThat(failure).contains("'items'").contains(table("items"));
        assertUntouched();
        return failure;
    }

    private void storedExactly(List<Item> values) {
        rows.set(values);
        MaterializeResult result = runItems();
        assertThat(result.isSuccess()).as("%s", result).isTrue();
        assertThat(materializer.load(ITEMS)).containsExactlyInAnyOrderElementsOf(values);
        assertThat(materializer.load(KEEP)).containsExactlyElementsOf(OTHER);
    }

    /**
     * The cases this backend rejects, of {@code edge instants}, {@code far future instant}, {@code max instant},
     * {@code nul character} and {@code unpaired surrogate}; it must store every other case exactly.
     */
    protected abstract java.util.Set<String> rejectedCases();

    /** Case {@code kase}: rejected naming asset, table and column when this backend rejects it, else stored exactly. */
    private void expect(String kase, String column, List<Item> values) {
        if (rejectedCases().contains(kase)) {
            String failure = rejected(values);
            assertThat(failure).as("rejected, so naming asset, table and column").contains("'" + column + "'");
        } else {
            storedExactly(values);
            rows.set(GOOD);
            assertThat(runItems().isSuccess()).isTrue();
        }
    }

    private MaterializeResult runItems() {
        try {
            return materializer.materialize("items");
        } catch (MaterializationException e) {
            return e.result();
        }
    }

    private void assertUntouched() {
        assertThat(materializer.load(ITEMS)).as("the last good rows").containsExactlyElementsOf(GOOD);
        assertThat(materializer.load(KEEP)).as("the other table").containsExactlyElementsOf(OTHER);
    }
}
