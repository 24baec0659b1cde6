package io.atqb.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.sandbox.autotask.SandboxTenant;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.springframework.test.context.TestPropertySource;

@TestPropertySource(properties = "autotask.inventory-source=InventoryProducts")
class AutotaskInventoryProductsRouteTest extends AutotaskConfiguredZoneTestSupport {

    @Test
    void shouldReadOnHandUnitsOfInventoryProductsWhenConfigured() {
        SANDBOX.replaceTenant(SandboxTenant.builder()
                .location(1, "Main", true).location(2, "Van", false)
                .product(10, "Router", true).product(11, "Switch", true)
                .row("InventoryItems", Map.of("id", 100L, "productID", 10L, "inventoryLocationID", 1L,
                        "quantityOnHand", 99))
                .row("InventoryProducts", Map.of("id", 200L, "productID", 10L, "inventoryLocationID", 1L,
                        "onHandUnits", 4))
                .row("InventoryProducts", Map.of("id", 201L, "productID", 10L, "inventoryLocationID", 2L,
                        "onHandUnits", 3))
                .row("InventoryProducts", Map.of("id", 202L, "productID", 11L, "inventoryLocationID", 2L,
                        "onHandUnits", 8))
                .build());

        AutotaskSnapshot snapshot = autotask.pull(SnapshotRequest.withoutLedger());

        assertThat(snapshot.inventorySource()).isEqualTo(InventorySource.InventoryProducts);
        assertThat(snapshot.onHandByLocation(10)).containsExactly(Map.entry(1L, 4L), Map.entry(2L, 3L));
        assertThat(snapshot.totalOnHand(11)).isEqualTo(8);
        assertThat(SANDBOX.stats().calls("InventoryProducts")).isEqualTo(1);
        assertThat(SANDBOX.stats().calls("InventoryItems")).isZero();
    }
}
