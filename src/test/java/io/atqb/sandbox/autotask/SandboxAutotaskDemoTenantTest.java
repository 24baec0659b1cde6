package io.atqb.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.Test;

class SandboxAutotaskDemoTenantTest {

    private final SandboxTenant tenant = SandboxAutotaskDemoTenant.create();

    private List<String> productNames() {
        SandboxEntityTable products = tenant.table("Products");
        List<String> names = new ArrayList<>();
        for (int row = 0; row < products.rowCount(); row++) {
            names.add((String) products.value(row, "name"));
        }
        return names;
    }

    @Test
    void shouldHoldAwkwardProductNamesWhenSeeded() {
        List<String> names = productNames();

        assertThat(names).hasSizeGreaterThanOrEqualTo(10);
        assertThat(names).anyMatch(n -> n.contains("&"));
        assertThat(names).anyMatch(n -> n.contains("<"));
        assertThat(names).anyMatch(n -> n.contains("\""));
        assertThat(names).anyMatch(n -> n.contains("'"));
        assertThat(names).anyMatch(n -> n.chars().anyMatch(c -> c > 127));
        assertThat(names).anyMatch(n -> n.length() == 31);
        assertThat(names).anyMatch(n -> n.length() > 31);
    }

    @Test
    void shouldHaveTwoNamesThatCollideWhenCutTo31AndComparedWithoutCase() {
        Map<String, Integer> byCutName = new HashMap<>();
        for (String name : productNames()) {
            String cut = name.substring(0, Math.min(31, name.length())).toLowerCase(Locale.ROOT);
            byCutName.merge(cut, 1, Integer::sum);
        }

        assertThat(byCutName.values()).contains(2);
        assertThat(productNames()).doesNotHaveDuplicates();
    }

    @Test
    void shouldKeepStockInTheInactiveLocationWhenSeeded() {
        SandboxEntityTable locations = tenant.table("InventoryLocations");
        SandboxEntityTable items = tenant.table("InventoryItems");
        int inactive = locations.rowOf(SandboxAutotaskDemoTenant.OLD_DEPOT);
        assertThat(locations.value(inactive, "isActive")).isEqualTo(false);
        assertThat(locations.rowCount()).isEqualTo(4);

        int stock = 0;
        for (int row = 0; row < items.rowCount(); row++) {
            if (items.value(row, "inventoryLocationID").equals(SandboxAutotaskDemoTenant.OLD_DEPOT)) {
                stock += (Integer) items.value(row, "quantityOnHand");
            }
        }
        assertThat(stock).isPositive();
    }

    @Test
    void shouldHaveReceiptsBeforeAndAfterTheTransferWhenTheTransferredPurchaseOrderIsSeeded() {
        Instant transfer = SandboxAutotaskDemoTenant.transferredPurchaseOrders()
                .get(SandboxAutotaskDemoTenant.TRANSFERRED_PO);
        SandboxEntityTable items = tenant.table("PurchaseOrderItems");
        SandboxEntityTable receiving = tenant.table("PurchaseOrderItemReceiving");
        List<Integer> before = new ArrayList<>();
        List<Integer> after = new ArrayList<>();
        for (int row = 0; row < receiving.rowCount(); row++) {
            long itemId = (Long) receiving.value(row, "purchaseOrderItemID");
            long orderId = (Long) items.value(items.rowOf(itemId), "orderID");
            if (orderId != SandboxAutotaskDemoTenant.TRANSFERRED_PO) {
                continue;
            }
            Instant date = (Instant) receiving.value(row, "receiveDate");
            int quantity = (Integer) receiving.value(row, "quantityNowReceiving");
            (date.isAfter(transfer) ? after : before).add(quantity);
        }

        assertThat(before).isNotEmpty();
        assertThat(after).anyMatch(q -> q > 0).anyMatch(q -> q < 0);
        assertThat(tenant.table("PurchaseOrders").rowCount()).isEqualTo(7);
    }

    @Test
    void shouldHavePurchaseOrdersInEveryStatusWithLinesWhenSeeded() {
        SandboxEntityTable orders = tenant.table("PurchaseOrders");
        SandboxEntityTable items = tenant.table("PurchaseOrderItems");
        Map<Integer, String> labels = tenant.picklist("PurchaseOrders", "status");
        List<String> statuses = new ArrayList<>();
        for (int row = 0; row < orders.rowCount(); row++) {
            statuses.add(labels.get((Integer) orders.value(row, "status")));
            long id = orders.idAt(row);
            boolean hasLine = false;
            for (int item = 0; item < items.rowCount(); item++) {
                hasLine |= items.value(item, "orderID").equals(id);
            }
            assertThat(hasLine).as("PO %d has a line", id).isTrue();
        }

        assertThat(statuses).contains("New", "Submitted", "Received Partial", "Received Full", "Canceled")
                .doesNotContainNull();
    }

    @Test
    void shouldHaveAVendorCompanyForEveryPurchaseOrderAndCustomersBesideThem() {
        SandboxEntityTable orders = tenant.table("PurchaseOrders");
        SandboxEntityTable companies = tenant.table("Companies");
        for (int row = 0; row < orders.rowCount(); row++) {
            int company = companies.rowOf((Long) orders.value(row, "vendorID"));
            assertThat(company).as("vendor of PO %d", orders.idAt(row)).isNotNegative();
            assertThat(companies.value(company, "companyType")).isEqualTo(SandboxTenant.COMPANY_VENDOR);
        }
        List<Integer> types = new ArrayList<>();
        List<String> names = new ArrayList<>();
        for (int row = 0; row < companies.rowCount(); row++) {
            types.add((Integer) companies.value(row, "companyType"));
            names.add((String) companies.value(row, "companyName"));
        }
        assertThat(types).contains(SandboxTenant.COMPANY_CUSTOMER);
        assertThat(names).anyMatch(n -> n.length() > 41);
    }

    @Test
    void shouldHaveAPurchaseOrderNumberLongerThan11AndAMemoLongerThan99WhenSeeded() {
        SandboxEntityTable orders = tenant.table("PurchaseOrders");
        int row = orders.rowOf(SandboxAutotaskDemoTenant.LONG_NUMBER_PO);

        assertThat((String) orders.value(row, "purchaseOrderNumber")).hasSizeGreaterThan(11);
        assertThat((String) orders.value(row, "generalMemo")).hasSizeGreaterThan(99);
        assertThat(orders.value(orders.rowOf(SandboxAutotaskDemoTenant.NEW_PO), "submitDateTime")).isNull();
    }
}
