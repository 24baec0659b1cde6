package io.atqb.sandbox.autotask;

import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.CABLE;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.MAIN_WAREHOUSE;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.SUBMITTED_PO;
import static io.atqb.sandbox.autotask.SandboxAutotaskDemoTenant.TRANSFERRED_PO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The purchasing side of the sandbox Autotask: Companies, PO status picklist, PATCH and run-time changes. */
class SandboxAutotaskPurchasingTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELF = "http://127.0.0.1:9999/";
    private static final SandboxCredentials CREDENTIALS = SandboxCredentials.demo();
    private static final String PURCHASE_ORDERS = "/ATServicesRest/V1.0/PurchaseOrders";

    private SandboxAutotask autotask;

    @BeforeEach
    void createSandbox() {
        autotask = new SandboxAutotask(SandboxAutotaskDemoTenant.create(), CREDENTIALS);
    }

    private static Map<String, List<String>> headers() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("UserName", List.of(CREDENTIALS.username()));
        headers.put("Secret", List.of(CREDENTIALS.secret()));
        headers.put("ApiIntegrationCode", List.of(CREDENTIALS.integrationCode()));
        headers.put("Content-Type", List.of("application/json"));
        return headers;
    }

    private SandboxResponse call(String method, String path, String body) {
        return autotask.handle(new SandboxRequest(method, path, null, headers(),
                body == null ? null : body.getBytes(StandardCharsets.UTF_8), SELF));
    }

    private SandboxResponse patch(String body) {
        return call("PATCH", PURCHASE_ORDERS, body);
    }

    private static JsonNode json(SandboxResponse response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static String firstError(SandboxResponse response) throws IOException {
        return json(response).get("errors").get(0).asText();
    }

    @Test
    void shouldAnswerVendorsAndCustomersWhenCompaniesAreQueried() throws IOException {
        SandboxResponse response = call("POST", "/ATServicesRest/V1.0/Companies/query",
                "{\"IncludeFields\":[\"id\",\"companyName\",\"companyType\"],"
                        + "\"filter\":[{\"op\":\"contains\",\"field\":\"companyName\",\"value\":\"synnex\"}]}");

        assertThat(response.status()).isEqualTo(200);
        JsonNode item = json(response).get("items").get(0);
        assertThat(item.get("id").asLong()).isEqualTo(SandboxAutotaskDemoTenant.VENDOR_SYNNEX);
        assertThat(item.get("companyName").asText()).isEqualTo("TD SYNNEX & Partners");
        assertThat(item.get("companyType").asInt()).isEqualTo(SandboxTenant.COMPANY_VENDOR);
        assertThat(json(response).get("items")).hasSize(1);
    }

    @Test
    void shouldServeTheStatusPicklistWithStringValuesWhenFieldsAreAsked() throws IOException {
        SandboxResponse response = call("GET", PURCHASE_ORDERS + "/entityInformation/fields", null);

        assertThat(response.status()).isEqualTo(200);
        Map<String, String> labels = new HashMap<>();
        JsonNode status = null;
        for (JsonNode field : json(response).get("fields")) {
            if (field.get("name").asText().equals("status")) {
                status = field;
            }
            if (field.get("name").asText().equals("externalPONumber")) {
                assertThat(field.get("isReadOnly").asBoolean()).isFalse();
            }
            if (field.get("name").asText().equals("purchaseOrderNumber")) {
                assertThat(field.get("isReadOnly").asBoolean()).isTrue();
            }
        }
        assertThat(status).isNotNull();
        assertThat(status.get("isPickList").asBoolean()).isTrue();
        status.get("picklistValues").forEach(v -> {
            assertThat(v.get("value").isTextual()).isTrue();
            labels.put(v.get("value").asText(), v.get("label").asText());
        });
        assertThat(labels).containsEntry("1", "New").containsEntry("2", "Submitted")
                .containsEntry("3", "Received Partial").containsEntry("4", "Received Full")
                .containsEntry("5", "Canceled").hasSize(5);
    }

    @Test
    void shouldServeAPicklistValueAddedAtRunTimeWhenFieldsAreAskedAgain() throws IOException {
        autotask.setPicklistLabel("PurchaseOrders", "status", 9, "On Hold");

        SandboxResponse response = call("GET", PURCHASE_ORDERS + "/entityInformation/fields", null);

        assertThat(response.bodyText()).contains("\"value\":\"9\",\"label\":\"On Hold\"");
    }

    @Test
    void shouldWriteOnlyTheGivenFieldAndRecordTheWriteWhenAPatchIsValid() throws IOException {
        Object memoBefore = autotask.purchaseOrderField(TRANSFERRED_PO, "generalMemo");
        Object statusBefore = autotask.purchaseOrderField(TRANSFERRED_PO, "status");

        SandboxResponse response = patch("{\"id\":" + TRANSFERRED_PO + ",\"ExternalPONumber\":\"4711\"}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("itemId").asLong()).isEqualTo(TRANSFERRED_PO);
        assertThat(autotask.purchaseOrderField(TRANSFERRED_PO, "externalPONumber")).isEqualTo("4711");
        assertThat(autotask.purchaseOrderField(TRANSFERRED_PO, "generalMemo")).isEqualTo(memoBefore);
        assertThat(autotask.purchaseOrderField(TRANSFERRED_PO, "status")).isEqualTo(statusBefore);
        assertThat(autotask.writes()).singleElement().satisfies(write -> {
            assertThat(write.entity()).isEqualTo("PurchaseOrders");
            assertThat(write.id()).isEqualTo(TRANSFERRED_PO);
            assertThat(write.fields()).containsExactly(Map.entry("externalPONumber", "4711"));
        });
    }

    @Test
    void shouldEmptyAFieldWhenThePatchSetsItToNull() {
        patch("{\"id\":" + TRANSFERRED_PO + ",\"externalPONumber\":\"4711\"}");

        assertThat(patch("{\"id\":" + TRANSFERRED_PO + ",\"externalPONumber\":null}").status()).isEqualTo(200);

        assertThat(autotask.purchaseOrderField(TRANSFERRED_PO, "externalPONumber")).isNull();
    }

    @Test
    void shouldRefuseWith500ErrorsAndWriteNothingWhenThePurchaseOrderIsUnknown() throws IOException {
        SandboxResponse response = patch("{\"id\":999999,\"externalPONumber\":\"4711\"}");

        assertThat(response.status()).isEqualTo(500);
        assertThat(firstError(response)).contains("999999");
        assertThat(autotask.writes()).isEmpty();
    }

    @Test
    void shouldRefuseAReadOnlyFieldAndKeepTheOtherFieldsOfTheSamePatchUnwritten() throws IOException {
        SandboxResponse response = patch("{\"id\":" + TRANSFERRED_PO
                + ",\"externalPONumber\":\"4711\",\"purchaseOrderNumber\":\"X\"}");

        assertThat(response.status()).isEqualTo(500);
        assertThat(firstError(response)).contains("purchaseOrderNumber").contains("read-only");
        assertThat(autotask.purchaseOrderField(TRANSFERRED_PO, "externalPONumber")).isNull();
        assertThat(autotask.writes()).isEmpty();
    }

    @Test
    void shouldRefuseAPatchWithoutIdAnUnknownFieldAWrongTypeOrAStatusOutsideThePicklist() throws IOException {
        assertThat(firstError(patch("{\"externalPONumber\":\"4711\"}"))).contains("id is required");
        assertThat(firstError(patch("{\"id\":" + TRANSFERRED_PO + ",\"externalPoNumbr\":\"1\"}")))
                .isEqualTo("Unable to find externalPoNumbr in the PurchaseOrder Entity.");
        assertThat(firstError(patch("{\"id\":" + TRANSFERRED_PO + ",\"externalPONumber\":12}")))
                .contains("Invalid value");
        assertThat(firstError(patch("{\"id\":" + TRANSFERRED_PO + ",\"status\":42}"))).contains("picklist");
        assertThat(patch("{\"id\":" + TRANSFERRED_PO + ",\"status\":5}").status()).isEqualTo(200);
        assertThat(autotask.writes()).hasSize(1);
    }

    @Test
    void shouldAnswer405WhenAnEntityWithoutUpdatesIsPatchedOrThePurchaseOrdersRootIsRead() {
        assertThat(call("PATCH", "/ATServicesRest/V1.0/Products", "{\"id\":2001,\"name\":\"x\"}").status())
                .isEqualTo(405);
        assertThat(call("GET", PURCHASE_ORDERS, null).status()).isEqualTo(405);
    }

    @Test
    void shouldRefuseAPatchWhenAFaultIsInjectedForPurchaseOrders() throws IOException {
        autotask.injectFault(SandboxFault.error(500, "The logged in Resource does not have the adequate "
                + "permissions").forEntity("PurchaseOrders"));

        SandboxResponse response = patch("{\"id\":" + TRANSFERRED_PO + ",\"externalPONumber\":\"4711\"}");

        assertThat(response.status()).isEqualTo(500);
        assertThat(autotask.writes()).isEmpty();
        assertThat(autotask.stats().calls("PurchaseOrders", "update")).isEqualTo(1);
    }

    @Test
    void shouldFillPreviouslyReceivedAndBackOrderedWhenAReceiptIsAddedAtRunTime() throws IOException {
        Instant when = Instant.parse("2026-04-01T12:00:00Z");
        long id = autotask.addReceiving(4001, 3, when);

        assertThat(id).isEqualTo(6012);
        SandboxResponse response = call("POST", "/ATServicesRest/V1.0/PurchaseOrderItemReceiving/query",
                "{\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":" + id + "}]}");
        JsonNode item = json(response).get("items").get(0);
        assertThat(item.get("purchaseOrderItemID").asLong()).isEqualTo(4001);
        assertThat(item.get("quantityNowReceiving").asInt()).isEqualTo(3);
        assertThat(item.get("quantityPreviouslyReceived").asInt()).isEqualTo(10);
        assertThat(item.get("quantityBackOrdered").asInt()).isZero();
        assertThat(item.get("receiveDate").asText()).isEqualTo("2026-04-01T12:00:00.000Z");
        assertThat(autotask.addReceiving(4001, -1, when)).isEqualTo(6013);
    }

    @Test
    void shouldServeAddedLinesAndChangedQuantitiesAndCostsToTheNextQuery() throws IOException {
        long line = autotask.addPurchaseOrderItem(SUBMITTED_PO, CABLE, MAIN_WAREHOUSE, 12, new BigDecimal("3.75"));
        autotask.setPurchaseOrderItemQuantity(4005, 7);
        autotask.setPurchaseOrderItemUnitCost(4005, new BigDecimal("149.95"));

        SandboxResponse response = call("POST", "/ATServicesRest/V1.0/PurchaseOrderItems/query",
                "{\"filter\":[{\"op\":\"eq\",\"field\":\"orderID\",\"value\":" + SUBMITTED_PO + "}]}");

        List<String> rows = new ArrayList<>();
        json(response).get("items").forEach(i -> rows.add(i.get("id").asLong() + ":" + i.get("productID").asLong()
                + ":" + i.get("quantity").asInt() + ":" + i.get("unitCost").decimalValue().stripTrailingZeros()
                        .toPlainString()));
        assertThat(line).isEqualTo(4012);
        assertThat(rows).containsExactly("4005:" + SandboxAutotaskDemoTenant.UPS_LONG_NAME + ":7:149.95",
                "4012:" + CABLE + ":12:3.75");
    }

    @Test
    void shouldRefuseRunTimeChangesToRecordsThatDoNotExist() {
        assertThatThrownBy(() -> autotask.addReceiving(999, 1, Instant.EPOCH))
                .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("999");
        assertThatThrownBy(() -> autotask.addPurchaseOrderItem(999, CABLE, null, 1, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> autotask.addPurchaseOrderItem(SUBMITTED_PO, 12345, null, 1, BigDecimal.ONE))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> autotask.setPurchaseOrderItemQuantity(999, 1))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> autotask.purchaseOrderField(999, "externalPONumber"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void shouldForgetWritesWhenTheTenantIsReplaced() {
        patch("{\"id\":" + TRANSFERRED_PO + ",\"externalPONumber\":\"4711\"}");

        autotask.replaceTenant(SandboxAutotaskDemoTenant.create());

        assertThat(autotask.writes()).isEmpty();
        assertThat(autotask.purchaseOrderField(TRANSFERRED_PO, "externalPONumber")).isNull();
    }
}
