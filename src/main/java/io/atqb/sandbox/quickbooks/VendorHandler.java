package io.atqb.sandbox.quickbooks;

import io.atqb.sandbox.quickbooks.ItemQueryRequest.ActiveStatus;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Answers VendorQueryRq and VendorAddRq. Vendor names hold at most 41 characters and are unique without regard to
 * case across vendors, customers and other names (3100).
 */
final class VendorHandler {

    static final int NAME_MAX_LENGTH = 41;

    private final CompanyData data;
    private final PurchasingRets rets;

    VendorHandler(CompanyData data, PurchasingRets rets) {
        this.data = data;
        this.rets = rets;
    }

    RequestResponse add(VendorAddRequest request) {
        String name = request.name().strip();
        if (name.isEmpty()) {
            return fail(request, Status.missingElement("Name"));
        }
        Optional<Status> tooLong = FieldChecks.length("Name", name, NAME_MAX_LENGTH);
        if (tooLong.isPresent()) {
            return fail(request, tooLong.get());
        }
        if (data.nameInUse(name)) {
            return fail(request, Status.nameInUse(name));
        }
        Vendor vendor = data.addVendor(name, request.isActive() == null || request.isActive());
        return RequestResponse.of(request.requestType(), request.requestId(), Status.OK,
                List.of(rets.vendor(vendor).restrictedTo(request.includeRetElements())));
    }

    RequestResponse query(VendorQueryRequest request) {
        if (request.unsupportedFilter() != null) {
            return fail(request, Status.notSupported("the VendorQueryRq filter " + request.unsupportedFilter()));
        }
        List<Vendor> found = new ArrayList<>();
        String missing = null;
        if (!request.listIds().isEmpty() || !request.fullNames().isEmpty()) {
            Map<String, Vendor> byKey = new LinkedHashMap<>();
            for (String listId : request.listIds()) {
                Optional<Vendor> vendor = data.vendorByListId(listId);
                if (vendor.isPresent()) {
                    byKey.put(vendor.get().listId(), vendor.get());
                } else if (missing == null) {
                    missing = listId;
                }
            }
            for (String fullName : request.fullNames()) {
                Optional<Vendor> vendor = data.vendorByName(fullName);
                if (vendor.isPresent()) {
                    byKey.put(vendor.get().listId(), vendor.get());
                } else if (missing == null) {
                    missing = fullName;
                }
            }
            found.addAll(byKey.values());
        } else {
            for (Vendor vendor : data.vendors()) {
                if (matches(request.activeStatus(), vendor) && (request.maxReturned() == null
                        || found.size() < request.maxReturned())) {
                    found.add(vendor);
                }
            }
        }
        Status status;
        if (found.isEmpty()) {
            status = Status.NO_MATCH;
        } else if (missing != null) {
            status = Status.of(500, "The query request has not been fully completed. There was a required element "
                    + "(\"" + missing + "\") that could not be found in QuickBooks.");
        } else {
            status = Status.OK;
        }
        List<RetNode> nodes = found.stream()
                .map(vendor -> rets.vendor(vendor).restrictedTo(request.includeRetElements())).toList();
        return RequestResponse.of(request.requestType(), request.requestId(), status, nodes);
    }

    private static boolean matches(ActiveStatus activeStatus, Vendor vendor) {
        return switch (activeStatus) {
            case ACTIVE_ONLY -> vendor.active();
            case INACTIVE_ONLY -> !vendor.active();
            case ALL -> true;
        };
    }

    private static RequestResponse fail(QbxmlRequest request, Status status) {
        return RequestResponse.statusOnly(request.requestType(), request.requestId(), status);
    }
}
