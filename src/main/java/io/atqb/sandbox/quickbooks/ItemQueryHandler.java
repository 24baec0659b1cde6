package io.atqb.sandbox.quickbooks;

import io.atqb.sandbox.quickbooks.ItemQueryRequest.ActiveStatus;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.IteratorMode;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.MetaData;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.NameFilter;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.NameRange;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/** Answers ItemInventoryQueryRq (inventory items only) and ItemQueryRq (every item type), with iterators. */
final class ItemQueryHandler {

    private final CompanyData data;
    private final IteratorRegistry iterators;
    private final RetBuilders rets;

    ItemQueryHandler(CompanyData data, IteratorRegistry iterators, RetBuilders rets) {
        this.data = data;
        this.iterators = iterators;
        this.rets = rets;
    }

    /** The matches of a query, or the status that replaces them (e.g. an invalid date). */
    private record Selection(List<Item> items, String missingReference, Status failure) {
    }

    RequestResponse handle(ItemQueryRequest request) {
        if (request.iterator() == IteratorMode.CONTINUE || request.iterator() == IteratorMode.STOP) {
            return continueOrStop(request);
        }
        Selection selection = select(request);
        if (selection.failure() != null) {
            return RequestResponse.statusOnly(request.requestType(), request.requestId(), selection.failure());
        }
        List<Item> matches = selection.items();
        Map<String, String> attributes = new LinkedHashMap<>();
        List<Item> page = matches;
        if (request.iterator() == IteratorMode.START) {
            int pageSize = request.maxReturned() == null ? Math.max(1, matches.size()) : request.maxReturned();
            String iteratorId = iterators.open(request.requestType(), matches.stream().map(Item::listId).toList(),
                    pageSize);
            page = itemsFor(iterators.nextPage(iteratorId, pageSize));
            attributes.put("iteratorRemainingCount", Integer.toString(iterators.remaining(iteratorId)));
            attributes.put("iteratorID", iteratorId);
        } else if (request.maxReturned() != null && matches.size() > request.maxReturned()) {
            page = matches.subList(0, request.maxReturned());
        }
        return respond(request, page, matches.size(), selection.missingReference(), attributes);
    }

    private RequestResponse continueOrStop(ItemQueryRequest request) {
        Optional<IteratorRegistry.Cursor> cursor = iterators.find(request.iteratorId(), request.requestType());
        if (cursor.isEmpty()) {
            return RequestResponse.statusOnly(request.requestType(), request.requestId(),
                    Status.of(3391, "The iteratorID \"" + request.iteratorId() + "\" is not valid."));
        }
        Map<String, String> attributes = new LinkedHashMap<>();
        if (request.iterator() == IteratorMode.STOP) {
            iterators.close(request.iteratorId());
            attributes.put("iteratorRemainingCount", "0");
            attributes.put("iteratorID", request.iteratorId());
            return new RequestResponse(RequestResponse.responseElementFor(request.requestType()),
                    request.requestId(), Status.OK, attributes, List.of());
        }
        int pageSize = request.maxReturned() == null ? cursor.get().pageSize() : request.maxReturned();
        int total = cursor.get().listIds().size();
        List<Item> page = itemsFor(iterators.nextPage(request.iteratorId(), pageSize));
        attributes.put("iteratorRemainingCount", Integer.toString(iterators.remaining(request.iteratorId())));
        attributes.put("iteratorID", request.iteratorId());
        return respond(request, page, total, null, attributes);
    }

    private RequestResponse respond(ItemQueryRequest request, List<Item> page, int totalMatches,
                                    String missingReference, Map<String, String> iteratorAttributes) {
        Map<String, String> attributes = new LinkedHashMap<>();
        if (request.metaData() != MetaData.NO_META_DATA) {
            attributes.put("retCount", Integer.toString(totalMatches));
        }
        attributes.putAll(iteratorAttributes);
        List<RetNode> nodes = new ArrayList<>();
        if (request.metaData() != MetaData.META_DATA_ONLY) {
            for (Item item : page) {
                nodes.add(rets.item(item).restrictedTo(request.includeRetElements()));
            }
        }
        Status status;
        if (totalMatches == 0 || (page.isEmpty() && request.metaData() != MetaData.META_DATA_ONLY)) {
            status = Status.NO_MATCH;
        } else if (missingReference != null) {
            status = Status.of(500, "The query request has not been fully completed. There was a required element "
                    + "(\"" + missingReference + "\") that could not be found in QuickBooks.");
        } else {
            status = Status.OK;
        }
        return new RequestResponse(RequestResponse.responseElementFor(request.requestType()), request.requestId(),
                status, attributes, nodes);
    }

