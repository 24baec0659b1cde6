package io.atqb.operations;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.autotask.AutotaskProduct;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.camel.AggregationStrategy;
import org.apache.camel.Exchange;
import org.apache.camel.RoutesBuilder;
import org.apache.camel.spi.Registry;
import org.apache.camel.spi.Resource;
import org.apache.camel.support.PluginHelper;
import org.apache.camel.test.junit5.CamelTestSupport;
import org.junit.jupiter.api.Test;

/**
 * The worked example of ATQB_ROUTES_DIR tested on its own with camel-test-junit5: the custom plan route file
 * ({@code src/test/resources/operations/routes-dir/inventory-sync-plan.camel.yaml}) is loaded into a bare
 * CamelContext, its beans are stand-ins that answer what the route needs, and a snapshot goes in.
 */
class DemoProductsPlanRouteTest extends CamelTestSupport {

    static final String ROUTE_FILE = "classpath:operations/routes-dir/inventory-sync-plan.camel.yaml";

    @Override
    protected void bindToRegistry(Registry registry) {
        registry.bind("inventorySyncPlanner", new PlannerStandIn());
        registry.bind("notSyncedReceipts", new CollectNonNull());
        registry.bind("productTargets", new CollectNonNull());
    }

    @Override
    protected RoutesBuilder[] createRouteBuilders() throws Exception {
        Resource file = PluginHelper.getResourceLoader(context).resolveResource(ROUTE_FILE);
        return PluginHelper.getRoutesLoader(context).findRoutesBuilders(file).toArray(RoutesBuilder[]::new);
    }

    @Test
    void shouldLeaveProductsNamedDemoOutOfThePlan() {
        Snapshot snapshot = new Snapshot(List.of(), List.of(new AutotaskProduct(11, "Cable Cat6 3m", true),
                new AutotaskProduct(12, "Demo Widget", true), new AutotaskProduct(13, "Toner 12A", true)));

        Object planned = template.requestBodyAndHeader("direct:inventory-sync-plan", snapshot, "atqbRunId", 7L);

        assertThat(planned).asList().containsExactly("Cable Cat6 3m", "Toner 12A");
    }

    @Test
    void shouldKeepAProductWhoseNameOnlyContainsDemo() {
        Snapshot snapshot = new Snapshot(List.of(), List.of(new AutotaskProduct(14, "Demonstration Kit", true),
                new AutotaskProduct(15, "Old Demo Widget", true), new AutotaskProduct(16, "Demo", true)));

        Object planned = template.requestBodyAndHeader("direct:inventory-sync-plan", snapshot, "atqbRunId", 7L);

        assertThat(planned).asList().containsExactly("Demonstration Kit", "Old Demo Widget", "Demo");
    }

    /** What the route reads of the Autotask snapshot. */
    public record Snapshot(List<Object> ledgerReceipts, List<AutotaskProduct> products) {
    }

    /** Stands in for io.atqb.sync.InventorySyncPlanner: the target of a product is its name; save answers them. */
    public static final class PlannerStandIn {

        public List<Object> collect() {
            return new ArrayList<>();
        }

        public Map<Long, Long> excludedByProduct(List<Object> notSynced) {
            return Map.of();
        }

        public boolean receivedAfterTransfer(Object receipt) {
            return false;
        }

        public String target(AutotaskProduct product) {
            return product.name();
        }

        public List<Object> save(List<Object> targets) {
            return targets;
        }
    }

    /** Collects the parts' bodies that are not null into the split's input list, like the service's collectors. */
    static final class CollectNonNull implements AggregationStrategy {

        @Override
        @SuppressWarnings("unchecked")
        public Exchange aggregate(Exchange oldExchange, Exchange newExchange, Exchange inputExchange) {
            List<Object> collected = inputExchange.getMessage().getBody(List.class);
            if (newExchange != null && newExchange.getMessage().getBody() != null) {
                collected.add(newExchange.getMessage().getBody());
            }
            Exchange result = oldExchange != null ? oldExchange : newExchange;
            result.getMessage().setBody(collected);
            return result;
        }

        @Override
        public Exchange aggregate(Exchange oldExchange, Exchange newExchange) {
            throw new UnsupportedOperationException("a split aggregation strategy");
        }
    }
}
