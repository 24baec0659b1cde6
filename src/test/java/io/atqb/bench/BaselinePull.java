package io.atqb.bench;

import io.atqb.autotask.AutotaskQuery;
import io.atqb.sandbox.autotask.SandboxCredentials;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.concurrent.atomic.AtomicLong;

/**
 * The yardstick for the Autotask pull: the same pages the service fetches, fetched and parsed by a plain JDK
 * HttpClient and a Jackson streaming parser. Same order and parallelism as the snapshot route (ThresholdInformation;
 * then locations and products side by side; then on-hand rows beside the ledger lookups PurchaseOrders, their
 * PurchaseOrderItems and those lines' receipts), each entity single-threaded, same query bodies ({@code id gt lastId},
 * MaxRecords, IncludeFields, the same "in" batches and filters). Rows are only summed and indexed, as far as the next
 * lookups need them.
 */
final class BaselinePull {

    private static final Duration CALL_TIMEOUT = Duration.ofMinutes(2);
    private static final Duration PULL_BOUND = Duration.ofMinutes(10);
    private static final DateTimeFormatter FILTER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    /** What the baseline read. */
    record Result(Duration elapsed, long calls, Map<String, Long> rowsByEntity) {
    }

    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(10)).build();
    private final String zoneUrl;
    private final SandboxCredentials credentials;
    private final ServiceDefaults defaults;
    private final Map<Long, Instant> transfers;
    private final AtomicLong calls = new AtomicLong();
    private final Map<String, Long> rows = new TreeMap<>();

    BaselinePull(String zoneUrl, SandboxCredentials credentials, ServiceDefaults defaults,
            Map<Long, Instant> transfers) {
        this.zoneUrl = zoneUrl;
        this.credentials = credentials;
        this.defaults = defaults;
        this.transfers = Map.copyOf(transfers);
    }

    /**
     * Runs the baseline in a JVM of its own, as cold as the service's is on its first sync:
     * {@code BaselinePull <zoneUrl> <pageSize> <lookupBatchSize> <transfers file: poId=instant per line>};
     * prints one line {@code BASELINE <nanos> <calls> <entity>=<rows> ...}.
     */
    public static void main(String[] args) throws IOException {
        Map<Long, Instant> transfers = new java.util.LinkedHashMap<>();
        for (String line : java.nio.file.Files.readAllLines(java.nio.file.Path.of(args[3]))) {
            if (!line.isBlank()) {
                String[] parts = line.split("=", 2);
                transfers.put(Long.parseLong(parts[0]), Instant.parse(parts[1]));
            }
        }
        Result result = new BaselinePull(args[0], SandboxCredentials.demo(),
                new ServiceDefaults(Integer.parseInt(args[1]), Integer.parseInt(args[2])), transfers).run();
        StringBuilder line = new StringBuilder("BASELINE ").append(result.elapsed().toNanos()).append(' ')
                .append(result.calls());
        result.rowsByEntity().forEach((entity, rows) -> line.append(' ').append(entity).append('=').append(rows));
        System.out.println(line);
    }

    Result run() {
        ExecutorService branches = Executors.newFixedThreadPool(2);
        try {
            long started = System.nanoTime();
            threshold();
            Map<Long, String> locations = new HashMap<>();
            Map<Long, String> products = new HashMap<>();
            both(branches,
                    () -> pullAll("InventoryLocations", List.of("id", "locationName", "isActive"),
                            (n, t) -> locations.put(n[0], t[1])),
                    () -> pullAll("Products", List.of("id", "name", "isActive"), (n, t) -> products.put(n[0], t[1])));
            Map<Long, Long> onHand = new HashMap<>();
            both(branches,
                    () -> pullAll("InventoryItems", List.of("id", "productID", "inventoryLocationID", "quantityOnHand"),
                            (n, t) -> onHand.merge(n[1], n[3], Long::sum)),
                    this::ledger);
            return new Result(Duration.ofNanos(System.nanoTime() - started), calls.get(), Map.copyOf(rows));
        } finally {
            branches.shutdownNow();
        }
    }

    private static void both(ExecutorService branches, Callable<?> first, Callable<?> second) {
        Future<?> a = branches.submit(first);
        Future<?> b = branches.submit(second);
        try {
            a.get(PULL_BOUND.toSeconds(), TimeUnit.SECONDS);
            b.get(PULL_BOUND.toSeconds(), TimeUnit.SECONDS);
        } catch (ExecutionException e) {
            throw new IllegalStateException("baseline pull failed: " + e.getCause().getMessage(), e.getCause());
        } catch (TimeoutException e) {
            throw new IllegalStateException("baseline pull took longer than " + PULL_BOUND, e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }

    private void threshold() {
        HttpRequest request = authorized(HttpRequest.newBuilder(URI.create(zoneUrl + "V1.0/ThresholdInformation")))
                .GET().build();
        send(request, in -> {
            BaselineJson.skip(in);
            return 0;
        });
    }

    /** The ledger: POs by id, their lines by orderID, the lines' receipts since the batch's earliest transfer. */
    private Void ledger() {
        int batch = defaults.lookupBatchSize();
        List<Long> found = new ArrayList<>();
        for (List<Long> ids : AutotaskQuery.valueBatches(transfers.keySet(), batch)) {
            pull("PurchaseOrders", List.of("id", "purchaseOrderNumber"), List.of(new BaselineJson.Condition("in", "id", ids)),
                    ids.size(), (n, t) -> found.add(n[0]));
        }
        Map<Long, Long> orderOfItem = new HashMap<>();
        for (List<Long> orders : AutotaskQuery.valueBatches(found, batch)) {
            pull("PurchaseOrderItems", List.of("id", "orderID", "productID", "inventoryLocationID"),
                    List.of(new BaselineJson.Condition("in", "orderID", orders)), -1, (n, t) -> orderOfItem.put(n[0], n[1]));
        }
        List<Instant> receiptDates = new ArrayList<>();
        for (List<Long> items : AutotaskQuery.valueBatches(orderOfItem.keySet(), batch)) {
            Instant earliest = items.stream().map(item -> transfers.get(orderOfItem.get(item)))
                    .min(Instant::compareTo).orElseThrow().truncatedTo(ChronoUnit.SECONDS);
            pull("PurchaseOrderItemReceiving",
                    List.of("id", "purchaseOrderItemID", "quantityNowReceiving", "receiveDate"),
                    List.of(new BaselineJson.Condition("in", "purchaseOrderItemID", items),
                            new BaselineJson.Condition("gte", "receiveDate", FILTER_DATE.format(earliest)),
                            new BaselineJson.Condition("noteq", "quantityNowReceiving", 0)),
                    -1, (n, t) -> receiptDates.add(OffsetDateTime.parse(t[3]).toInstant()));
        }
        return null;
    }

    private Void pullAll(String entity, List<String> fields, BaselineJson.RowHandler handler) {
        pull(entity, fields, List.of(), -1, handler);
        return null;
    }

    /** Keyset paging of one filter set; ends on a short page or when {@code maxRows} (>= 0) rows were read. */
    private void pull(String entity, List<String> fields, List<BaselineJson.Condition> filters, int maxRows, BaselineJson.RowHandler handler) {
        int pageSize = defaults.pageSize();
        long lastId = 0;
        long read = 0;
        for (int page = 0; page < 100_000; page++) {
            byte[] body = BaselineJson.queryBody(pageSize, fields, lastId, filters);
            HttpRequest request = authorized(HttpRequest.newBuilder(URI.create(zoneUrl + "V1.0/" + entity + "/query")))
                    .header("Content-Type", "application/json")
                    .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
            long[] last = {lastId};
            int items = send(request, in -> BaselineJson.parsePage(in, fields, (n, t) -> {
                last[0] = Math.max(last[0], n[0]);
                handler.row(n, t);
            }));
            lastId = last[0];
            read += items;
            synchronized (rows) {
                rows.merge(entity, (long) items, Long::sum);
            }
            if (items < pageSize || (maxRows >= 0 && read >= maxRows)) {
                return;
            }
        }
        throw new IllegalStateException(entity + " needs more than 100,000 pages");
    }

    private HttpRequest.Builder authorized(HttpRequest.Builder request) {
        return request.timeout(CALL_TIMEOUT)
                .header("UserName", credentials.username())
                .header("Secret", credentials.secret())
                .header("ApiIntegrationCode", credentials.integrationCode());
    }

    private interface BodyReader {
        int read(InputStream in) throws IOException;
    }

    private int send(HttpRequest request, BodyReader reader) {
        calls.incrementAndGet();
        try {
            HttpResponse<InputStream> response = http.send(request, HttpResponse.BodyHandlers.ofInputStream());
            try (InputStream in = response.body()) {
                if (response.statusCode() != 200) {
                    throw new IllegalStateException(request.uri() + " answered " + response.statusCode() + ": "
                            + new String(in.readNBytes(2_000)));
                }
                return reader.read(in);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("baseline call " + request.uri() + " failed", e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted", e);
        }
    }
}
