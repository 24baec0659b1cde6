package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import java.io.IOException;
import java.net.http.HttpResponse;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

/**
 * The 400 answers of /api/purchase-orders over real HTTP: every bad parameter or field is refused before Autotask is
 * asked, with a message naming it. (This service has no Autotask configured, so an accepted request would be a 502.)
 */
@ServiceTest
class PurchaseOrderApiValidationTest {

    @LocalServerPort
    int port;
    final ObjectMapper json = new ObjectMapper();
    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(port);
    }

    private String refusal(HttpResponse<String> response) throws IOException {
        assertThat(response.statusCode()).as(response.body()).isEqualTo(400);
        JsonNode body = json.readTree(response.body());
        return body.get("message").asText();
    }

    @Test
    void shouldRefuseALimitOutsideOneToFiveHundredNamingIt() throws Exception {
        assertThat(refusal(api.get("/api/purchase-orders?limit=0"))).startsWith("Invalid 'limit'")
                .contains("between 1 and 500");
        assertThat(refusal(api.get("/api/purchase-orders?limit=501"))).startsWith("Invalid 'limit'");
        assertThat(refusal(api.get("/api/purchase-orders?limit=-1"))).startsWith("Invalid 'limit'");
        assertThat(refusal(api.get("/api/purchase-orders?limit=ten"))).startsWith("Invalid 'limit'")
                .contains("not a whole number");
        assertThat(refusal(api.get("/api/purchase-orders?limit=99999999999"))).startsWith("Invalid 'limit'");
        assertThat(refusal(api.get("/api/purchase-orders?limit="))).startsWith("Invalid 'limit'");
    }

    @Test
    void shouldRefuseANegativeOrNonNumericOffsetNamingIt() throws Exception {
        assertThat(refusal(api.get("/api/purchase-orders?offset=-1"))).startsWith("Invalid 'offset'")
                .contains("at least 0");
        assertThat(refusal(api.get("/api/purchase-orders?offset=1.5"))).startsWith("Invalid 'offset'");
    }

    @Test
    void shouldRefuseUnknownOrRepeatedParametersAndBadFilterValues() throws Exception {
        assertThat(refusal(api.get("/api/purchase-orders?needResync=true"))).startsWith("Invalid 'needResync'")
                .contains("unknown parameter");
        assertThat(refusal(api.get("/api/purchase-orders?limit=5&limit=6"))).startsWith("Invalid 'limit'")
                .contains("more than once");
        assertThat(refusal(api.get("/api/purchase-orders?needsResync=yes"))).startsWith("Invalid 'needsResync'");
        assertThat(refusal(api.get("/api/purchase-orders?transferStatus=DONE"))).startsWith("Invalid 'transferStatus'")
                .contains("NOT_TRANSFERRED").contains("FAILED");
        assertThat(refusal(api.get("/api/purchase-orders?status=Closed"))).startsWith("Invalid 'status'")
                .contains("RECEIVED_PARTIAL").doesNotContain("UNKNOWN");
        assertThat(refusal(api.get("/api/purchase-orders?status=UNKNOWN"))).startsWith("Invalid 'status'");
        assertThat(refusal(api.get("/api/purchase-orders?number=" + "1".repeat(101)))).startsWith("Invalid 'number'");
        assertThat(refusal(api.get("/api/purchase-orders?vendor=" + "v".repeat(101)))).startsWith("Invalid 'vendor'");
    }

    @Test
    void shouldRefuseAMarkingBodyWithNeitherOrBothFields() throws Exception {
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{}"))).contains("'ids'")
                .contains("'needsResync'");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":[1],\"needsResync\":true}")))
                .contains("not both");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "[1,2]"))).contains("JSON object");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"idz\":[1]}"))).startsWith("Invalid 'idz'");
    }

    @Test
    void shouldRefuseAnEmptyOrMalformedIdListNamingTheEntry() throws Exception {
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":[]}"))).startsWith("Invalid 'ids'")
                .contains("at least one");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":\"3001\"}")))
                .startsWith("Invalid 'ids'");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":[3001,\"abc\"]}")))
                .startsWith("Invalid 'ids[1]'").contains("abc");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":[1.5]}")))
                .startsWith("Invalid 'ids[0]'");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":[0]}")))
                .startsWith("Invalid 'ids[0]'");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":[3001,null]}")))
                .startsWith("Invalid 'ids[1]'");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":[99999999999999999999]}")))
                .startsWith("Invalid 'ids[0]'");
    }

    @Test
    void shouldTakeAtMostFiveHundredIdsAtATime() throws Exception {
        StringBuilder ids = new StringBuilder("1");
        for (int i = 2; i <= 501; i++) {
            ids.append(',').append(i);
        }
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"ids\":[" + ids + "]}")))
                .startsWith("Invalid 'ids'").contains("501").contains("at most 500");
    }

    @Test
    void shouldRefuseNeedsResyncOtherThanTrue() throws Exception {
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"needsResync\":false}")))
                .startsWith("Invalid 'needsResync'").contains("must be true");
        assertThat(refusal(api.post("/api/purchase-orders/transfer", "{\"needsResync\":\"true\"}")))
                .startsWith("Invalid 'needsResync'");
    }

    @Test
    void shouldRefuseAnIdThatIsNotAPositiveNumberInThePath() throws Exception {
        assertThat(refusal(api.post("/api/purchase-orders/0/transfer", ""))).startsWith("Invalid 'id'");
        assertThat(refusal(api.post("/api/purchase-orders/abc/transfer", ""))).startsWith("Invalid 'id'");
        assertThat(refusal(api.get("/api/purchase-orders/-4"))).startsWith("Invalid 'id'");
    }
}
