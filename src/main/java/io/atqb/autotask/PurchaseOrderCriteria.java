package io.atqb.autotask;

import java.util.Collection;
import java.util.List;

/**
 * What a purchase-order search looks for; every part is optional (null = any).
 *
 * @param number PO number, exact or prefix
 * @param vendor vendor name contains, without regard to case
 * @param status this status only
 * @param ids    only these PO ids
 */
public record PurchaseOrderCriteria(String number, String vendor, PurchaseOrderStatus status, Collection<Long> ids) {

    public PurchaseOrderCriteria {
        ids = ids == null ? null : List.copyOf(ids.stream().distinct().sorted().toList());
    }

    /** Criteria that match every PO. */
    public static PurchaseOrderCriteria any() {
        return new PurchaseOrderCriteria(null, null, null, null);
    }
}
