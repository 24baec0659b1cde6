package io.atqb.sync;

import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Creates the Quartz schedule route from its template when a cron is configured, and only then. */
@Component
class InventorySyncSchedule implements CamelContextConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncSchedule.class);

    private final InventorySyncProperties properties;

    InventorySyncSchedule(InventorySyncProperties properties) {
        this.properties = properties;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        // the route is added once the context runs
    }

    @Override
    public void afterApplicationStart(CamelContext camelContext) {
        if (!properties.scheduled()) {
            return;
        }
        TemplatedRouteBuilder.builder(camelContext, SyncRoutes.SCHEDULE)
                .routeId(SyncRoutes.SCHEDULE)
                .parameter("cron", properties.cron())
                .parameter("timeZone", properties.timeZone())
                .add();
        LOG.info("Complete inventory sync scheduled: cron '{}' in {}", properties.cron(), properties.timeZone());
    }
}
