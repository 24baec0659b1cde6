package io.atqb.qbxml;

/** The {@code VendorRet} fields the transfer uses; {@code active} is true when QuickBooks leaves IsActive out. */
public record VendorRet(String listId, String editSequence, String name, boolean active) {
}
