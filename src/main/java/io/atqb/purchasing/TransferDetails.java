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

    TransferDetails(ObjectMapper json) {
        this.json = json;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    PurchaseOrderDetail detail(TransferWork work) {
        return read(work.detail(), PurchaseOrderDetail.class);
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
