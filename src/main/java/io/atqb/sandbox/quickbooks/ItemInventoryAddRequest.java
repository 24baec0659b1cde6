package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.util.List;

/** An ItemInventoryAddRq with the fields the sandbox keeps; other schema elements are accepted and ignored. */
record ItemInventoryAddRequest(
        String requestId,
        String name,
        Boolean isActive,
        ListRef parentRef,
        String salesDesc,
        BigDecimal salesPrice,
        ListRef incomeAccountRef,
        String purchaseDesc,
        BigDecimal purchaseCost,
        ListRef cogsAccountRef,
        ListRef assetAccountRef,
        BigDecimal quantityOnHand,
        List<String> includeRetElements) implements QbxmlRequest {

    static final String TYPE = "ItemInventoryAddRq";

    ItemInventoryAddRequest {
        includeRetElements = List.copyOf(includeRetElements);
    }

    @Override
    public String requestType() {
        return TYPE;
    }
}
