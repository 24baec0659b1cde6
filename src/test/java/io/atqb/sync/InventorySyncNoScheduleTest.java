package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.ServiceTest;
import org.apache.camel.CamelContext;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;

/** Without a cron there is no schedule route at all. */
@ServiceTest
class InventorySyncNoScheduleTest {

    @Autowired
    CamelContext camel;

    @Test
    void shouldCreateNoScheduleRouteWhenNoCronIsSet() {
        assertThat(camel.getRoute(SyncRoutes.SCHEDULE)).isNull();
        assertThat(camel.getRoute(SyncRoutes.PLAN)).isNotNull();
        assertThat(camel.getRoute(SyncRoutes.RECONCILE)).isNotNull();
        assertThat(camel.getRoute(SyncRoutes.LOAD)).isNotNull();
        assertThat(camel.getRoute("history-record")).isNotNull();
        assertThat(camel.getRoute("qbwc-soap")).isNotNull();
        assertThat(camel.getRoute("autotask-snapshot")).isNotNull();
    }
}
