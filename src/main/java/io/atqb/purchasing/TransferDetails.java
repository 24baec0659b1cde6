package io.atqb.purchasing;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.qbxml.PurchaseOrderRet;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The working rows' JSON: the Autotask data of a PO and its QuickBooks purchase order as read in the session. */
@Component
class TransferDetails {

    private final ObjectMapper json;
    private final JdbcClient jdbc;

    TransferDetails(ObjectMapper json, JdbcClient jdbc) {
        this.json = json;
        this.jdbc = jdbc;
    }

    String write(Object value) {
        try {
            return json.writeValueAsString(value);
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("Cannot store " + value.getClass().getSimpleName() + ": " + e.getMessage(), e);
        }
    }

    /** The row's Autotask data; a row read without it (the job's lists) has it read from its row now. */
    PurchaseOrderDetail detail(TransferWork work) {
        String text = work.detail() != null ? work.detail()
                : jdbc.sql("SELECT detail FROM purchase_order_transfer_work WHERE job_id = :job"
                        + " AND purchase_order_id = :po")
                .param("job", work.jobId()).param("po", work.purchaseOrderId()).query(String.class).single();
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
