package io.atqb.sandbox.quickbooks;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Executes the requests of a parsed message set in order; a status injected for a request type answers instead
 * of executing it. Under stopOnError the requests after the first one
 * answered with severity Error are not executed and get no response element.
 */
final class MessageExecutor {

    private final ItemQueryHandler itemQueries;
    private final ItemInventoryAddHandler itemAdds;
    private final InventoryAdjustmentAddHandler adjustments;
    private final HostInfo hostInfo;
    private final FaultInjections faults;
    private final PurchasingHandlers purchasing;
    private final Map<String, Integer> requestCounts = new HashMap<>();

    MessageExecutor(ItemQueryHandler itemQueries, ItemInventoryAddHandler itemAdds,
                    InventoryAdjustmentAddHandler adjustments, HostInfo hostInfo, FaultInjections faults,
                    PurchasingHandlers purchasing) {
        this.faults = faults;
        this.purchasing = purchasing;
        this.itemQueries = itemQueries;
        this.itemAdds = itemAdds;
        this.adjustments = adjustments;
        this.hostInfo = hostInfo;
    }

    List<RequestResponse> execute(MessageSet messageSet) {
        List<RequestResponse> responses = new ArrayList<>();
        for (QbxmlRequest request : messageSet.requests()) {
            RequestResponse response = execute(request);
            requestCounts.merge(request.requestType(), 1, Integer::sum);
            responses.add(response);
            if (messageSet.stopOnError() && response.status().isError()) {
                break;
            }
        }
        return responses;
    }

    private RequestResponse execute(QbxmlRequest request) {
        Optional<Status> injected = faults.consumeForRequestType(request.requestType());
        if (injected.isPresent()) {
            return RequestResponse.statusOnly(request.requestType(), request.requestId(), injected.get());
        }
        Optional<RequestResponse> purchasingResponse = purchasing.handle(request);
        if (purchasingResponse.isPresent()) {
            return purchasingResponse.get();
        }
        if (request instanceof ItemQueryRequest query) {
            return itemQueries.handle(query);
        }
        if (request instanceof ItemInventoryAddRequest add) {
            return itemAdds.handle(add);
        }
        if (request instanceof InventoryAdjustmentAddRequest adjustment) {
            return adjustments.handle(adjustment);
        }
        if (request instanceof HostInfoQueryRequest hostQuery) {
            return RequestResponse.of(hostQuery.requestType(), hostQuery.requestId(), Status.OK,
                    List.of(hostInfo.retFor(hostQuery.requestType()).restrictedTo(hostQuery.includeRetElements())));
        }
        return RequestResponse.statusOnly(request.requestType(), request.requestId(),
                Status.notSupported(request.requestType()));
    }

    /** How many requests of this type were executed (answered with a response element). */
    int requestCount(String requestType) {
        return requestCounts.getOrDefault(requestType, 0);
    }
}
