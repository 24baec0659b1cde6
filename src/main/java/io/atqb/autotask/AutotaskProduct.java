package io.atqb.autotask;

/** An Autotask product (matched to a QuickBooks inventory item by name). */
public record AutotaskProduct(long id, String name, boolean active) {
}
