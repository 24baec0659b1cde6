package io.atqb.sandbox.autotask;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

class SandboxAutotaskTest {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SELF = "http://127.0.0.1:9999/";
    private static final SandboxCredentials CREDENTIALS = SandboxCredentials.demo();

    private SandboxAutotask autotask;
    private ExecutorService threads;

    @BeforeEach
    void createSandbox() {
        autotask = new SandboxAutotask(SandboxAutotaskDemoTenant.create(), CREDENTIALS);
    }

    @AfterEach
    void stopThreads() {
        if (threads != null) {
            threads.shutdownNow();
        }
    }

    private static Map<String, List<String>> credentialHeaders() {
        Map<String, List<String>> headers = new HashMap<>();
        headers.put("UserName", List.of(CREDENTIALS.username()));
        headers.put("Secret", List.of(CREDENTIALS.secret()));
        headers.put("ApiIntegrationCode", List.of(CREDENTIALS.integrationCode()));
        headers.put("Content-Type", List.of("application/json"));
        return headers;
    }

    private SandboxResponse post(String path, String body) {
        return autotask.handle(new SandboxRequest("POST", path, null, credentialHeaders(),
                body.getBytes(StandardCharsets.UTF_8), SELF));
    }

    private SandboxResponse get(String path, String rawQuery) {
        return autotask.handle(new SandboxRequest("GET", path, rawQuery, credentialHeaders(), null, SELF));
    }

    private SandboxResponse query(String entity, String body) {
        return post("/ATServicesRest/V1.0/" + entity + "/query", body);
    }

    private static JsonNode json(SandboxResponse response) throws IOException {
        return JSON.readTree(response.body());
    }

    private static List<Long> ids(SandboxResponse response) throws IOException {
        List<Long> ids = new ArrayList<>();
        json(response).get("items").forEach(item -> ids.add(item.get("id").asLong()));
        return ids;
    }

    @Test
    void shouldAnswerTheZoneUrlWhenTheUserIsKnown() throws IOException {
        SandboxResponse response = autotask.handle(new SandboxRequest("GET", "/atservicesrest/V1.0/zoneInformation",
                "user=sandbox-api%40atqb.example", Map.of(), null, SELF));

        assertThat(response.status()).isEqualTo(200);
        assertThat(json(response).get("url").asText()).isEqualTo(SELF + "webservices1/ATServicesRest/");
    }

    @Test
    void shouldAnswer500WhenZoneDiscoveryDoesNotKnowTheUser() throws IOException {
        SandboxResponse response = autotask.handle(new SandboxRequest("GET", "/atservicesrest/v1.0/zoneinformation",
                "user=nobody%40example.com", Map.of(), null, SELF));

        assertThat(response.status()).isEqualTo(500);
        assertThat(json(response).get("errors").get(0).asText()).isEqualTo("Zone information could not be determined");
    }

    @Test
    void shouldOfferVersionV10WhenAskedForVersionInformation() throws IOException {
        SandboxResponse response = autotask.handle(new SandboxRequest("GET", "/atservicesrest/versioninformation",
                null, Map.of(), null, SELF));

        assertThat(json(response).get("apiVersions").get(0).asText()).isEqualTo("V1.0");
    }

    @Test
    void shouldAnswer401WhenTheSecretIsWrong() {
        Map<String, List<String>> headers = credentialHeaders();
        headers.put("Secret", List.of("wrong"));

        SandboxResponse response = autotask.handle(new SandboxRequest("GET", "/ATServicesRest/V1.0/ThresholdInformation",
                null, headers, null, SELF));

        assertThat(response.status()).isEqualTo(401);
    }

    @Test
    void shouldAnswer500WhenTheIntegrationCodeIsWrong() throws IOException {
        Map<String, List<String>> headers = credentialHeaders();
        headers.put("ApiIntegrationCode", List.of("nope"));

        SandboxResponse response = autotask.handle(new SandboxRequest("GET", "/ATServicesRest/V1.0/ThresholdInformation",
                null, headers, null, SELF));

        assertThat(response.status()).isEqualTo(500);
        assertThat(json(response).get("errors").get(0).asText()).isEqualTo("IntegrationCode is invalid.");
    }

