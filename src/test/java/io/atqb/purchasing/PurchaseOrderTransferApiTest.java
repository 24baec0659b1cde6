package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.AdminApi;
import io.atqb.ServiceTest;
import io.atqb.TestClock;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;

/** PUT /api/purchase-orders/{id}/quickbooks-transfer over real HTTP, on the test clock. */
@ServiceTest
@Import(TestClock.Config.class)
class PurchaseOrderTransferApiTest {

    private static final Instant NOW = Instant.parse("2026-06-01T12:00:00Z");
    /** atqb.purchasing.transfer-clock-skew in application.yaml. */
    private static final Duration SKEW = Duration.ofMinutes(5);

    @LocalServerPort
    int port;
    @Autowired
    TestClock clock;
    @Autowired
    JdbcClient jdbc;
    final ObjectMapper json = new ObjectMapper();
    AdminApi api;

    @BeforeEach
    void setUp() {
        api = new AdminApi(port);
        clock.set(NOW);
    }

    private HttpResponse<String> record(long purchaseOrderId, String transferredAt) {
        return api.put("/api/purchase-orders/" + purchaseOrderId + "/quickbooks-transfer",
                "{\"transferredAt\":\"" + transferredAt + "\"}");
    }

    private long recorded(long purchaseOrderId) {
        return jdbc.sql("SELECT COUNT(*) FROM purchase_order_transfer WHERE purchase_order_id = :id")
                .param("id", purchaseOrderId).query(Long.class).single();
    }

    @Test
    void shouldRecordATransferTimeUpToTheAllowedClockSkewAhead() {
        HttpResponse<String> past = record(9101, NOW.minus(Duration.ofDays(3)).toString());
        HttpResponse<String> atTheEdge = record(9102, NOW.plus(SKEW).toString());
        HttpResponse<String> withOffset = record(9103, "2026-06-01T14:05:00+02:00");

        assertThat(past.statusCode()).isEqualTo(200);
        assertThat(atTheEdge.statusCode()).as(atTheEdge.body()).isEqualTo(200);
        assertThat(withOffset.statusCode()).as(withOffset.body()).isEqualTo(200);
        assertThat(recorded(9102)).isOne();
    }

    @Test
    void shouldRefuseATransferTimeOneSecondBeyondTheClockSkewNamingTheField() throws Exception {
        HttpResponse<String> beyond = record(9201, NOW.plus(SKEW).plusSeconds(1).toString());
        HttpResponse<String> farFuture = record(9202, "2999-01-01T00:00:00Z");
        HttpResponse<String> offsetBeyond = record(9203, "2026-06-01T14:05:01+02:00");

        assertThat(beyond.statusCode()).isEqualTo(400);
        assertThat(json.readTree(beyond.body()).get("message").asText()).contains("'transferredAt'")
                .contains("future").contains("PT5M");
        assertThat(farFuture.statusCode()).isEqualTo(400);
        assertThat(offsetBeyond.statusCode()).isEqualTo(400);
        assertThat(recorded(9201) + recorded(9202) + recorded(9203)).isZero();
    }

    @Test
    void shouldMeasureTheEdgeAgainstTheServiceClock() {
        clock.advance(Duration.ofHours(1));

        assertThat(record(9301, NOW.plus(Duration.ofMinutes(65)).toString()).statusCode()).isEqualTo(200);
        assertThat(record(9302, NOW.plus(Duration.ofMinutes(65)).plusSeconds(1).toString()).statusCode())
                .isEqualTo(400);
    }
}
