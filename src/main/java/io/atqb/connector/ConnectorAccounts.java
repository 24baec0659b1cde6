package io.atqb.connector;

/**
 * The QuickBooks accounts a connector uses: income, COGS and asset accounts for new inventory items,
 * and the account inventory adjustments post to. Names are QuickBooks account full names.
 */
public record ConnectorAccounts(String income, String cogs, String asset, String adjustment) {

    /** The account names the Autotask QuickBooks extension expects to exist in the company file. */
    public static ConnectorAccounts defaults() {
        return new ConnectorAccounts("Autotask Other", "Cost of Goods Sold", "Inventory Asset", "Inventory Adjustment");
    }

    /** These accounts with the given names replacing ours where they are not null. */
    public ConnectorAccounts merge(ConnectorAccounts changes) {
        if (changes == null) {
            return this;
        }
        return new ConnectorAccounts(
                changes.income() != null ? changes.income() : income,
                changes.cogs() != null ? changes.cogs() : cogs,
                changes.asset() != null ? changes.asset() : asset,
                changes.adjustment() != null ? changes.adjustment() : adjustment);
    }
}
