package io.atqb.qbwc;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.AdminApi;
import io.atqb.ServiceInstance;
import io.atqb.qbwc.soap.QBWebConnectorSvcSoap;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A QBWC session that spans a service restart: the service stops after serving a message set and a new
 * instance on the same database takes the response, serves the rest and closes the session.
 */
final class RestartScenario {

    private RestartScenario() {
    }

    static void run(Map<String, String> database) {
        SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Restart Company");
        company.addInventoryItem("Widget 1", new BigDecimal("3"), true);
        String username = "restart-" + UUID.randomUUID().toString().substring(0, 8);
        Map<String, String> settings = new java.util.HashMap<>(database);
        settings.put("atqb.qbwc.max-requests-per-message", "3");
        String ticket;
        String firstResponse;
        long jobId;
        try (ServiceInstance first = ServiceInstance.start(settings)) {
            new AdminApi(first.port()).post("/api/connectors", "{\"name\":\"Restart\",\"username\":\"" + username
                    + "\",\"password\":\"restart-password\"}");
            jobId = queueJob(first, username, 5);
            QBWebConnectorSvcSoap qbwc = QbwcClients.client(first.port());
            ticket = qbwc.authenticate(username, "restart-password").getString().get(0);
            String request = qbwc.sendRequestXML(ticket, company.hostQueryResponse(), "", "US", 13, 0);
            assertThat(request).contains("ItemInventoryQueryRq");
            firstResponse = company.process(request);
        }
        try (ServiceInstance second = ServiceInstance.start(settings)) {
            QBWebConnectorSvcSoap qbwc = QbwcClients.client(second.port());
            int progress = qbwc.receiveResponseXML(ticket, firstResponse, "", "");
            assertThat(progress).isBetween(1, 99);
            String request = qbwc.sendRequestXML(ticket, "", "", "US", 13, 0);
            assertThat(request).contains("ItemInventoryQueryRq");
            assertThat(qbwc.receiveResponseXML(ticket, company.process(request), "", "")).isEqualTo(100);
            assertThat(qbwc.closeConnection(ticket)).startsWith("Test job " + jobId);
            JdbcClient jdbc = second.bean(JdbcClient.class);
            assertThat(jdbc.sql("SELECT COUNT(*) FROM qbwc_request WHERE job_id = :job AND status = 'DONE'")
                    .param("job", jobId).query(Long.class).single()).isEqualTo(5);
            assertThat(second.bean(QbwcJobRepository.class).find(jobId).orElseThrow().status())
                    .isEqualTo(QbwcJob.Status.DONE);
        }
    }

    private static long queueJob(ServiceInstance service, String username, int requests) {
        JdbcClient jdbc = service.bean(JdbcClient.class);
        Clock clock = service.bean(Clock.class);
        long connectorId = jdbc.sql("SELECT id FROM web_connector WHERE username = :u").param("u", username)
                .query(Long.class).single();
        long jobId = service.bean(QbwcJobRepository.class).create(connectorId, TestJobHandler.TYPE, null, clock.instant());
        List<QbxmlRequest> queued = new ArrayList<>();
        for (int i = 1; i <= requests; i++) {
            queued.add(ItemInventoryQueryRq.byFullNames(null, List.of("Widget " + i), List.of("ListID")));
        }
        new JobRequestQueue(jobId, service.bean(QbwcQueueRepository.class), service.bean(QueuedRequestCodec.class),
                clock).enqueue(queued);
        return jobId;
    }
}
