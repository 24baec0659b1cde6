package io.atqb.qbxml;

/** A qbXML AddressData block (e.g. a purchase order's ShipAddress); null fields are omitted. */
public record Address(String addr1, String addr2, String addr3, String city, String state, String postalCode,
        String country) {

    public Address {
        addr1 = QbxmlFields.optional("Address.addr1", addr1, QbxmlFields.ADDR_MAX);
        addr2 = QbxmlFields.optional("Address.addr2", addr2, QbxmlFields.ADDR_MAX);
        addr3 = QbxmlFields.optional("Address.addr3", addr3, QbxmlFields.ADDR_MAX);
        city = QbxmlFields.optional("Address.city", city, QbxmlFields.CITY_MAX);
        state = QbxmlFields.optional("Address.state", state, QbxmlFields.STATE_MAX);
        postalCode = QbxmlFields.optional("Address.postalCode", postalCode, QbxmlFields.POSTAL_CODE_MAX);
        country = QbxmlFields.optional("Address.country", country, QbxmlFields.COUNTRY_MAX);
    }
}
