package io.atqb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.sandbox.quickbooks.Item;
import io.atqb.sandbox.quickbooks.ItemType;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import io.atqb.sandbox.webconnector.SessionResult;
import java.io.IOException;
import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Whether the sync was right: the session completed with the expected closeConnection message, the admin API shows
 * the run with the expected status and counts, and every product's QuickBooks count equals its target.
 */
final class SyncCheck {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final int SHOWN = 10;

    private SyncCheck() {
    }

    /** What was wrong; empty when the sync was right. */
    static List<String> problems(SessionResult session, AdminApi api, SyncExpectations expected, BenchTenant tenant,
            SandboxCompanyFile company) {
        List<String> problems = new ArrayList<>();
        if (!session.completed()) {
            problems.add("the Web Connector session ended " + session.stopReason() + " (last error: "
                    + session.lastError().orElse("none") + ")");
        }
        if (!expected.closeMessage().equals(session.closeMessage())) {
            problems.add("closeConnection answered \"" + session.closeMessage() + "\", expected \""
                    + expected.closeMessage() + "\"");
        }
        problems.addAll(runProblems(api, expected));
        problems.addAll(quickBooksProblems(tenant, company));
        return problems;
    }

    private static List<String> runProblems(AdminApi api, SyncExpectations expected) {
        HttpResponse<String> answer = api.get("/api/inventory-sync/runs?limit=1");
        JsonNode runs;
        try {
            runs = JSON.readTree(answer.body());
        } catch (IOException e) {
            return List.of("GET /api/inventory-sync/runs answered " + answer.statusCode() + ": " + answer.body());
        }
        if (answer.statusCode() != 200 || !runs.isArray() || runs.isEmpty()) {
            return List.of("GET /api/inventory-sync/runs answered " + answer.statusCode() + ": " + answer.body());
        }
        JsonNode run = runs.get(0);
        List<String> problems = new ArrayList<>();
        if (!expected.runStatus().equals(run.path("status").asText())) {
            problems.add("run " + run.path("id") + " is " + run.path("status") + ", expected " + expected.runStatus());
        }
        JsonNode counts = run.path("counts");
        Map<String, Integer> wanted = Map.of("adjusted", expected.adjusted(), "created", expected.created(),
                "unchanged", expected.unchanged(), "notSynced", expected.notSynced(), "failed", expected.failed());
        wanted.forEach((name, value) -> {
            if (counts.path(name).asInt(-1) != value) {
                problems.add("run counts: " + name + " = " + counts.path(name) + ", expected " + value);
            }
        });
        return problems;
    }

    private static List<String> quickBooksProblems(BenchTenant tenant, SandboxCompanyFile company) {
        Map<String, Item> byName = new HashMap<>();
        for (Item item : company.items()) {
            byName.put(item.fullName(), item);
        }
        List<String> wrong = new ArrayList<>();
        int mismatches = 0;
        for (Map.Entry<Long, Long> target : tenant.targets().entrySet()) {
            String name = tenant.productNames().get(target.getKey());
            Item item = byName.get(name);
            BigDecimal expected = BigDecimal.valueOf(target.getValue());
            boolean right = item != null && item.type() == ItemType.INVENTORY && item.quantityOnHand() != null
                    && item.quantityOnHand().compareTo(expected) == 0;
            if (!right && mismatches++ < SHOWN) {
                wrong.add("QuickBooks item \"" + name + "\" is " + (item == null ? "missing"
                        : item.type() + " with " + item.quantityOnHand()) + ", expected " + expected);
            }
        }
        if (mismatches > SHOWN) {
            wrong.add("... " + mismatches + " QuickBooks items wrong in all");
        }
        if (byName.size() != tenant.targets().size()) {
            wrong.add("QuickBooks has " + byName.size() + " items, expected " + tenant.targets().size());
        }
        return wrong;
    }
}
