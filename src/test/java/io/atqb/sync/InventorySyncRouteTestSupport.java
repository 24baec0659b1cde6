package io.atqb.sync;

import io.atqb.AutotaskDouble;
import io.atqb.ServiceTest;
import io.atqb.connector.ConnectorAccounts;
import io.atqb.connector.ConnectorRequests.NewConnector;
import io.atqb.connector.WebConnectorService;
import io.atqb.history.HistoryEntry;
import io.atqb.history.HistoryRepository;
import io.atqb.history.SyncRunRepository;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import org.apache.camel.CamelContext;
import org.apache.camel.ProducerTemplate;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * Route tests of the sync's routes on the whole service (test profile, in-memory H2) with the simulated Autotask on
 * loopback (its server lives as long as the test JVM, like the cached context that points at it); the plan and
 * reconcile route tests share this one context. Each test works on its own connector and run.
 */
@ServiceTest
abstract class InventorySyncRouteTestSupport {

    static final AutotaskDouble DOUBLE = new AutotaskDouble(SyncScenario.tenant());

    @Autowired
    CamelContext camel;
    @Autowired
    ProducerTemplate producer;
    @Autowired
    WebConnectorService connectorService;
    @Autowired
    SyncRunRepository runs;
    @Autowired
    SyncItemRepository items;
    @Autowired
    HistoryRepository history;

    @DynamicPropertySource
    static void autotask(DynamicPropertyRegistry registry) {
        DOUBLE.register(registry);
    }

    /** A new connector of its own, so links kept by one test never reach another. */
    long newConnector() {
        String username = "route-test-" + UUID.randomUUID();
        return connectorService.create(new NewConnector("Route test", username, "route-test-password", "", 60,
                ConnectorAccounts.defaults())).id();
    }

    /** A run waiting for its plan, as arming leaves it (without loading anything in the background). */
    long newRun(long connectorId) {
        return runs.create(connectorId, "ROUTE_TEST", Instant.now());
    }

    SyncItem item(long runId, long productId) {
        return items.find(runId, productId).orElseThrow(() -> new AssertionError("no item for product " + productId));
    }

    List<HistoryEntry> history(long runId) {
        return history.entries(runId, 0, 1000);
    }
}
