package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.AdminApi;
import io.atqb.sandbox.quickbooks.Item;
import io.atqb.sandbox.quickbooks.ItemType;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * What every fault test checks at the end: QuickBooks holds exactly the scenario's expected counts (nothing lost,
 * no item created twice, no adjustment posted twice) and the history of the run that finished holds one entry
 * per product and one per not-synced receipt, no more.
 */
final class FaultChecks {

    static final String EXPECTED = "Inventory sync: 2 adjusted, 4 created, 1 unchanged, 3 not synced, 3 failed";
    /** Products with an outcome in the scenario: 2 adjusted, 4 created, 1 unchanged, 3 failed. */
    static final int PRODUCT_OUTCOMES = 10;
    static final int NOT_SYNCED_RECEIPTS = 3;
    /** InventoryAdjustmentAdd transactions of one clean sync of the scenario (adjusted and created items' counts). */
    static final int CLEAN_ADJUSTMENTS = 2;

    private FaultChecks() {
    }

    /** QuickBooks as one clean sync of the scenario leaves it, no item created twice. */
    static void assertQuickBooksSynced(SandboxCompanyFile company) {
        assertScenarioOnHand(company);
        assertThat(company.items()).extracting(Item::name).doesNotHaveDuplicates();
    }

    /** Every scenario product's On Hand in QuickBooks as the sync sets it, and the scenario's nine inventory items. */
    static void assertScenarioOnHand(SandboxCompanyFile company) {
        assertThat(onHand(company, "Widget & Gadget Kit")).isEqualByComparingTo("26");
        assertThat(onHand(company, "cable <cat6> 3m")).isEqualByComparingTo("160");
        assertThat(onHand(company, "Monitor 27\" 4K")).isEqualByComparingTo("8");
        assertThat(onHand(company, "O'Brien's Shelf")).isEqualByComparingTo("5");
        assertThat(onHand(company, "Café Größe L ☕")).isEqualByComparingTo("4");
        assertThat(onHand(company, SyncScenario.EXACT_31_NAME)).isEqualByComparingTo("10");
        assertThat(onHand(company, "Uninterruptible Power Supply 15")).isEqualByComparingTo("5");
        assertThat(onHand(company, "Office Chair")).isEqualByComparingTo("4");
        assertThat(company.items().stream().filter(i -> i.type() == ItemType.INVENTORY)).hasSize(9);
    }

    /**
     * The latest run finished with the scenario's counts, and its history has one entry per product (a second
     * entry for a product fails the map) and one per not-synced receipt.
     */
    static void assertLatestRunHistoryExact(AdminApi api) {
        JsonNode run = SyncScenario.latestRun(api);
        assertThat(run.get("status").asText()).isEqualTo("COMPLETED_WITH_ERRORS");
        JsonNode counts = run.get("counts");
        assertThat(counts.get("adjusted").asInt()).isEqualTo(2);
        assertThat(counts.get("created").asInt()).isEqualTo(4);
        assertThat(counts.get("unchanged").asInt()).isEqualTo(1);
        assertThat(counts.get("notSynced").asInt()).isEqualTo(NOT_SYNCED_RECEIPTS);
        assertThat(counts.get("failed").asInt()).isEqualTo(3);
        List<JsonNode> history = SyncScenario.history(api, run.get("id").asLong());
        Map<Long, JsonNode> perProduct = history.stream()
                .filter(e -> !e.get("action").asText().equals("NOT_SYNCED"))
                .collect(Collectors.toMap(e -> e.get("autotaskProductId").asLong(), Function.identity()));
        assertThat(perProduct).hasSize(PRODUCT_OUTCOMES);
        assertThat(history).filteredOn(e -> e.get("action").asText().equals("NOT_SYNCED"))
                .hasSize(NOT_SYNCED_RECEIPTS);
    }

    static BigDecimal onHand(SandboxCompanyFile company, String name) {
        return company.findItem(name).orElseThrow(() -> new AssertionError("QuickBooks has no item " + name))
                .quantityOnHand();
    }
}
