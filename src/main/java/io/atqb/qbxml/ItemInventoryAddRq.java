package io.atqb.qbxml;

/**
 * {@code ItemInventoryAddRq}: creates an inventory part. Accounts are referenced by FullName; null optional
 * fields are omitted. Name is at most 31 characters and may not contain {@code ':'} (the FullName separator).
 */
public record ItemInventoryAddRq(
        String requestId,
        String name,
        String salesDesc,
        String incomeAccount,
        String purchaseDesc,
        String cogsAccount,
        String assetAccount) implements QbxmlRequest {

    public ItemInventoryAddRq {
        requestId = QbxmlFields.requestId("ItemInventoryAddRq", requestId);
        name = QbxmlFields.required("ItemInventoryAddRq.name", name, QbxmlFields.NAME_MAX);
        if (name.indexOf(':') >= 0) {
            throw new IllegalArgumentException(
                    "ItemInventoryAddRq.name must not contain ':' (QuickBooks FullName separator): " + name);
        }
        salesDesc = QbxmlFields.optional("ItemInventoryAddRq.salesDesc", salesDesc, QbxmlFields.TEXT_MAX);
        incomeAccount = QbxmlFields.optional("ItemInventoryAddRq.incomeAccount", incomeAccount,
                QbxmlFields.FULL_NAME_MAX);
        purchaseDesc = QbxmlFields.optional("ItemInventoryAddRq.purchaseDesc", purchaseDesc, QbxmlFields.TEXT_MAX);
        cogsAccount = QbxmlFields.optional("ItemInventoryAddRq.cogsAccount", cogsAccount, QbxmlFields.FULL_NAME_MAX);
        assetAccount = QbxmlFields.optional("ItemInventoryAddRq.assetAccount", assetAccount,
                QbxmlFields.FULL_NAME_MAX);
    }

    @Override
    public ItemInventoryAddRq withRequestId(String requestId) {
        return new ItemInventoryAddRq(requestId, name, salesDesc, incomeAccount, purchaseDesc, cogsAccount,
                assetAccount);
    }
}
