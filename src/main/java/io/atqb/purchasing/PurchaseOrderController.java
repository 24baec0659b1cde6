package io.atqb.purchasing;

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
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The admin API of the transferred-PO ledger: /api/purchase-orders. */
@RestController
@RequestMapping("/api/purchase-orders")
class PurchaseOrderController {

    /** The most of a refused value an error answer repeats. */
    private static final int ECHOED_VALUE = 100;

    private final PurchaseOrderLedger ledger;
    private final PurchaseOrderResync resync;
    private final Clock clock;
    private final Duration clockSkew;

    PurchaseOrderController(PurchaseOrderLedger ledger, PurchaseOrderResync resync, Clock clock,
                            PurchasingProperties properties) {
        this.ledger = ledger;
        this.resync = resync;
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

    /** Transferred purchase orders, with what was received in Autotask since their transfer. */
    @GetMapping
    List<PurchaseOrderResync.PurchaseOrderView> list(@RequestParam(required = false) Boolean needsResync) {
        List<PurchaseOrderResync.PurchaseOrderView> all = resync.transferredPurchaseOrders();
        return needsResync == null ? all : all.stream().filter(po -> po.needsResync() == needsResync).toList();
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
}