    @Test
    void shouldTreatPathSegmentsWithoutRegardToCaseWhenRouting() throws IOException {
        SandboxResponse response = query("inventoryLOCATIONS", "{\"filter\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":0}]}");

        assertThat(response.status()).isEqualTo(200);
        assertThat(ids(response)).containsExactly(101L, 102L, 103L, 104L);
    }

    @Test
    void shouldCapPagesAt500AndLinkTheNextPageWhenMoreRowsMatch() throws IOException {
        autotask.replaceTenant(new SandboxAutotaskSyntheticTenant(1200, 1, 1200, 0, 0, Instant.EPOCH).generate()
                .tenant());

        SandboxResponse response = query("Products", "{\"MaxRecords\":999,\"filter\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":0}]}");

        JsonNode answer = json(response);
        assertThat(answer.get("items")).hasSize(500);
        assertThat(answer.get("pageDetails").get("count").asInt()).isEqualTo(500);
        assertThat(answer.get("pageDetails").get("requestCount").asInt()).isEqualTo(500);
        String next = answer.get("pageDetails").get("nextPageUrl").asText();
        assertThat(next).startsWith(SELF + "ATServicesRest/V1.0/Products/query/next?paging=");
    }

    @Test
    void shouldContinueAfterTheLastIdWhenTheNextPageUrlIsPosted() throws IOException {
        autotask.replaceTenant(new SandboxAutotaskSyntheticTenant(700, 1, 0, 0, 0, Instant.EPOCH).generate().tenant());
        String body = "{\"filter\":[{\"op\":\"exist\",\"field\":\"id\"}]}";
        JsonNode first = json(query("Products", body));
        String next = first.get("pageDetails").get("nextPageUrl").asText();
        String rawQuery = next.substring(next.indexOf('?') + 1);

        SandboxResponse second = autotask.handle(new SandboxRequest("POST", "/ATServicesRest/V1.0/Products/query/next",
                rawQuery, credentialHeaders(), body.getBytes(StandardCharsets.UTF_8), SELF));
        SandboxResponse wrongVerb = autotask.handle(new SandboxRequest("GET", "/ATServicesRest/V1.0/Products/query/next",
                rawQuery, credentialHeaders(), null, SELF));

        assertThat(ids(second)).hasSize(200).first().isEqualTo(100_500L);
        assertThat(json(second).get("pageDetails").get("nextPageUrl").isNull()).isTrue();
        assertThat(wrongVerb.status()).isEqualTo(405);
        assertThat(json(wrongVerb).get("Message").asText()).contains("does not support http method 'GET'");
    }

    @Test
    void shouldReturnOnlyTheIncludedFieldsWhenIncludeFieldsIsGiven() throws IOException {
        JsonNode item = json(query("Products", "{\"IncludeFields\":[\"ID\",\"Name\"],\"filter\":[{\"op\":\"eq\",\"field\":\"id\",\"value\":2005}]}"))
                .get("items").get(0);

        assertThat(item.fieldNames()).toIterable().containsExactly("id", "name", "userDefinedFields");
        assertThat(item.get("name").asText()).isEqualTo("Café Espresso Maschine Größe L");
    }

    @Test
    void shouldAnswerUnableToFindWhenAFilterOrIncludeFieldIsUnknown() throws IOException {
        SandboxResponse badFilter = query("InventoryItems", "{\"filter\":[{\"op\":\"eq\",\"field\":\"quantityOnHnd\",\"value\":1}]}");
        SandboxResponse badInclude = query("InventoryItems", "{\"IncludeFields\":[\"id\",\"onHand\"],\"filter\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":0}]}");

        assertThat(badFilter.status()).isEqualTo(500);
        assertThat(json(badFilter).get("errors").get(0).asText())
                .isEqualTo("Unable to find quantityOnHnd in the InventoryItem Entity.");
        assertThat(badInclude.status()).isEqualTo(500);
        assertThat(json(badInclude).get("errors").get(0).asText()).isEqualTo("Unable to find onHand in the InventoryItem Entity.");
    }

    @Test
    void shouldIgnoreAnUnknownOperatorLikeTheRealApi() throws IOException {
        SandboxResponse response = query("InventoryLocations", "{\"filter\":[{\"op\":\"ne\",\"field\":\"id\",\"value\":101}]}");

        assertThat(ids(response)).containsExactly(101L, 102L, 103L, 104L);
    }

    @Test
    void shouldApplyComparisonOperatorsWhenFilteringNumbersAndDates() throws IOException {
        assertThat(ids(query("PurchaseOrderItemReceiving",
                "{\"filter\":[{\"op\":\"gte\",\"field\":\"receiveDate\",\"value\":\"2026-03-02T10:00:00.000\"},"
                        + "{\"op\":\"noteq\",\"field\":\"quantityNowReceiving\",\"value\":0}]}")))
                .containsExactly(6002L, 6003L, 6004L);
        assertThat(ids(query("PurchaseOrderItemReceiving",
                "{\"filter\":[{\"op\":\"lt\",\"field\":\"quantityNowReceiving\",\"value\":0}]}")))
                .containsExactly(6004L, 6010L);
        assertThat(ids(query("PurchaseOrderItemReceiving",
                "{\"filter\":[{\"op\":\"lte\",\"field\":\"id\",\"value\":6002},{\"op\":\"gt\",\"field\":\"id\",\"value\":6000}]}")))
                .containsExactly(6001L, 6002L);
    }

    @Test
    void shouldMatchStringsWithoutRegardToCaseWhenUsingStringOperators() throws IOException {
        assertThat(ids(query("Products", "{\"filter\":[{\"op\":\"eq\",\"field\":\"name\",\"value\":\"usb-c docking station\"}]}")))
                .containsExactly(2010L);
        assertThat(ids(query("Products", "{\"filter\":[{\"op\":\"beginsWith\",\"field\":\"name\",\"value\":\"dell latitude\"}]}")))
                .containsExactly(2008L, 2009L);
        assertThat(ids(query("Products", "{\"filter\":[{\"op\":\"endsWith\",\"field\":\"name\",\"value\":\"3M\"}]}")))
                .containsExactly(2002L);
        assertThat(ids(query("Products", "{\"filter\":[{\"op\":\"contains\",\"field\":\"name\",\"value\":\"größe\"}]}")))
                .containsExactly(2005L);
    }

    @Test
    void shouldApplyListExistenceAndGroupOperatorsWhenFiltering() throws IOException {
        assertThat(ids(query("InventoryLocations", "{\"filter\":[{\"op\":\"in\",\"field\":\"id\",\"value\":[104,101]}]}")))
                .containsExactly(101L, 104L);
        assertThat(ids(query("InventoryLocations", "{\"filter\":[{\"op\":\"notIn\",\"field\":\"id\",\"value\":[104,101]}]}")))
                .containsExactly(102L, 103L);
        assertThat(ids(query("InventoryLocations", "{\"filter\":[{\"op\":\"notExist\",\"field\":\"resourceID\"}]}")))
                .hasSize(4);
        assertThat(ids(query("InventoryLocations", "{\"filter\":[{\"op\":\"exist\",\"field\":\"resourceID\"}]}")))
                .isEmpty();
        assertThat(ids(query("InventoryLocations", "{\"filter\":[{\"op\":\"or\",\"items\":["
                + "{\"op\":\"eq\",\"field\":\"isActive\",\"value\":false},"
                + "{\"op\":\"and\",\"items\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":101},{\"op\":\"lt\",\"field\":\"id\",\"value\":103}]}]}]}")))
                .containsExactly(102L, 104L);
    }

    @Test
    void shouldRejectABooleanFilterWhenTheValueIsNotALiteralBoolean() throws IOException {
        SandboxResponse response = query("Products", "{\"filter\":[{\"op\":\"eq\",\"field\":\"isActive\",\"value\":\"yes\"}]}");

        assertThat(response.status()).isEqualTo(500);
        assertThat(json(response).get("errors").get(0).asText()).contains("true or false");
    }

    @Test
    void shouldRejectAnInListWhenItHasMoreThan500Values() {
        StringBuilder values = new StringBuilder();
        for (int i = 0; i < 501; i++) {
            values.append(i == 0 ? "" : ",").append(i);
        }

        SandboxResponse response = query("Products", "{\"filter\":[{\"op\":\"in\",\"field\":\"id\",\"value\":[" + values + "]}]}");

        assertThat(response.status()).isEqualTo(500);
    }

    @Test
    void shouldCountMatchesAndAnswerGetQueriesWhenAsked() throws IOException {
        String search = java.net.URLEncoder.encode("{\"filter\":[{\"op\":\"eq\",\"field\":\"productID\",\"value\":2001}]}",
                StandardCharsets.UTF_8);

        SandboxResponse count = post("/ATServicesRest/V1.0/InventoryItems/query/count",
                "{\"filter\":[{\"op\":\"eq\",\"field\":\"productID\",\"value\":2001}]}");
        SandboxResponse viaGet = get("/ATServicesRest/V1.0/InventoryItems/query", "search=" + search);
        SandboxResponse byId = get("/ATServicesRest/V1.0/Products/2003", null);

        assertThat(json(count).get("queryCount").asLong()).isEqualTo(3);
        assertThat(ids(viaGet)).hasSize(3);
        assertThat(json(byId).get("item").get("name").asText()).isEqualTo("Monitor 27\" 4K UHD");
    }

    @Test
    void shouldAnswer415WhenAQueryIsPostedWithoutJsonContentType() {
        Map<String, List<String>> headers = credentialHeaders();
        headers.put("Content-Type", List.of("text/plain"));

        SandboxResponse response = autotask.handle(new SandboxRequest("POST", "/ATServicesRest/V1.0/Products/query",
                null, headers, "{}".getBytes(StandardCharsets.UTF_8), SELF));

        assertThat(response.status()).isEqualTo(415);
    }

    @Test
    void shouldCountRequestsInTheHourlyWindowWhenThresholdInformationIsAsked() throws IOException {
        autotask.setCurrentTimeframeRequestCount(41);
        query("Products", "{\"filter\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":0}]}");

        JsonNode threshold = json(get("/ATServicesRest/V1.0/ThresholdInformation", null));

        assertThat(threshold.get("externalRequestThreshold").asLong()).isEqualTo(10_000);
        assertThat(threshold.get("currentTimeframeRequestCount").asLong()).isEqualTo(43);
    }

    @Test
    void shouldRejectCallsAboveTheThreadLimitAndRecordTheHighestConcurrency() throws Exception {
        autotask.injectFault(SandboxFault.slow(Duration.ofMillis(300)).forEntity("Products").times(5));
        threads = Executors.newFixedThreadPool(5);
        List<Future<SandboxResponse>> calls = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            calls.add(threads.submit(() -> query("Products", "{\"filter\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":0}]}")));
        }
        List<SandboxResponse> responses = new ArrayList<>();
        for (Future<SandboxResponse> call : calls) {
            responses.add(call.get());
        }

        List<SandboxResponse> rejected = responses.stream().filter(r -> r.status() == 429).toList();
        assertThat(rejected).isNotEmpty();
        assertThat(rejected.get(0).bodyText()).containsIgnoringCase("thread threshold");
        assertThat(responses.stream().filter(r -> r.status() == 200)).hasSizeLessThanOrEqualTo(3);
        assertThat(autotask.stats().highestConcurrency("Products")).isGreaterThan(3);
        assertThat(autotask.stats().calls("Products", "query")).isEqualTo(5);
    }

    @Test
    void shouldInjectThrottlingWithRetryAfterForTheChosenEntityOnly() {
        autotask.injectFault(SandboxFault.throttled("7").forEntity("Products").afterCalls(1).times(2));
        String body = "{\"filter\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":0}]}";

        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            statuses.add(query("Products", body).status());
        }
        SandboxResponse other = query("InventoryLocations", body);
        autotask.injectFault(SandboxFault.throttled("7").forEntity("Products"));
        SandboxResponse throttled = query("Products", body);

        assertThat(statuses).containsExactly(200, 429, 429, 200);
        assertThat(other.status()).isEqualTo(200);
        assertThat(throttled.headers()).containsEntry("Retry-After", "7");
        assertThat(autotask.pendingFaults()).isZero();
    }

    @Test
    void shouldAnswerTheInjectedFaultsWhenTheyAreSwitchedOn() throws IOException {
        String body = "{\"IncludeFields\":[\"id\",\"productID\"],\"filter\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":0}]}";
        autotask.injectFault(SandboxFault.error(503, "Service Unavailable"));
        assertThat(query("InventoryItems", body).status()).isEqualTo(503);

        autotask.injectFault(SandboxFault.errorsInOk("Something went wrong."));
        SandboxResponse okWithErrors = query("InventoryItems", body);
        assertThat(okWithErrors.status()).isEqualTo(200);
        assertThat(json(okWithErrors).get("errors").get(0).asText()).isEqualTo("Something went wrong.");

        autotask.injectFault(SandboxFault.errorObjectsInOk("Bad thing."));
        assertThat(json(query("InventoryItems", body)).get("errors").get(0).get("message").asText()).isEqualTo("Bad thing.");

        autotask.injectFault(SandboxFault.malformedJson());
        SandboxResponse malformed = query("InventoryItems", body);
        assertThat(malformed.status()).isEqualTo(200);
        assertThat(isJson(malformed.body())).isFalse();

        autotask.injectFault(SandboxFault.omitField("productID"));
        assertThat(json(query("InventoryItems", body)).get("items").get(0).has("productID")).isFalse();

        autotask.injectFault(SandboxFault.threadThreshold(500));
        SandboxResponse thread = query("InventoryItems", body);
        assertThat(thread.status()).isEqualTo(500);
        assertThat(thread.bodyText()).contains("Thread Threshold Exceeded");
    }

    @Test
    void shouldRepeatTheBoundaryRowWhenTheDuplicateFaultIsOn() throws IOException {
        autotask.injectFault(SandboxFault.duplicateBoundaryRow().forEntity("InventoryLocations"));

        SandboxResponse response = query("InventoryLocations", "{\"filter\":[{\"op\":\"gt\",\"field\":\"id\",\"value\":102}]}");

        assertThat(ids(response)).containsExactly(102L, 103L, 104L);
    }

    @Test
    void shouldAnswer401OnTheOldZoneWhenTheTenantMoved() {
        String oldZone = "/" + autotask.currentZoneSegment() + "/ATServicesRest/V1.0/ThresholdInformation";
        assertThat(get(oldZone, null).status()).isEqualTo(200);

        autotask.moveToNextZone();

        assertThat(get(oldZone, null).status()).isEqualTo(401);
        assertThat(get("/" + autotask.currentZoneSegment() + "/ATServicesRest/V1.0/ThresholdInformation", null).status())
                .isEqualTo(200);
    }

    @Test
    void shouldAnswer404WhenThePathIsUnknown() {
        assertThat(get("/ATServicesRest/V1.0/Widgets/query", null).status()).isEqualTo(404);
        assertThat(get("/nothing", null).status()).isEqualTo(404);
    }

    private static boolean isJson(byte[] body) {
        try {
            JSON.readTree(body);
            return true;
        } catch (IOException e) {
            return false;
        }
    }
}
