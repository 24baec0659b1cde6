package io.atqb.purchasing;

import com.fasterxml.jackson.databind.JsonNode;
import io.atqb.autotask.PurchaseOrderStatus;
import io.atqb.system.ApiException;
import io.atqb.system.LogText;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Iterator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.http.HttpStatus;
import org.springframework.util.MultiValueMap;

/**
 * Reads and validates the query parameters and JSON bodies of /api/purchase-orders. Every problem is a 400 that
 * names the parameter or field; unknown parameters and fields are refused, so a typo never looks like "no filter".
 */
public final class PurchaseOrderRequests {

    static final int DEFAULT_LIMIT = 50;
    static final int MAX_LIMIT = 500;
    /** The most ids one POST /api/purchase-orders/transfer may mark. */
    static final int MAX_IDS = 500;
    /** The longest number or vendor filter (Autotask PO numbers and company names are far shorter). */
    static final int MAX_FILTER_CHARACTERS = 100;
    private static final int ECHOED_VALUE = 60;
    private static final Set<String> SEARCH_PARAMETERS =
            Set.of("needsResync", "transferStatus", "status", "number", "vendor", "offset", "limit");
    private static final Set<String> MARK_FIELDS = Set.of("ids", "needsResync");

    private PurchaseOrderRequests() {
    }

    /**
     * The filters of GET /api/purchase-orders; null = no filter on that field.
     *
     * @param number purchase order number, exact or prefix
     * @param vendor part of the vendor name, without regard to case
     */
    public record SearchFilter(Boolean needsResync, TransferStatus transferStatus, PurchaseOrderStatus status,
                        String number, String vendor, int offset, int limit) {
    }

    /** What POST /api/purchase-orders/transfer asks to mark: the listed ids, or every PO needing a re-transfer. */
    record MarkRequest(List<Long> ids, boolean needsResync) {
    }

    public static SearchFilter parseSearch(MultiValueMap<String, String> parameters) {
        for (Map.Entry<String, List<String>> parameter : parameters.entrySet()) {
            if (!SEARCH_PARAMETERS.contains(parameter.getKey())) {
                throw invalid(LogText.of(parameter.getKey(), ECHOED_VALUE), "unknown parameter; known are "
                        + SEARCH_PARAMETERS.stream().sorted().collect(Collectors.joining(", ")));
            }
            if (parameter.getValue().size() > 1) {
                throw invalid(parameter.getKey(), "given more than once");
            }
        }
        return new SearchFilter(
                flag(parameters.getFirst("needsResync")),
                transferStatus(parameters.getFirst("transferStatus")),
                status(parameters.getFirst("status")),
                text("number", parameters.getFirst("number")),
                text("vendor", parameters.getFirst("vendor")),
                number("offset", parameters.getFirst("offset"), 0, 0, Integer.MAX_VALUE),
                number("limit", parameters.getFirst("limit"), DEFAULT_LIMIT, 1, MAX_LIMIT));
    }

