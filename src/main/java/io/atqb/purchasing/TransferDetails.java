package io.atqb.purchasing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.qbxml.PurchaseOrderRet;
import java.time.Duration;
import org.springframework.stereotype.Component;

/**
 * The working rows' JSON: the Autotask data of a PO and its QuickBooks purchase order as read in the session.
 *
 * <p>A PO's Autotask data is written once, when its job loads it, together with a new transfer attempt; a job that
 * loads again writes it anew under another attempt. So the parsed data is kept per attempt (at most
 * {@value #PARSED_ATTEMPTS} attempts, each for {@link #KEEP_PARSED} after its last use): the steps and answers of
 * a session read it half a dozen times per PO, and each read would be a query and a parse of the same text. What
 * is kept is what the database holds for that attempt, never a newer or older read of Autotask.
 */
@Component
class TransferDetails {

    private static final int PARSED_ATTEMPTS = 4_096;
    private static final Duration KEEP_PARSED = Duration.ofMinutes(30);

    private final ObjectMapper json;
    private final TransferJobRepository work;
    private final Cache<Long, PurchaseOrderDetail> parsed = Caffeine.newBuilder().maximumSize(PARSED_ATTEMPTS)
            .expireAfterAccess(KEEP_PARSED).build();

    TransferDetails(ObjectMapper json, TransferJobRepository work) {
        this.json = json;
        this.work = work;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /**
     * The row's Autotask data: as kept for the row's attempt, else parsed from the row when it carries it (as
     * loaded) or from the database. A read that fails keeps nothing.
     */
    PurchaseOrderDetail detail(TransferWork row) {
        return parsed.get(row.attemptId(), attempt -> read(stored(row), PurchaseOrderDetail.class));
    }

    PurchaseOrderRet quickbooks(TransferWork work) {
        return work.quickbooksLines() == null ? null : read(work.quickbooksLines(), PurchaseOrderRet.class);
    }

    private String stored(TransferWork row) {
        return row.detail() != null ? row.detail()
                : work.detail(row.jobId(), row.purchaseOrderId()).orElseThrow(() -> new IllegalStateException(
                        "Purchase order " + row.purchaseOrderId() + " has no Autotask data in transfer job "
                                + row.jobId()));
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
