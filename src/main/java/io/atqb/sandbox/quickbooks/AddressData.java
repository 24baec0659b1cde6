package io.atqb.sandbox.quickbooks;

/** A qbXML AddressData block as the sandbox keeps it (e.g. a purchase order's ShipAddress); fields may be null. */
public record AddressData(String addr1, String addr2, String addr3, String addr4, String addr5, String city,
        String state, String postalCode, String country, String note) {
}