    private Selection select(ItemQueryRequest request) {
        List<Item> candidates = data.items().stream().filter(item -> accepts(request, item)).toList();
        if (request.byListId()) {
            return selectByKeys(request.listIds(), candidates, true);
        }
        if (request.byFullName()) {
            return selectByKeys(request.fullNames(), candidates, false);
        }
        return selectByFilter(request, candidates);
    }

    private static boolean accepts(ItemQueryRequest request, Item item) {
        return !RequestParsers.ITEM_INVENTORY_QUERY.equals(request.requestType()) || item.type() == ItemType.INVENTORY;
    }

    private static Selection selectByKeys(List<String> keys, List<Item> candidates, boolean byListId) {
        List<Item> found = new ArrayList<>();
        String missing = null;
        for (String key : keys) {
            Optional<Item> match = candidates.stream()
                    .filter(item -> byListId ? item.listId().equals(key.strip())
                            : item.fullName().equalsIgnoreCase(key.strip()))
                    .findFirst();
            if (match.isPresent()) {
                if (!found.contains(match.get())) {
                    found.add(match.get());
                }
            } else if (missing == null) {
                missing = key;
            }
        }
        return new Selection(found, missing, null);
    }

    private Selection selectByFilter(ItemQueryRequest request, List<Item> candidates) {
        Optional<OffsetDateTime> from = Optional.empty();
        Optional<OffsetDateTime> to = Optional.empty();
        if (request.fromModifiedDate() != null) {
            from = QbxmlFormats.parseDateTime(request.fromModifiedDate(), data.clock().getZone());
            if (from.isEmpty()) {
                return new Selection(List.of(), null,
                        Status.invalidDate("FromModifiedDate", request.fromModifiedDate()));
            }
        }
        if (request.toModifiedDate() != null) {
            to = QbxmlFormats.parseDateTime(request.toModifiedDate(), data.clock().getZone());
            if (to.isEmpty()) {
                return new Selection(List.of(), null, Status.invalidDate("ToModifiedDate", request.toModifiedDate()));
            }
        }
        List<Item> matches = new ArrayList<>();
        for (Item item : candidates) {
            if (matchesActiveStatus(request.activeStatus(), item) && withinDates(item, from, to)
                    && matchesName(request.nameFilter(), item) && withinRange(request.nameRange(), item)
                    && !request.classFilter()) {
                matches.add(item);
            }
        }
        return new Selection(matches, null, null);
    }

    private static boolean matchesActiveStatus(ActiveStatus status, Item item) {
        return switch (status) {
            case ACTIVE_ONLY -> item.active();
            case INACTIVE_ONLY -> !item.active();
            case ALL -> true;
        };
    }

    private boolean withinDates(Item item, Optional<OffsetDateTime> from, Optional<OffsetDateTime> to) {
        OffsetDateTime changed = data.lastChange(item);
        return from.map(start -> !changed.isBefore(start)).orElse(true)
                && to.map(end -> !changed.isAfter(end)).orElse(true);
    }

    private static boolean matchesName(NameFilter filter, Item item) {
        if (filter == null) {
            return true;
        }
        String fullName = item.fullName().toLowerCase(Locale.ROOT);
        String wanted = filter.name().toLowerCase(Locale.ROOT);
        return switch (filter.criterion()) {
            case STARTS_WITH -> fullName.startsWith(wanted);
            case CONTAINS -> fullName.contains(wanted);
            case ENDS_WITH -> fullName.endsWith(wanted);
        };
    }

    private static boolean withinRange(NameRange range, Item item) {
        if (range == null) {
            return true;
        }
        String fullName = item.fullName();
        return (range.fromName() == null || fullName.compareToIgnoreCase(range.fromName()) >= 0)
                && (range.toName() == null || fullName.compareToIgnoreCase(range.toName()) <= 0);
    }

    private List<Item> itemsFor(List<String> listIds) {
        return listIds.stream().map(data::itemByListId).flatMap(Optional::stream).toList();
    }
}
