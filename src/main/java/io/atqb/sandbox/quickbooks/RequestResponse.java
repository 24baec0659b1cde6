package io.atqb.sandbox.quickbooks;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** One *Rs element of a response message set: status attributes, extra attributes (iterator, retCount) and Rets. */
record RequestResponse(
        String elementName,
        String requestId,
        Status status,
        Map<String, String> extraAttributes,
        List<RetNode> rets) {

    RequestResponse {
        extraAttributes = new LinkedHashMap<>(extraAttributes);
        rets = List.copyOf(rets);
    }

    static RequestResponse of(String requestType, String requestId, Status status, List<RetNode> rets) {
        return new RequestResponse(responseElementFor(requestType), requestId, status, Map.of(), rets);
    }

    static RequestResponse statusOnly(String requestType, String requestId, Status status) {
        return of(requestType, requestId, status, List.of());
    }

    /** {@code ItemInventoryQueryRq} becomes {@code ItemInventoryQueryRs}. */
    static String responseElementFor(String requestType) {
        return requestType.endsWith("Rq")
                ? requestType.substring(0, requestType.length() - 2) + "Rs"
                : requestType + "Rs";
    }
}
