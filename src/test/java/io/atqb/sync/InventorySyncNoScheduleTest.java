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
        assertThat(camel.getRoute("inventory-sync-schedule")).isNull();
        assertThat(camel.getRoute("inventory-sync-plan")).isNotNull();
        assertThat(camel.getRoute("inventory-sync-reconcile")).isNotNull();
        assertThat(camel.getRoute("inventory-sync-load")).isNotNull();
        assertThat(camel.getRoute("history-record")).isNotNull();
        assertThat(camel.getRoute("qbwc-soap")).isNotNull();
        assertThat(camel.getRoute("autotask-snapshot")).isNotNull();
    }
}
