package io.atqb.purchasing;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.system.ApiException;
import io.atqb.system.LogText;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.util.MultiValueMap;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin API of purchase orders and their transfer to QuickBooks: /api/purchase-orders (CONTRACT 5 and 7). */
@RestController
@RequestMapping("/api/purchase-orders")
class PurchaseOrderController {

    /** The most of a refused value an error answer repeats. */
    private static final int ECHOED_VALUE = 100;

    static final String TOTAL_COUNT = "X-Total-Count";
    static final String READ_AT = "X-Autotask-Read-At";
    static final String FROM_CACHE = "X-Autotask-From-Cache";

    private final PurchaseOrderLedger ledger;
    private final PurchaseOrderSearch search;
    private final PurchaseOrderMarking marking;
    private final Clock clock;
    private final Duration clockSkew;

    PurchaseOrderController(PurchaseOrderLedger ledger, PurchaseOrderSearch search, PurchaseOrderMarking marking,
                            Clock clock, PurchasingProperties properties) {
        this.ledger = ledger;
        this.search = search;
        this.marking = marking;
        this.clock = clock;
        this.clockSkew = properties.transferClockSkew();
    }

    /**
     * Records that the Autotask purchase order was transferred to QuickBooks at the given time, which may not lie
     * after now (plus {@code atqb.purchasing.transfer-clock-skew}): a transfer time in the future would hide every
     * receipt until then from the sync's "received after transfer" rule.
     */
    @PutMapping("/{purchaseOrderId}/quickbooks-transfer")
    TransferView recordTransfer(@PathVariable long purchaseOrderId, @RequestBody JsonNode body) {
        if (purchaseOrderId <= 0) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid 'purchaseOrderId': must be a positive Autotask id");
        }
        Instant transferredAt = transferredAt(body);
        Instant now = clock.instant();
        if (transferredAt.isAfter(now.plus(clockSkew))) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid 'transferredAt': " + transferredAt
                    + " is in the future; it may be at most " + clockSkew + " after the service's time (" + now + ")");
        }
        ledger.recordTransfer(purchaseOrderId, transferredAt, now);
        return new TransferView(purchaseOrderId, transferredAt);
    }

    /**
     * Searches Autotask's purchase orders with their transfer state. The body stays the plain list CONTRACT 5 shows;
     * the headers say how many match in all ({@value #TOTAL_COUNT}) and how fresh the Autotask data is
     * ({@value #READ_AT}, {@value #FROM_CACHE}).
     */
    @GetMapping
    ResponseEntity<List<PurchaseOrderViews.Entry>> search(@RequestParam MultiValueMap<String, String> parameters) {
        PurchaseOrderSearch.SearchPage page = search.search(PurchaseOrderRequests.parseSearch(parameters));
        return ResponseEntity.ok()
                .header(TOTAL_COUNT, Integer.toString(page.total()))
                .header(READ_AT, page.readAt().toString())
                .header(FROM_CACHE, Boolean.toString(page.fromCache()))
                .body(page.entries());
    }

    /** One purchase order with its lines, receipts and every transfer attempt, read fresh from Autotask. */
    @GetMapping("/{id}")
    ResponseEntity<PurchaseOrderViews.Detail> detail(@PathVariable long id) {
        Instant readAt = clock.instant();
        PurchaseOrderViews.Detail detail = search.detail(PurchaseOrderRequests.purchaseOrderId(id))
                .orElseThrow(() -> new ApiException(HttpStatus.NOT_FOUND, "Autotask has no purchase order " + id));
        return ResponseEntity.ok()
                .header(READ_AT, readAt.toString())
                .header(FROM_CACHE, "false")
                .body(detail);
    }

    /** Marks one PO ready to transfer: 202, 404 when Autotask has no such PO, 409 when it is Canceled. */
    @PostMapping("/{id}/transfer")
    ResponseEntity<MarkedView> markOne(@PathVariable long id) {
        PurchaseOrderMarking.MarkResult result = marking.markOne(PurchaseOrderRequests.purchaseOrderId(id));
        return ResponseEntity.accepted().body(new MarkedView(id, result.transferStatus(), result.message()));
    }

    /**
     * Marks several POs ({@code {"ids":[...]}}) or every PO needing a re-transfer ({@code {"needsResync":true}}):
     * 202 with the ids marked and, for a list, every id not marked with its reason.
     */
    @PostMapping("/transfer")
    ResponseEntity<PurchaseOrderMarking.MarkResult> mark(@RequestBody JsonNode body) {
        PurchaseOrderRequests.MarkRequest request = PurchaseOrderRequests.parseMark(body);
        PurchaseOrderMarking.MarkResult result = request.needsResync() ? marking.markNeedingResync()
                : marking.mark(request.ids());
        return ResponseEntity.accepted().body(result);
    }

    private static Instant transferredAt(JsonNode body) {
        JsonNode value = body == null ? null : body.get("transferredAt");
        if (value == null || !value.isTextual()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid 'transferredAt': an ISO-8601 date-time is required,"
                    + " e.g. 2026-03-01T12:00:00Z");
        }
        try {
            return OffsetDateTime.parse(value.textValue()).toInstant();
        } catch (DateTimeParseException e) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid 'transferredAt': '"
                    + LogText.of(value.textValue(), ECHOED_VALUE)
                    + "' is not an ISO-8601 date-time with an offset, e.g. 2026-03-01T12:00:00Z");
        }
    }

    record TransferView(long id, Instant transferredAt) {
    }

    /** The answer to marking one PO; {@code message} only when the transfer cannot start yet. */
    @JsonInclude(JsonInclude.Include.NON_NULL)
    record MarkedView(long id, TransferStatus transferStatus, String message) {
    }
}
