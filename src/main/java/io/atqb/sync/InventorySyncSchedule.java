package io.atqb.sync;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import javax.sql.DataSource;
import org.apache.camel.CamelContext;
import org.apache.camel.builder.TemplatedRouteBuilder;
import org.apache.camel.component.quartz.QuartzComponent;
import org.apache.camel.spring.boot.CamelContextConfiguration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Creates the Quartz schedule route from its template when a cron is configured, and only then. On PostgreSQL
 * (where several instances may share the database) Quartz keeps the trigger in its clustered JDBC job store, so
 * each firing runs on one instance; on H2 (one instance) it keeps Quartz's in-memory store.
 */
@Component
class InventorySyncSchedule implements CamelContextConfiguration {

    private static final Logger LOG = LoggerFactory.getLogger(InventorySyncSchedule.class);

    private final InventorySyncProperties properties;
    private final DataSource dataSource;

    InventorySyncSchedule(InventorySyncProperties properties, DataSource dataSource) {
        this.properties = properties;
        this.dataSource = dataSource;
    }

    @Override
    public void beforeApplicationStart(CamelContext camelContext) {
        if (properties.scheduled() && clustered(dataSource)) {
            camelContext.getComponent("quartz", QuartzComponent.class)
                    .setSchedulerFactory(new ClusteredSchedulerFactory(dataSource));
        }
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
        LOG.info("Complete inventory sync scheduled: cron '{}' in {} ({})", properties.cron(), properties.timeZone(),
                clustered(dataSource) ? "clustered Quartz job store in PostgreSQL: each firing runs on one instance"
                        : "in-memory Quartz job store: one instance");
    }

    /** True on PostgreSQL, the database several instances may share. */
    static boolean clustered(DataSource dataSource) {
        try (Connection connection = dataSource.getConnection()) {
            return connection.getMetaData().getDatabaseProductName().toLowerCase(Locale.ROOT).contains("postgresql");
        } catch (SQLException e) {
            throw new IllegalStateException("Could not tell which database the schedule runs on", e);
        }
    }
}
