package io.atqb.sync;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.sandbox.autotask.SandboxAutotaskServer;
import io.atqb.sandbox.autotask.SandboxCredentials;
import io.atqb.sandbox.autotask.SandboxTenant;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SandboxWebConnector;
import java.math.BigDecimal;
import java.net.URI;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * The awkward tenant of the end-to-end tests and the steps a user takes: create the default connector,
 * record a PO transfer, arm the sync, let QBWC poll.
 */
final class SyncScenario {

    static final long MAIN = 1;
    static final long VAN = 2;
    static final long CLOSED_DEPOT = 3;

    static final long KIT = 11;            // "Widget & Gadget Kit": 30 over three locations (one inactive)
    static final long CABLE = 12;          // "Cable <Cat6> 3m": QuickBooks has "cable <cat6> 3m"
    static final long MONITOR = 13;        // quotes; equal in QuickBooks
    static final long SHELF = 14;          // apostrophe; new
    static final long ESPRESSO = 15;       // non-ASCII; receipts after the transfer incl. a cancelled one
    static final long EXACT_31 = 16;       // exactly 31 characters
    static final long LONG_NAME = 17;      // longer than 31 characters, cut
    static final long LAPTOP_A = 18;       // collides with LAPTOP_B once cut to 31 and compared without case
    static final long LAPTOP_B = 19;
    static final long TONER = 20;          // QuickBooks has a non-inventory item of that name
    static final long SERVICE = 21;        // no inventory rows: not an inventory product, never synced
    static final long TRANSFERRED_PO = 31;
    static final long OTHER_PO = 32;
    static final Instant TRANSFER = Instant.parse("2026-03-02T10:00:00Z");

    static final String EXACT_31_NAME = "Ethernet Switch 24 Port Managed";
    static final String LONG_NAME_FULL = "Uninterruptible Power Supply 1500VA Tower";

    private SyncScenario() {
    }

    static SandboxTenant tenant() {
        SandboxTenant.Builder tenant = SandboxTenant.builder()
                .location(MAIN, "Main Warehouse", true)
                .location(VAN, "Service Van", true)
                .location(CLOSED_DEPOT, "Closed Depot", false)
                .product(KIT, "Widget & Gadget Kit", true)
                .product(CABLE, "Cable <Cat6> 3m", true)
                .product(MONITOR, "Monitor 27\" 4K", true)
                .product(SHELF, "O'Brien's Shelf", true)
                .product(ESPRESSO, "Café Größe L ☕", true)
                .product(EXACT_31, EXACT_31_NAME, true)
                .product(LONG_NAME, LONG_NAME_FULL, true)
                .product(LAPTOP_A, "Dell Latitude 5540 Laptop i7 16GB Silver", true)
                .product(LAPTOP_B, "DELL LATITUDE 5540 LAPTOP I7 16GB Black", true)
                .product(TONER, "Toner 12A", true)
                .product(SERVICE, "Installation Service", true)
                .stock(KIT, MAIN, 25).stock(KIT, VAN, 3).stock(KIT, CLOSED_DEPOT, 2)
                .stock(CABLE, MAIN, 120).stock(CABLE, VAN, 40)
                .stock(MONITOR, MAIN, 8)
                .stock(SHELF, VAN, 5)
                .stock(ESPRESSO, MAIN, 6).stock(ESPRESSO, CLOSED_DEPOT, 1)
                .stock(EXACT_31, MAIN, 10)
                .stock(LONG_NAME, MAIN, 3).stock(LONG_NAME, VAN, 2)
                .stock(LAPTOP_A, MAIN, 5)
                .stock(LAPTOP_B, MAIN, 7)
                .stock(TONER, MAIN, 0)
                .purchaseOrder(TRANSFERRED_PO, "PO-1001", 3)
                .purchaseOrder(OTHER_PO, "PO-1002", 3)
                .purchaseOrderItem(41, TRANSFERRED_PO, KIT, MAIN, 10)
                .purchaseOrderItem(42, TRANSFERRED_PO, ESPRESSO, MAIN, 5)
                .purchaseOrderItem(43, OTHER_PO, CABLE, MAIN, 40)
                // before the transfer: already in QuickBooks through the PO transfer, so counted
                .receiving(61, 41, 6, Instant.parse("2026-03-01T09:00:00Z"))
                // after the transfer: not counted
                .receiving(62, 41, 4, Instant.parse("2026-03-03T14:30:00Z"))
                .receiving(63, 42, 5, Instant.parse("2026-03-04T08:00:00Z"))
                .receiving(64, 42, -2, Instant.parse("2026-03-05T16:45:00Z"))
                // a PO never transferred: its receipts are simply part of On Hand
                .receiving(65, 43, 40, Instant.parse("2026-03-04T11:00:00Z"));
        return tenant.build();
    }

