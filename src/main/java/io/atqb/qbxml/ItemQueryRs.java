package io.atqb.qbxml;

import java.util.List;

/** {@code ItemQueryRs}: items of every type. */
public record ItemQueryRs(String requestId, QbxmlStatus status, List<ItemRet> items) implements QbxmlResponse {

    public ItemQueryRs {
        items = items == null ? List.of() : List.copyOf(items);
    }

    @Override
    public String elementName() {
        return "ItemQueryRs";
    }
}
