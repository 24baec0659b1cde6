package io.atqb.autotask;

/** The ship-to address of an Autotask purchase order (shipToName ... shipToPostalCode); any part may be null. */
public record ShipTo(String name, String address1, String address2, String city, String state, String postalCode) {
}