    static MarkRequest parseMark(JsonNode body) {
        if (body == null || !body.isObject()) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "The request body must be a JSON object with 'ids' (a list"
                    + " of Autotask purchase order ids) or 'needsResync': true");
        }
        Iterator<String> names = body.fieldNames();
        while (names.hasNext()) {
            String name = names.next();
            if (!MARK_FIELDS.contains(name)) {
                throw invalid(LogText.of(name, ECHOED_VALUE), "unknown field; give 'ids' or 'needsResync'");
            }
        }
        boolean hasIds = body.has("ids");
        boolean hasResync = body.has("needsResync");
        if (hasIds == hasResync) {
            throw new ApiException(HttpStatus.BAD_REQUEST, "Invalid request: give exactly one of 'ids' (a list of"
                    + " Autotask purchase order ids) and 'needsResync': true" + (hasIds ? ", not both" : ""));
        }
        if (hasResync) {
            JsonNode flag = body.get("needsResync");
            if (!flag.isBoolean() || !flag.booleanValue()) {
                throw invalid("needsResync", "must be true (it marks every transferred PO that needs a re-transfer)");
            }
            return new MarkRequest(List.of(), true);
        }
        return new MarkRequest(ids(body.get("ids")), false);
    }

    /** A positive Autotask id from the path. */
    static long purchaseOrderId(long id) {
        if (id <= 0) {
            throw invalid("id", "must be a positive Autotask purchase order id");
        }
        return id;
    }

    private static List<Long> ids(JsonNode ids) {
        if (!ids.isArray()) {
            throw invalid("ids", "must be a list of Autotask purchase order ids");
        }
        if (ids.isEmpty()) {
            throw invalid("ids", "must name at least one purchase order");
        }
        if (ids.size() > MAX_IDS) {
            throw invalid("ids", "names " + ids.size() + " purchase orders; at most " + MAX_IDS + " at a time");
        }
        Set<Long> distinct = new LinkedHashSet<>();
        for (int i = 0; i < ids.size(); i++) {
            JsonNode id = ids.get(i);
            if (!id.isIntegralNumber() || !id.canConvertToLong() || id.longValue() <= 0) {
                throw invalid("ids[" + i + "]", "'" + LogText.of(id.toString(), ECHOED_VALUE)
                        + "' is not a positive Autotask purchase order id");
            }
            distinct.add(id.longValue());
        }
        return new ArrayList<>(distinct);
    }

    private static Boolean flag(String value) {
        if (value == null) {
            return null;
        }
        if (value.equalsIgnoreCase("true") || value.equalsIgnoreCase("false")) {
            return Boolean.valueOf(value.toLowerCase(Locale.ROOT));
        }
        throw invalid("needsResync", "'" + LogText.of(value, ECHOED_VALUE) + "' is not true or false");
    }

    private static TransferStatus transferStatus(String value) {
        if (value == null) {
            return null;
        }
        try {
            return TransferStatus.valueOf(value.trim().toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw invalid("transferStatus", "'" + LogText.of(value, ECHOED_VALUE) + "' is not one of "
                    + Arrays.toString(TransferStatus.values()));
        }
    }

    /** An Autotask PO status by its name ({@code RECEIVED_PARTIAL}) or its label ({@code Received Partial}). */
    private static PurchaseOrderStatus status(String value) {
        if (value == null) {
            return null;
        }
        String name = value.trim().replace(' ', '_').replace('-', '_').toUpperCase(Locale.ROOT);
        for (PurchaseOrderStatus status : PurchaseOrderStatus.values()) {
            if (status != PurchaseOrderStatus.UNKNOWN && status.name().equals(name)) {
                return status;
            }
        }
        throw invalid("status", "'" + LogText.of(value, ECHOED_VALUE) + "' is not one of "
                + Arrays.stream(PurchaseOrderStatus.values()).filter(s -> s != PurchaseOrderStatus.UNKNOWN)
                .map(Enum::name).collect(Collectors.joining(", ", "[", "]")));
    }

    /** A text filter; an empty one is no filter (an empty search field). */
    private static String text(String parameter, String value) {
        if (value == null || value.isBlank()) {
            return null;
        }
        if (value.length() > MAX_FILTER_CHARACTERS) {
            throw invalid(parameter, "is " + value.length() + " characters long; at most " + MAX_FILTER_CHARACTERS);
        }
        return value.trim();
    }

    private static int number(String parameter, String value, int absent, int min, int max) {
        if (value == null) {
            return absent;
        }
        long parsed;
        try {
            parsed = Long.parseLong(value.trim());
        } catch (NumberFormatException e) {
            throw invalid(parameter, "'" + LogText.of(value, ECHOED_VALUE) + "' is not a whole number");
        }
        if (parsed < min || parsed > max) {
            throw invalid(parameter, parsed + " is out of range; it must be " + (max == Integer.MAX_VALUE
                    ? "at least " + min : "between " + min + " and " + max));
        }
        return (int) parsed;
    }

    private static ApiException invalid(String name, String problem) {
        return new ApiException(HttpStatus.BAD_REQUEST, "Invalid '" + name + "': " + problem);
    }
}
