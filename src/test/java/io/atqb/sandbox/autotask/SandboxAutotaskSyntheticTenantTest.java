package io.atqb.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;

class SandboxAutotaskSyntheticTenantTest {

    private static final Instant TRANSFER = Instant.parse("2026-01-15T12:00:00Z");

    @Test
    void shouldGenerateTheAskedCountsWithUniqueProductLocationPairs() {
        SandboxAutotaskSyntheticTenant.Generated generated =
                new SandboxAutotaskSyntheticTenant(300, 7, 2000, 4, 25, TRANSFER).generate();
        SandboxTenant tenant = generated.tenant();

        assertThat(tenant.table("Products").rowCount()).isEqualTo(300);
        assertThat(tenant.table("InventoryLocations").rowCount()).isEqualTo(7);
        assertThat(tenant.table("InventoryItems").rowCount()).isEqualTo(2000);
        assertThat(tenant.table("InventoryProducts").rowCount()).isEqualTo(2000);
        assertThat(tenant.table("PurchaseOrders").rowCount()).isEqualTo(4);
        assertThat(tenant.table("PurchaseOrderItems").rowCount()).isEqualTo(8);
        assertThat(tenant.table("PurchaseOrderItemReceiving").rowCount()).isEqualTo(8 + 25);
        assertThat(generated.transferredPurchaseOrders()).hasSize(4).containsValue(TRANSFER);

        SandboxEntityTable items = tenant.table("InventoryItems");
        Set<String> pairs = new HashSet<>();
        for (int row = 0; row < items.rowCount(); row++) {
            pairs.add(items.value(row, "productID") + "@" + items.value(row, "inventoryLocationID"));
        }
        assertThat(pairs).hasSize(2000);
    }

    @Test
    void shouldRefuseMoreRowsThanProductLocationPairsWhenAsked() {
        assertThatThrownBy(() -> new SandboxAutotaskSyntheticTenant(10, 2, 21, 0, 0, TRANSFER))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("21 inventory rows");
    }

    @Test
    void shouldGenerateALargeTenantWhenAskedForHundredsOfThousandsOfRows() {
        SandboxTenant tenant = new SandboxAutotaskSyntheticTenant(50_000, 8, 400_000, 10, 100, TRANSFER).generate()
                .tenant();

        SandboxEntityTable items = tenant.table("InventoryItems");
        assertThat(items.rowCount()).isEqualTo(400_000);
        assertThat(items.idAt(items.rowCount() - 1)).isEqualTo(SandboxAutotaskSyntheticTenant.INVENTORY_ITEM_ID_BASE
                + 399_999);
        assertThat(items.value(123_456, "quantityOnHand"))
                .isEqualTo(SandboxAutotaskSyntheticTenant.quantityOfRow(123_456));
    }
}
