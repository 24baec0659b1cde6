package io.atqb.bench;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import io.atqb.AdminApi;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CancellationException;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

/** The preparation a user does through the admin API before a sync: the default connector and the PO ledger. */
final class AdminSteps {

    private static final int TRANSFER_THREADS = 4;
    private static final Duration TRANSFER_BOUND = Duration.ofMinutes(20);
    private static final ObjectMapper JSON = new ObjectMapper();

    private AdminSteps() {
    }

    /** POST /api/connectors (the first connector becomes the default); answers its id. */
    static long createConnector(AdminApi api, String username, String password, String companyFile) {
        ObjectNode body = JSON.createObjectNode()
                .put("name", "Bench company")
                .put("username", username)
                .put("password", password)
                .put("companyFile", companyFile);
        HttpResponse<String> created = api.post("/api/connectors", body.toString());
        if (created.statusCode() != 201 && created.statusCode() != 200) {
            throw new IllegalStateException("creating the connector answered " + created.statusCode() + ": "
                    + created.body());
        }
        try {
            JsonNode connector = JSON.readTree(created.body());
            return connector.get("id").asLong();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** PUT /api/purchase-orders/{id}/quickbooks-transfer for every transferred PO, from a few threads. */
    static void recordTransfers(AdminApi api, Map<Long, Instant> transfers) {
        ExecutorService threads = Executors.newFixedThreadPool(TRANSFER_THREADS);
        try {
            List<Callable<Integer>> calls = new ArrayList<>();
            transfers.forEach((po, at) -> calls.add(() -> recordTransfer(api, po, at)));
            List<Future<Integer>> answers = threads.invokeAll(calls, TRANSFER_BOUND.toSeconds(), TimeUnit.SECONDS);
            for (Future<Integer> answer : answers) {
                int status = answer.get();
                if (status != 200) {
                    throw new IllegalStateException("recording a PO transfer answered " + status);
                }
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        } catch (ExecutionException e) {
            throw new IllegalStateException("recording a PO transfer failed", e.getCause());
        } catch (CancellationException e) {
            throw new IllegalStateException("not all " + transfers.size() + " PO transfers were recorded within "
                    + TRANSFER_BOUND, e);
        } finally {
            threads.shutdownNow();
        }
    }

    private static int recordTransfer(AdminApi api, long purchaseOrderId, Instant transferredAt) {
        String body = JSON.createObjectNode().put("transferredAt", transferredAt.toString()).toString();
        return api.put("/api/purchase-orders/" + purchaseOrderId + "/quickbooks-transfer", body).statusCode();
    }
}
