package dev.assetflow.processor;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.assetflow.runtime.AssetCheckDefinition;
import dev.assetflow.runtime.AssetDefinition;
import dev.assetflow.runtime.AssetGraph;
import dev.assetflow.runtime.AssetKey;
import dev.assetflow.runtime.AssetSelection;
import dev.assetflow.runtime.CheckOutcome;
import dev.assetflow.runtime.MaterializationException;
import dev.assetflow.runtime.MaterializeResult;
import dev.assetflow.runtime.Materializer;
import dev.assetflow.runtime.RetryPolicy;
import dev.assetflow.runtime.io.RowType;
import dev.assetflow.runtime.io.InMemoryIOManager;
import dev.assetflow.runtime.io.TableSlice;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Runs the generated Pipeline of the shop example in memory: a source asset read through a projection,
 * partitions, a resource, the asset context and a blocking check, as the runtime sees them.
 */
class ShopPipelineRunTest {

    private static final String PIPELINE = "com.acme.shop.Pipeline";
    private static CompiledClasses shop;

    @BeforeAll
    static void compile() {
        Compilation compilation = Compilations.compile(ShopSources.all());
        assertThat(compilation).succeededWithoutWarnings();
        shop = new CompiledClasses(compilation);
    }

    private static AssetGraph graph() throws ReflectiveOperationException {
        return (AssetGraph) shop.invokeStatic(PIPELINE, "graph");
    }

    @Test
    void graphCarriesPartitionsRetriesResourcesSourcesAndChecks() throws Exception {
        AssetGraph graph = graph();
        Class<?> prices = shop.loadClass("com.acme.shop.Prices");

        AssetDefinition<?> sales = graph.require("sales");
        assertThat(sales.partitions().orElseThrow().column()).isEqualTo("day");
        assertThat(sales.partitions().orElseThrow().keys()).hasSize(31).startsWith("2024-01-01").endsWith("2024-01-31");
        assertThat(sales.retry()).isEqualTo(new RetryPolicy(2, 0, 1.0));
        assertThat(sales.resources()).containsExactly(prices);
        assertThat(sales.inputs().get(0).upstream()).isEqualTo("erp_customers");

        AssetDefinition<?> totals = graph.require("region_totals");
        assertThat(totals.partitions().orElseThrow().keys()).containsExactly("eu", "us");
        assertThat(totals.retry()).isEqualTo(RetryPolicy.NONE);
        assertThat(totals.resources()).isEmpty();

        AssetDefinition<?> customers = graph.require("erp_customers");
        assertThat(customers.isSource()).isTrue();
        assertThat(customers.schema()).contains("erp");
        assertThat(customers.group()).isEqualTo("erp");
        assertThat(customers.description()).isEqualTo("Customers, kept by the ERP");
        AssetKey<?> key = (AssetKey<?>) shop.staticField(PIPELINE, "ERP_CUSTOMERS");
        assertThat(key.name()).isEqualTo("erp_customers");

        AssetCheckDefinition check = graph.checks().get(0);
        assertThat(check.name()).isEqualTo("priced_sales");
        assertThat(check.asset()).isEqualTo("sales");
        assertThat(check.blocking()).isTrue();
        assertThat(check.description()).isEqualTo("No sale is free");
        assertThat(check.resources()).containsExactly(prices);
        assertThat(check.method()).isEqualTo("com.acme.shop.ShopChecks#pricedSales");
        assertThat(check.codeVersion()).matches("[0-9a-f]{16}");
    }

    @Test
    void partitionReadsTheSourceInjectsResourceAndContextAndRunsTheCheck() throws Exception {
        InMemoryIOManager io = new InMemoryIOManager();
        storeCustomers(io);
        try (Materializer materializer = materializer(io, 2.5)) {
            MaterializeResult result = materializer.materialize(AssetSelection.keys(List.of("sales")), "2024-01-02");
            assertThat(result.isSuccess()).as(result.toString()).isTrue();
            assertThat(result.asset("sales").orElseThrow().rows()).isEqualTo(2);
            assertThat(materializer.load(AssetKey.of("sales"))).extracting(Object::toString).containsExactlyInAnyOrder(
                    "Sale[id=102, region=eu, day=2024-01-02, amount=2.5]",
                    "Sale[id=202, region=us, day=2024-01-02, amount=2.5]");
            CheckOutcome outcome = result.checks().get(0);
            assertThat(outcome.check()).isEqualTo("priced_sales");
            assertThat(outcome.passed()).isTrue();
            assertThat(outcome.metadata()).containsEntry("free", 0L);

            MaterializeResult totals = materializer.materialize(AssetSelection.keys(List.of("region_totals")), "us");
            assertThat(totals.isSuccess()).as(totals.toString()).isTrue();
            assertThat(materializer.load(AssetKey.of("region_totals"))).extracting(Object::toString)
                    .containsExactly("RegionTotal[region=us, total=2.5, run=region_totals]");
        }
    }

    @Test
    void failingCheckIsReportedWithItsDescription() throws Exception {
        InMemoryIOManager io = new InMemoryIOManager();
        storeCustomers(io);
        try (Materializer materializer = materializer(io, 0.0)) {
            MaterializeResult result;
            try {
                result = materializer.materialize(AssetSelection.keys(List.of("sales")), "2024-01-05");
            } catch (MaterializationException e) {
                result = e.result();
            }
            assertThat(result.failedChecks()).extracting(CheckOutcome::description)
                    .containsExactly("2 sales are free");
        }
    }

    @Test
    void partitionOutsideTheDeclaredRangeIsRefused() throws Exception {
        try (Materializer materializer = materializer(new InMemoryIOManager(), 1.0)) {
            assertThatThrownBy(() -> materializer.materialize(AssetSelection.keys(List.of("sales")), "2024-02-01"))
                    .hasMessageContaining("2024-02-01");
        }
    }

    private static Materializer materializer(InMemoryIOManager io, double price) throws Exception {
        @SuppressWarnings("unchecked")
        Class<Object> prices = (Class<Object>) shop.loadClass("com.acme.shop.Prices");
        Object constantPrice = Proxy.newProxyInstance(shop, new Class<?>[] {prices},
                (proxy, method, args) -> method.getName().equals("price") ? price : null);
        Materializer.Builder builder = (Materializer.Builder) shop.invokeStatic(PIPELINE, "materializer");
        return builder.ioManager("default", io).resource(prices, constantPrice).parallelism(1).build();
    }

    @SuppressWarnings("unchecked")
    private static void storeCustomers(InMemoryIOManager io) throws Exception {
        RowType<Object> rowType = (RowType<Object>) graph().require("erp_customers").rowType();
        var constructor = shop.loadClass("com.acme.shop.Customer").getConstructor(long.class, String.class,
                String.class);
        io.write(new TableSlice("erp_customers", "erp", "erp_customers"), rowType, Stream.of(
                constructor.newInstance(1L, "ann", "eu"), constructor.newInstance(2L, "bob", "us")));
    }
}
