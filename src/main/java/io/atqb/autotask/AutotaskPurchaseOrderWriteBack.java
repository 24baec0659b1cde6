package io.atqb.autotask;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.LinkedHashMap;
import java.util.Map;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The steps of the write-back route ({@code routes/autotask-purchase-order-write-back.camel.yaml}): the PATCH that
 * sets only {@code externalPONumber}, and the outcome. Autotask refusing the write is an answer, not a failure:
 * {@code written=false} with Autotask's message. Only when Autotask cannot be reached at all (transport errors,
 * throttling or 5xx without a message beyond the retries, 401) is an {@link AutotaskException} thrown.
 */
@Component("autotaskPurchaseOrderWriteBack")
public class AutotaskPurchaseOrderWriteBack {

    private static final Logger LOG = LoggerFactory.getLogger(AutotaskPurchaseOrderWriteBack.class);
    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String FIELD = "externalPONumber";
    /** Only a refusal of the PATCH itself is an answer; a failed read of the field information is a failure. */
    private static final String PATCH_PATH = AutotaskRequest.patch(PurchaseOrderPull.PURCHASE_ORDERS, null).path();

    private final AutotaskProperties properties;
    private final AutotaskPurchaseOrderStatuses fields;

    public AutotaskPurchaseOrderWriteBack(AutotaskProperties properties, AutotaskPurchaseOrderStatuses fields) {
        this.properties = properties;
        this.fields = fields;
    }

    /** Checks the credentials and keeps the write on the exchange (body unchanged). */
    public void begin(@Body ExternalPoNumberWrite write, Exchange exchange) {
        AutotaskCredentialsCheck.requireConfigured(properties);
        exchange.setProperty(AutotaskExchangeKeys.WRITE, write);
    }

    /** False when the tenant marks externalPONumber read-only: then no PATCH is sent. */
    public boolean writable() {
        return fields.externalPoNumberWritable();
    }

    /** {@code PATCH V1.0/PurchaseOrders {"id": ..., "externalPONumber": ...}}: that field and nothing else. */
    public AutotaskRequest patchRequest(Exchange exchange) {
        ExternalPoNumberWrite write = exchange.getProperty(AutotaskExchangeKeys.WRITE, ExternalPoNumberWrite.class);
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("id", write.purchaseOrderId());
        body.put(FIELD, write.externalPONumber());
        try {
            return AutotaskRequest.patch(PurchaseOrderPull.PURCHASE_ORDERS, JSON.writeValueAsBytes(body));
        } catch (JsonProcessingException e) {
            throw new IllegalStateException("cannot write the PurchaseOrders PATCH", e);
        }
    }

    public WriteBackResult written() {
        return WriteBackResult.accepted();
    }

    public WriteBackResult readOnly(Exchange exchange) {
        ExternalPoNumberWrite write = exchange.getProperty(AutotaskExchangeKeys.WRITE, ExternalPoNumberWrite.class);
        String message = "Autotask marks PurchaseOrders." + FIELD + " read-only; PO " + write.purchaseOrderId()
                + " was not written";
        LOG.warn(message);
        return WriteBackResult.refused(message);
    }

    /**
     * Called from the route's doCatch: a refusal ({@link #isRefusal}) of the PATCH becomes {@code written=false} with Autotask's messages; anything else is thrown on as an
     * {@link AutotaskException}.
     */
    public WriteBackResult refusedOrRethrow(Exchange exchange) {
        Throwable caught = exchange.getProperty(Exchange.EXCEPTION_CAUGHT, Throwable.class);
        AutotaskCallException call = callFailure(caught);
        if (call != null && PATCH_PATH.equals(call.endpoint()) && isRefusal(call)) {
            ExternalPoNumberWrite write = exchange.getProperty(AutotaskExchangeKeys.WRITE,
                    ExternalPoNumberWrite.class);
            String message = call.errors().isEmpty() ? call.getMessage() : String.join("; ", call.errors());
            LOG.warn("Autotask refused to write {} of PO {}: HTTP {}: {}", FIELD,
                    write == null ? "?" : write.purchaseOrderId(), call.status(), message);
            return WriteBackResult.refused(message);
        }
        AutotaskException failure = AutotaskFailures.unwrap(caught);
        LOG.warn("Autotask write-back failed: {}", failure.getMessage());
        throw failure;
    }

    /**
     * An answer refusing the data: a 4xx other than 401/429, or a 5xx carrying error messages (see
     * {@link AutotaskResponses}); not throttling, not an authentication failure, not a 5xx without a message.
     */
    static boolean isRefusal(AutotaskCallException call) {
        return call.status() >= 400 && call.kind() == AutotaskFailureKind.REJECTED;
    }

    private static AutotaskCallException callFailure(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof AutotaskCallException call) {
                return call;
            }
        }
        return null;
    }
}
