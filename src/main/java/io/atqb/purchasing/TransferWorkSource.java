package io.atqb.purchasing;

import io.atqb.connector.WebConnector;
import io.atqb.connector.WebConnectorRepository;
import io.atqb.qbwc.QbwcWorkSource;
import java.time.Clock;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;

/**
 * QBWC logs in: while purchase orders are READY, the default connector has a transfer job (e.g. after the last one
 * failed to read Autotask, or POs were marked before there was a connector). Runs before the other work sources, so
 * the transfer job is there when the sync orders itself behind it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TransferWorkSource implements QbwcWorkSource {

    private final WebConnectorRepository connectors;
    private final TransferStateRepository states;
    private final TransferJobs jobs;
    private final Clock clock;

    TransferWorkSource(WebConnectorRepository connectors, TransferStateRepository states, TransferJobs jobs,
                       Clock clock) {
        this.connectors = connectors;
        this.states = states;
        this.jobs = jobs;
        this.clock = clock;
    }

    @Override
    public void prepareJobs(long connectorId) {
        WebConnector connector = connectors.findById(connectorId).orElseThrow();
        if (connector.isDefault() && !jobs.isOpen(connectorId)
                && !states.idsWithStatus(TransferStatus.READY).isEmpty()) {
            jobs.ensureLoading(connectorId, clock.instant());
        }
    }
}
