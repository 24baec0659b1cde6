package io.atqb.autotask;

/** Where the on-hand quantities come from: the legacy per-location rows or the 2022.1 stocked-item model. */
public enum InventorySource {
    /** {@code InventoryItems.quantityOnHand} (the default). */
    InventoryItems("quantityOnHand"),
    /** {@code InventoryProducts.onHandUnits}. */
    InventoryProducts("onHandUnits");

    private final String onHandField;

    InventorySource(String onHandField) {
        this.onHandField = onHandField;
    }

    /** The entity endpoint to query. */
    public String entity() {
        return name();
    }

    /** The field that holds the quantity on hand. */
    public String onHandField() {
        return onHandField;
    }
}