    /** A company that has some of the products already, one in another case, a non-inventory clash, and its own items. */
    /**
     * Settings of a whole service started by a test against the simulated Autotask at {@code autotask}: the demo
     * API user, and small pages and message sets so that a sync takes several round trips. The map is mutable.
     */
    static Map<String, String> serviceSettings(SandboxAutotaskServer autotask) {
        Map<String, String> settings = new HashMap<>();
        settings.put("autotask.base-url", autotask.zoneUrl());
        settings.put("autotask.username", SandboxCredentials.demo().username());
        settings.put("autotask.secret", SandboxCredentials.demo().secret());
        settings.put("autotask.integration-code", SandboxCredentials.demo().integrationCode());
        settings.put("atqb.sync.inventory.max-returned", "4");
        settings.put("atqb.sync.inventory.adjustment-lines-per-request", "3");
        settings.put("atqb.qbwc.max-requests-per-message", "5");
        return settings;
    }

    static SandboxCompanyFile company() {
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Test Company");
        company.addInventoryItem("Widget & Gadget Kit", new BigDecimal("20"), true);
        company.addInventoryItem("cable <cat6> 3m", new BigDecimal("150"), true);
        company.addInventoryItem("Monitor 27\" 4K", new BigDecimal("8"), true);
        company.addNonInventoryItem("Toner 12A");
        company.addInventoryItem("Office Chair", new BigDecimal("4"), true);
        company.addInventoryItem("Old Stock (inactive)", new BigDecimal("2"), false);
        return company;
    }

    static final ObjectMapper JSON = new ObjectMapper();

    static JsonNode json(HttpResponse<String> response) {
        try {
            return JSON.readTree(response.body());
        } catch (Exception e) {
            throw new AssertionError("Not JSON (" + response.statusCode() + "): " + response.body(), e);
        }
    }

    /** Creates the default connector, records the PO transfer and arms the sync; answers the connector id. */
    static long armDefaultConnector(AdminApi api, String username) {
        JsonNode connector = json(api.post("/api/connectors", "{\"name\":\"Main company\",\"username\":\"" + username
                + "\",\"password\":\"qbwc-password\",\"companyFile\":\"C:\\\\QB\\\\main.qbw\"}"));
        api.put("/api/purchase-orders/" + TRANSFERRED_PO + "/quickbooks-transfer",
                "{\"transferredAt\":\"" + TRANSFER + "\"}");
        long id = connector.get("id").asLong();
        HttpResponse<String> armed = api.patch("/api/connectors/" + id, "{\"syncInventoryNext\":true}");
        if (armed.statusCode() != 200) {
            throw new AssertionError("Could not arm: " + armed.body());
        }
        return id;
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

    static JsonNode latestRun(AdminApi api) {
        return json(api.get("/api/inventory-sync/runs")).get(0);
    }

    static List<JsonNode> history(AdminApi api, long runId) {
        List<JsonNode> entries = new ArrayList<>();
        json(api.get("/api/inventory-sync/runs/" + runId + "/history")).forEach(entries::add);
        return entries;
    }
}
