package io.atqb.purchasing;

import io.atqb.sandbox.autotask.SandboxTenant;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import java.math.BigDecimal;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;

/**
 * The tenant and company of the transfer's end-to-end tests: POs in every status, vendors QuickBooks has (in another
 * case) or lacks or holds as a customer, products QuickBooks has, lacks or holds as a non-inventory item.
 */
final class TransferScenario {

    static final long MAIN = 1;

    static final long WIDGET = 11;    // QuickBooks has "widget" with 20 on hand
    static final long GADGET = 12;    // new in QuickBooks
    static final long CABLE = 13;     // new in QuickBooks
    static final long TONER = 14;     // QuickBooks has a non-inventory item "Toner 12A"

    static final long ACME = 9001;    // new in QuickBooks
    static final long GLOBEX = 9002;  // QuickBooks has the vendor "GLOBEX CORP"
    static final long INITECH = 9003; // QuickBooks has a customer "Initech"

    static final long PO_NEW = 201;
    static final long PO_SUBMITTED = 202;
    static final long PO_PARTIAL = 203;
    static final long PO_FULL = 204;
    static final long PO_CANCELED = 205;
    static final long PO_VENDOR_CLASH = 206;
    static final long PO_ITEM_CLASH = 207;

    static final long LINE_NEW_WIDGET = 301;
    static final long LINE_SUBMITTED_GADGET = 302;
    static final long LINE_SUBMITTED_WIDGET = 303;
    static final long LINE_PARTIAL_GADGET = 304;
    static final long LINE_FULL_WIDGET = 305;
    static final long LINE_FULL_CABLE = 306;

    static final Instant CREATED = Instant.parse("2026-03-01T08:00:00Z");
    static final Instant RECEIVED = Instant.parse("2026-03-02T09:00:00Z");

    private TransferScenario() {
    }

    static SandboxTenant tenant() {
        return SandboxTenant.builder()
                .vendor(ACME, "Acme Supplies")
                .vendor(GLOBEX, "Globex Corp")
                .vendor(INITECH, "Initech")
                .location(MAIN, "Main Warehouse", true)
                .product(WIDGET, "Widget", true)
                .product(GADGET, "Gadget", true)
                .product(CABLE, "Cable Cat6", true)
                .product(TONER, "Toner 12A", true)
                // Autotask's on hand: what QuickBooks has plus every receipt below
                .stock(WIDGET, MAIN, 26)
                .stock(GADGET, MAIN, 4)
                .stock(CABLE, MAIN, 4)
                .stock(TONER, MAIN, 0)
                .purchaseOrder(PO_NEW, "PO-201", SandboxTenant.PO_NEW, ACME, CREATED, null, null)
                .purchaseOrder(PO_SUBMITTED, "PO-202", SandboxTenant.PO_SUBMITTED, GLOBEX, CREATED, CREATED,
                        "Deliver to the back door, please")
                .purchaseOrder(PO_PARTIAL, "PO-203", SandboxTenant.PO_RECEIVED_PARTIAL, ACME, CREATED, CREATED, null)
                .purchaseOrder(PO_FULL, "PO-204-LONGNUMBER", SandboxTenant.PO_RECEIVED_FULL, GLOBEX, CREATED, CREATED,
                        null)
                .purchaseOrder(PO_CANCELED, "PO-205", SandboxTenant.PO_CANCELED, ACME, CREATED, null, null)
                .purchaseOrder(PO_VENDOR_CLASH, "PO-206", SandboxTenant.PO_SUBMITTED, INITECH, CREATED, CREATED, null)
                .purchaseOrder(PO_ITEM_CLASH, "PO-207", SandboxTenant.PO_SUBMITTED, ACME, CREATED, CREATED, null)
                .purchaseOrderItem(LINE_NEW_WIDGET, PO_NEW, WIDGET, MAIN, 5, 2.5)
                .purchaseOrderItem(LINE_SUBMITTED_GADGET, PO_SUBMITTED, GADGET, MAIN, 10, 7.25)
                .purchaseOrderItem(LINE_SUBMITTED_WIDGET, PO_SUBMITTED, WIDGET, MAIN, 4, 2.5)
                .purchaseOrderItem(LINE_PARTIAL_GADGET, PO_PARTIAL, GADGET, MAIN, 10, 7.25)
                .purchaseOrderItem(LINE_FULL_WIDGET, PO_FULL, WIDGET, MAIN, 6, 2.5)
                .purchaseOrderItem(LINE_FULL_CABLE, PO_FULL, CABLE, MAIN, 3, 1.1)
                .purchaseOrderItem(308, PO_CANCELED, WIDGET, MAIN, 1, 2.5)
                .purchaseOrderItem(309, PO_VENDOR_CLASH, WIDGET, MAIN, 1, 2.5)
                .purchaseOrderItem(310, PO_ITEM_CLASH, TONER, MAIN, 2, 30)
                // partial
                .receiving(401, LINE_PARTIAL_GADGET, 4, RECEIVED)
                // full: two receipts of the widget line
                .receiving(402, LINE_FULL_WIDGET, 4, RECEIVED)
                .receiving(403, LINE_FULL_WIDGET, 2, RECEIVED.plusSeconds(3600))
                // over-received: 5 of 3 ordered, then one unit cancelled
                .receiving(404, LINE_FULL_CABLE, 5, RECEIVED)
                .receiving(405, LINE_FULL_CABLE, -1, RECEIVED.plusSeconds(7200))
                .build();
    }

    static SandboxCompanyFile company() {
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Transfer Company");
        company.addInventoryItem("widget", new BigDecimal("20"), true);
        company.addNonInventoryItem("Toner 12A");
        company.addVendor("GLOBEX CORP");
        company.addCustomer("Initech");
        return company;
    }

    static SandboxWebConnector.Builder webConnector(int port, String username, SandboxCompanyFile company) {
        return SandboxWebConnector.builder()
                .endpoint(URI.create("http://127.0.0.1:" + port + "/qbwc"))
                .username(username)
                .password("qbwc-password")
                .companyFilePath("C:\\QB\\main.qbw")
                .company(company)
                .noOpDelay(Duration.ofMillis(50))
                .maxNoOps(400);
    }
}
