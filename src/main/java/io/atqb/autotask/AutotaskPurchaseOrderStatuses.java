package io.atqb.autotask;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.camel.Body;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * The PurchaseOrders field information, read once from {@code entityInformation/fields} and kept: the status
 * picklist (value -> label, mapped to {@link PurchaseOrderStatus} by label, since the numbers differ per tenant) and
 * whether {@code externalPONumber} is writable.
 */
@Component("autotaskPurchaseOrderStatuses")
public class AutotaskPurchaseOrderStatuses {

    private static final Logger LOG = LoggerFactory.getLogger(AutotaskPurchaseOrderStatuses.class);

    /** What was read; null until the first successful read. */
    private record Known(Map<String, PurchaseOrderStatus> byValue, Map<String, String> labels,
            boolean externalPoNumberWritable) {
    }

    private volatile Known known;

    /** True until the field information was read once. */
    public boolean needsReading() {
        return known == null;
    }

    public AutotaskRequest fieldsRequest() {
        return AutotaskRequest.fields(PurchaseOrderPull.PURCHASE_ORDERS);
    }

    /** Keeps the status picklist and the externalPONumber flag; fails when the answer has no status picklist. */
    public void accept(@Body List<AutotaskEntityField> fields) {
        AutotaskEntityField status = field(fields, "status");
        if (status == null || status.picklistValues().isEmpty()) {
            throw new AutotaskException("Autotask PurchaseOrders/entityInformation/fields has no status picklist",
                    PurchaseOrderPull.PURCHASE_ORDERS, null, null);
        }
        Map<String, PurchaseOrderStatus> byValue = new LinkedHashMap<>();
        Map<String, String> labels = new LinkedHashMap<>();
        List<String> unknown = new ArrayList<>();
        for (AutotaskEntityField.PicklistValue value : status.picklistValues()) {
            if (value.value() == null) {
                continue;
            }
            String key = value.value().trim();
            PurchaseOrderStatus mapped = PurchaseOrderStatus.fromLabel(value.label());
            byValue.put(key, mapped);
            labels.put(key, value.label());
            if (mapped == PurchaseOrderStatus.UNKNOWN) {
                unknown.add(key + "=" + value.label());
            }
        }
        if (!unknown.isEmpty()) {
            LOG.warn("Autotask PO status labels not known to the service (read as UNKNOWN): {}", unknown);
        }
        AutotaskEntityField externalPoNumber = field(fields, "externalPONumber");
        known = new Known(Map.copyOf(byValue), Map.copyOf(labels),
                externalPoNumber != null && !externalPoNumber.readOnly());
    }

    private static AutotaskEntityField field(List<AutotaskEntityField> fields, String name) {
        return fields.stream().filter(f -> f.name().equalsIgnoreCase(name)).findFirst().orElse(null);
    }

    private Known known() {
        Known current = known;
        if (current == null) {
            throw new IllegalStateException("the PurchaseOrders field information was not read yet");
        }
        return current;
    }

    /** The status of a stored picklist value; UNKNOWN for an empty value or one the picklist does not hold. */
    public PurchaseOrderStatus status(Long value) {
        if (value == null) {
            return PurchaseOrderStatus.UNKNOWN;
        }
        return known().byValue().getOrDefault(String.valueOf(value), PurchaseOrderStatus.UNKNOWN);
    }

    /**
     * The stored values that mean {@code status}, as numbers (a value that is not a number cannot be filtered on
     * and is left out). For UNKNOWN: the values whose label is not known.
     */
    public List<Long> values(PurchaseOrderStatus status) {
        List<Long> values = new ArrayList<>();
        known().byValue().forEach((value, mapped) -> {
            if (mapped == status) {
                try {
                    values.add(Long.parseLong(value));
                } catch (NumberFormatException notNumeric) {
                    LOG.debug("PO status value {} is not numeric", value);
                }
            }
        });
        return values;
    }

    /** The values whose label maps to a known status (what UNKNOWN is not). */
    public List<Long> knownValues() {
        List<Long> values = new ArrayList<>();
        for (PurchaseOrderStatus status : PurchaseOrderStatus.values()) {
            if (status != PurchaseOrderStatus.UNKNOWN) {
                values.addAll(values(status));
            }
        }
        return values;
    }

    /** The label Autotask shows for a stored value, or null. */
    public String label(Long value) {
        return value == null ? null : known().labels().get(String.valueOf(value));
    }

    /** False when the tenant's field information marks externalPONumber read-only (or lacks it). */
    public boolean externalPoNumberWritable() {
        return known().externalPoNumberWritable();
    }

    /** Forgets what was read, so the next use reads it again (tests, or after a tenant changed its picklist). */
    public void forget() {
        known = null;
    }

    @Override
    public String toString() {
        Known current = known;
        return current == null ? "PO statuses not read" : "PO statuses " + current.labels().entrySet().stream()
                .map(e -> e.getKey() + "=" + e.getValue()).toList();
    }
}
