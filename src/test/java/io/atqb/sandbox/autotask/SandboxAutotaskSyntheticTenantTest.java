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

    @Test
    void shouldAddTheBenchmarkPurchaseOrdersToTransferWithEvenlySpreadLinesAndReceipts() {
        SandboxAutotaskSyntheticTenant.PurchaseOrders toTransfer =
                new SandboxAutotaskSyntheticTenant.PurchaseOrders(2_000, 5_000, 6_700, 40);
        SandboxTenant tenant = new SandboxAutotaskSyntheticTenant(300, 2, 300, 3, 5, TRANSFER).generate(toTransfer)
                .tenant();

        SandboxEntityTable orders = tenant.table("PurchaseOrders");
        SandboxEntityTable items = tenant.table("PurchaseOrderItems");
        SandboxEntityTable receiving = tenant.table("PurchaseOrderItemReceiving");
        assertThat(orders.rowCount()).isEqualTo(3 + 2_000);
        assertThat(items.rowCount()).isEqualTo(6 + 5_000);
        assertThat(receiving.rowCount()).isEqualTo(6 + 5 + 6_700);
        assertThat(tenant.table("Companies").rowCount()).isEqualTo(40);
        assertThat(toTransfer.linesOf(0)).isEqualTo(3);
        assertThat(toTransfer.linesOf(999)).isEqualTo(3);
        assertThat(toTransfer.linesOf(1_000)).isEqualTo(2);

        java.util.Map<Long, Integer> received = new java.util.HashMap<>();
        for (int row = 0; row < receiving.rowCount(); row++) {
            long item = (Long) receiving.value(row, "purchaseOrderItemID");
            if (item >= SandboxAutotaskSyntheticTenant.TRANSFER_ITEM_ID_BASE) {
                received.merge(item, (Integer) receiving.value(row, "quantityNowReceiving"), Integer::sum);
            }
        }
        assertThat(received).hasSize(5_000);
        assertThat(received.values()).allMatch(q -> q >= 0 && q <= SandboxAutotaskSyntheticTenant.TRANSFER_LINE_QUANTITY);
        Set<Object> statuses = new HashSet<>();
        for (int row = 3; row < orders.rowCount(); row++) {
            statuses.add(orders.value(row, "status"));
        }
        assertThat(statuses).containsExactlyInAnyOrder(SandboxTenant.PO_SUBMITTED, SandboxTenant.PO_RECEIVED_PARTIAL,
                SandboxTenant.PO_RECEIVED_FULL);
    }

    @Test
    void shouldRefusePurchaseOrdersToTransferThatCannotBeSpread() {
        assertThatThrownBy(() -> new SandboxAutotaskSyntheticTenant.PurchaseOrders(10, 9, 0, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SandboxAutotaskSyntheticTenant.PurchaseOrders(10, 10, 0, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new SandboxAutotaskSyntheticTenant.PurchaseOrders(0, 0, 1, 0))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(SandboxAutotaskSyntheticTenant.quantityOfTransferReceipt(9, 100)).isEqualTo(2);
        assertThat(SandboxAutotaskSyntheticTenant.quantityOfTransferReceipt(109, 100)).isEqualTo(-1);
    }
}
