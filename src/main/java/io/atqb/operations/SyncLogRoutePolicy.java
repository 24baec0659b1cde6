package io.atqb.operations;

import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import java.util.Optional;
import org.apache.camel.CamelContext;
import org.apache.camel.Exchange;
import org.apache.camel.NamedNode;
import org.apache.camel.Route;
import org.apache.camel.spi.RoutePolicy;
import org.apache.camel.spi.RoutePolicyFactory;
import org.apache.camel.support.RoutePolicySupport;
import org.springframework.stereotype.Component;

/**
 * The sync's log context on the thread that loads a run in the background: the {@code inventory-sync-load} route
 * receives the run id as its body; while it works on it, its log lines (and those of the Autotask pull it runs on the
 * same thread) carry the run id and connector (see {@link SyncLogContext}).
 */
@Component
public class SyncLogRoutePolicy implements RoutePolicyFactory {

    /** The route that loads a run; its body is the run id (the sync package's route file). */
    static final String LOAD_ROUTE = "inventory-sync-load";
    private static final String CONTEXT = "atqbSyncLogContext";

    private final SyncRunRepository runs;

    public SyncLogRoutePolicy(SyncRunRepository runs) {
        this.runs = runs;
    }

    @Override
    public RoutePolicy createRoutePolicy(CamelContext camelContext, String routeId, NamedNode route) {
        return LOAD_ROUTE.equals(routeId) ? new LoadRunPolicy(runs) : null;
    }

    /** Opens the log context when an exchange starts the load route, closes it when the exchange is done. */
    static final class LoadRunPolicy extends RoutePolicySupport {

        private final SyncRunRepository runs;

        LoadRunPolicy(SyncRunRepository runs) {
            this.runs = runs;
        }

        @Override
        public void onExchangeBegin(Route route, Exchange exchange) {
            Long runId = exchange.getMessage().getBody(Long.class);
            Optional<SyncRun> run = runId == null ? Optional.empty() : runs.find(runId);
            run.ifPresent(found -> exchange.setProperty(CONTEXT, SyncLogContext.open(found.id(),
                    found.connectorId())));
        }

        @Override
        public void onExchangeDone(Route route, Exchange exchange) {
            SyncLogContext context = exchange.getProperty(CONTEXT, SyncLogContext.class);
            if (context != null) {
                exchange.removeProperty(CONTEXT);
                context.close();
            }
        }
    }
}
