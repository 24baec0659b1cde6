package io.atqb.purchasing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.qbxml.PurchaseOrderRet;
import org.springframework.stereotype.Component;

/** The working rows' JSON: the Autotask data of a PO and its QuickBooks purchase order as read in the session. */
@Component
class TransferDetails {

    private final ObjectMapper json;
    private final TransferJobRepository work;

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

    /** The row's Autotask data; a row read from the database (which never carries it) has it read now. */
    PurchaseOrderDetail detail(TransferWork row) {
        String text = row.detail() != null ? row.detail()
                : work.detail(row.jobId(), row.purchaseOrderId()).orElseThrow(() -> new IllegalStateException(
                        "Purchase order " + row.purchaseOrderId() + " has no Autotask data in transfer job "
                                + row.jobId()));
        return read(text, PurchaseOrderDetail.class);
    }

    PurchaseOrderRet quickbooks(TransferWork work) {
        return work.quickbooksLines() == null ? null : read(work.quickbooksLines(), PurchaseOrderRet.class);
    }

    private <T> T read(String text, Class<T> type) {
        try {
            return json.readValue(text, type);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot read a stored " + type.getSimpleName() + ": " + e.getMessage(), e);
        }
    }
}
