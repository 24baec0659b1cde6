package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.ChildSequence.atLeastOne;
import static io.atqb.sandbox.quickbooks.ChildSequence.optional;
import static io.atqb.sandbox.quickbooks.ChildSequence.repeated;
import static io.atqb.sandbox.quickbooks.ChildSequence.required;

import io.atqb.sandbox.quickbooks.InventoryAdjustmentAddRequest.Kind;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.ActiveStatus;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.IteratorMode;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.MatchCriterion;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.MetaData;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.NameFilter;
import io.atqb.sandbox.quickbooks.ItemQueryRequest.NameRange;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Turns request elements into typed requests, checking them against the qbXML 13.0 schema (element order, required
 * and unknown elements, attribute and value types). Requests of other known types become {@link UnsupportedRequest}.
 */
final class RequestParsers {

    static final String ITEM_INVENTORY_QUERY = "ItemInventoryQueryRq";
    static final String ITEM_QUERY = "ItemQueryRq";
    static final String HOST_QUERY = "HostQueryRq";
    static final String COMPANY_QUERY = "CompanyQueryRq";
    static final String PREFERENCES_QUERY = "PreferencesQueryRq";

    private static final Set<String> QUERY_ATTRIBUTES = Set.of("requestID", "iterator", "iteratorID", "metaData");
    private static final Set<String> REQUEST_ID_ONLY = Set.of("requestID");
    private static final Set<String> FILTER_ELEMENTS = Set.of("MaxReturned", "ActiveStatus", "FromModifiedDate",
            "ToModifiedDate", "NameFilter", "NameRangeFilter", "ClassFilter");

    private static final ChildSequence ITEM_QUERY_SEQUENCE = itemQuerySequence(ITEM_QUERY);
    private static final ChildSequence ITEM_INVENTORY_QUERY_SEQUENCE = itemQuerySequence(ITEM_INVENTORY_QUERY);

    private static final ChildSequence ITEM_INVENTORY_ADD_RQ = ChildSequence.of(ItemInventoryAddRequest.TYPE,
            required("ItemInventoryAdd"), repeated("IncludeRetElement"));

    private static final ChildSequence ITEM_INVENTORY_ADD = ChildSequence.of("ItemInventoryAdd",
            required("Name"), optional("BarCode"), optional("IsActive"), optional("ClassRef"), optional("ParentRef"),
            optional("ManufacturerPartNumber"), optional("UnitOfMeasureSetRef"), optional("IsTaxIncluded"),
            optional("SalesTaxCodeRef"), optional("SalesDesc"), optional("SalesPrice"), optional("IncomeAccountRef"),
            optional("PurchaseDesc"), optional("PurchaseCost"), optional("PurchaseTaxCodeRef"),
            optional("COGSAccountRef"), optional("PrefVendorRef"), optional("AssetAccountRef"),
            optional("ReorderPoint"), optional("Max"), optional("QuantityOnHand"), optional("TotalValue"),
            optional("InventoryDate"), optional("ExternalGUID"));

    private static final ChildSequence INVENTORY_ADJUSTMENT_ADD_RQ = ChildSequence.of(
            InventoryAdjustmentAddRequest.TYPE, required("InventoryAdjustmentAdd"), repeated("IncludeRetElement"));

    private static final ChildSequence INVENTORY_ADJUSTMENT_ADD = ChildSequence.of("InventoryAdjustmentAdd",
            required("AccountRef"), optional("TxnDate"), optional("RefNumber"), optional("InventorySiteRef"),
            optional("CustomerRef"), optional("ClassRef"), optional("Memo"), optional("ExternalGUID"),
            atLeastOne("InventoryAdjustmentLineAdd"));

    private static final ChildSequence ADJUSTMENT_LINE = ChildSequence.of("InventoryAdjustmentLineAdd",
            required("ItemRef"),
            required("QuantityAdjustment", "ValueAdjustment", "SerialNumberAdjustment", "LotNumberAdjustment"));

    private static final ChildSequence QUANTITY_ADJUSTMENT = ChildSequence.of("QuantityAdjustment",
            required("NewQuantity", "QuantityDifference"), optional("SerialNumber", "LotNumber"),
            optional("InventorySiteLocationRef"));

    private static final ChildSequence VALUE_ADJUSTMENT = ChildSequence.of("ValueAdjustment",
            optional("NewQuantity", "QuantityDifference"), required("NewValue", "ValueDifference"),
            optional("InventorySiteLocationRef"));

    private static final ChildSequence NAME_FILTER = ChildSequence.of("NameFilter",
            required("MatchCriterion"), required("Name"));

    private static final ChildSequence NAME_RANGE_FILTER = ChildSequence.of("NameRangeFilter",
            optional("FromName"), optional("ToName"));

    private static final ChildSequence CLASS_FILTER = ChildSequence.of("ClassFilter",
            repeated("ListID"), repeated("FullName"), repeated("ListIDWithChildren"), repeated("FullNameWithChildren"));

    private static final Map<String, ChildSequence> HOST_INFO_QUERIES = Map.of(
            HOST_QUERY, ChildSequence.of(HOST_QUERY, repeated("IncludeRetElement")),
            COMPANY_QUERY, ChildSequence.of(COMPANY_QUERY, repeated("IncludeRetElement"), repeated("OwnerID")),
            PREFERENCES_QUERY, ChildSequence.of(PREFERENCES_QUERY, repeated("IncludeRetElement")));

    private final KnownRequestTypes knownTypes;

    RequestParsers(KnownRequestTypes knownTypes) {
        this.knownTypes = knownTypes;
    }

    QbxmlRequest parse(Element request, QbxmlVersion version) {
        String type = request.getTagName();
        return switch (type) {
            case ITEM_INVENTORY_QUERY -> parseItemQuery(request, ITEM_INVENTORY_QUERY_SEQUENCE, version);
            case ITEM_QUERY -> parseItemQuery(request, ITEM_QUERY_SEQUENCE, version);
            case ItemInventoryAddRequest.TYPE -> parseItemInventoryAdd(request);
            case InventoryAdjustmentAddRequest.TYPE -> parseInventoryAdjustmentAdd(request);
            case HOST_QUERY, COMPANY_QUERY, PREFERENCES_QUERY -> parseHostInfoQuery(request);
            default -> PurchasingParsers.handles(type) ? PurchasingParsers.parse(request) : parseOtherRequest(request);
        };
    }

    private QbxmlRequest parseOtherRequest(Element request) {
        String type = request.getTagName();
        if (!knownTypes.contains(type)) {
            throw new QbxmlParseFailure("<" + type + "> is not a qbXML request");
        }
        return new UnsupportedRequest(type, Elements.attribute(request, "requestID"));
    }

    private static ChildSequence itemQuerySequence(String type) {
        return ChildSequence.of(type,
                repeated("ListID"), repeated("FullName"), optional("MaxReturned"), optional("ActiveStatus"),
                optional("FromModifiedDate"), optional("ToModifiedDate"), optional("NameFilter", "NameRangeFilter"),
                optional("ClassFilter"), repeated("IncludeRetElement"), repeated("OwnerID"));
    }

    private ItemQueryRequest parseItemQuery(Element request, ChildSequence sequence, QbxmlVersion version) {
        Elements.requireOnlyAttributes(request, QUERY_ATTRIBUTES);
        List<Element> children = sequence.validate(request);
        List<String> listIds = Elements.textsOf(children, "ListID");
        List<String> fullNames = Elements.textsOf(children, "FullName");
        boolean filtered = children.stream().anyMatch(child -> FILTER_ELEMENTS.contains(child.getTagName()));
        if ((listIds.isEmpty() ? 0 : 1) + (fullNames.isEmpty() ? 0 : 1) + (filtered ? 1 : 0) > 1) {
            throw new QbxmlParseFailure("<" + request.getTagName()
                    + "> may hold ListIDs, FullNames or filters, but only one of them");
        }
        IteratorMode iterator = iteratorOf(request, version);
        Integer maxReturned = Elements.integerOf(children, "MaxReturned");
        if (maxReturned != null && maxReturned < 1) {
            throw new QbxmlParseFailure("<MaxReturned> must be positive, was " + maxReturned);
        }
        return new ItemQueryRequest(request.getTagName(), Elements.attribute(request, "requestID"), iterator,
                Elements.attribute(request, "iteratorID"), metaDataOf(request), listIds, fullNames, maxReturned,
                activeStatusOf(children), Elements.textOf(children, "FromModifiedDate"),
                Elements.textOf(children, "ToModifiedDate"), nameFilterOf(children), nameRangeOf(children),
                classFilterOf(children), Elements.textsOf(children, "IncludeRetElement"));
    }

    private static IteratorMode iteratorOf(Element request, QbxmlVersion version) {
        String iterator = Elements.attribute(request, "iterator");
        if (iterator == null) {
            if (request.hasAttribute("iteratorID")) {
                throw new QbxmlParseFailure("iteratorID without iterator on <" + request.getTagName() + ">");
            }
            return IteratorMode.NONE;
        }
        if (version.compareTo(QbxmlVersion.ITERATORS) < 0) {
            throw new QbxmlParseFailure("iterators need qbXML " + QbxmlVersion.ITERATORS + " or later, the message "
                    + "declares " + version);
        }
        return switch (iterator) {
            case "Start" -> IteratorMode.START;
            case "Continue" -> IteratorMode.CONTINUE;
            case "Stop" -> IteratorMode.STOP;
            default -> throw new QbxmlParseFailure("iterator=\"" + iterator + "\" is not Start, Continue or Stop");
        };
    }

    private static MetaData metaDataOf(Element request) {
        String metaData = Elements.attribute(request, "metaData");
        if (metaData == null) {
            return MetaData.NO_META_DATA;
        }
        return switch (metaData) {
            case "NoMetaData" -> MetaData.NO_META_DATA;
            case "MetaDataOnly" -> MetaData.META_DATA_ONLY;
            case "MetaDataAndResponseData" -> MetaData.META_DATA_AND_RESPONSE_DATA;
            default -> throw new QbxmlParseFailure("metaData=\"" + metaData + "\" is not a metaData value");
        };
    }

    private static ActiveStatus activeStatusOf(List<Element> children) {
        String status = Elements.textOf(children, "ActiveStatus");
        if (status == null) {
            return ActiveStatus.ACTIVE_ONLY;
        }
        return switch (status.strip()) {
            case "ActiveOnly" -> ActiveStatus.ACTIVE_ONLY;
            case "InactiveOnly" -> ActiveStatus.INACTIVE_ONLY;
            case "All" -> ActiveStatus.ALL;
            default -> throw new QbxmlParseFailure("<ActiveStatus>" + status + "</ActiveStatus> is not a value of "
                    + "ActiveOnly, InactiveOnly, All");
        };
    }

    private static NameFilter nameFilterOf(List<Element> children) {
        Element filter = Elements.first(children, "NameFilter");
        if (filter == null) {
            return null;
        }
        List<Element> parts = NAME_FILTER.validate(filter);
        String criterion = Elements.textOf(parts, "MatchCriterion").strip();
        MatchCriterion match = switch (criterion) {
            case "StartsWith" -> MatchCriterion.STARTS_WITH;
            case "Contains" -> MatchCriterion.CONTAINS;
            case "EndsWith" -> MatchCriterion.ENDS_WITH;
            default -> throw new QbxmlParseFailure("<MatchCriterion>" + criterion + "</MatchCriterion> is not a "
                    + "value of StartsWith, Contains, EndsWith");
        };
        return new NameFilter(match, Elements.textOf(parts, "Name"));
    }

    private static NameRange nameRangeOf(List<Element> children) {
        Element range = Elements.first(children, "NameRangeFilter");
        if (range == null) {
            return null;
        }
        List<Element> parts = NAME_RANGE_FILTER.validate(range);
        return new NameRange(Elements.textOf(parts, "FromName"), Elements.textOf(parts, "ToName"));
    }

    private static boolean classFilterOf(List<Element> children) {
        Element classFilter = Elements.first(children, "ClassFilter");
        if (classFilter == null) {
            return false;
        }
        CLASS_FILTER.validate(classFilter);
        return true;
    }

    private ItemInventoryAddRequest parseItemInventoryAdd(Element request) {
        Elements.requireOnlyAttributes(request, REQUEST_ID_ONLY);
        List<Element> rq = ITEM_INVENTORY_ADD_RQ.validate(request);
        Element add = Elements.first(rq, "ItemInventoryAdd");
        Elements.requireOnlyAttributes(add, Set.of("defMacro"));
        List<Element> fields = ITEM_INVENTORY_ADD.validate(add);
        Elements.booleanOf(fields, "IsTaxIncluded");
        Elements.decimalOf(fields, "ReorderPoint");
        Elements.decimalOf(fields, "Max");
        Elements.decimalOf(fields, "TotalValue");
        return new ItemInventoryAddRequest(Elements.attribute(request, "requestID"),
                Elements.textOf(fields, "Name"), Elements.booleanOf(fields, "IsActive"),
                Elements.refOf(fields, "ParentRef"), Elements.textOf(fields, "SalesDesc"),
                Elements.decimalOf(fields, "SalesPrice"), Elements.refOf(fields, "IncomeAccountRef"),
                Elements.textOf(fields, "PurchaseDesc"), Elements.decimalOf(fields, "PurchaseCost"),
                Elements.refOf(fields, "COGSAccountRef"), Elements.refOf(fields, "AssetAccountRef"),
                Elements.decimalOf(fields, "QuantityOnHand"), Elements.textsOf(rq, "IncludeRetElement"));
    }

    private InventoryAdjustmentAddRequest parseInventoryAdjustmentAdd(Element request) {
        Elements.requireOnlyAttributes(request, REQUEST_ID_ONLY);
        List<Element> rq = INVENTORY_ADJUSTMENT_ADD_RQ.validate(request);
        Element add = Elements.first(rq, "InventoryAdjustmentAdd");
        Elements.requireOnlyAttributes(add, Set.of("defMacro"));
        List<Element> fields = INVENTORY_ADJUSTMENT_ADD.validate(add);
        Elements.refOf(fields, "CustomerRef");
        Elements.refOf(fields, "ClassRef");
        List<InventoryAdjustmentAddRequest.Line> lines = new ArrayList<>();
        for (Element line : Elements.all(fields, "InventoryAdjustmentLineAdd")) {
            lines.add(parseAdjustmentLine(line));
        }
        return new InventoryAdjustmentAddRequest(Elements.attribute(request, "requestID"),
                Elements.refOf(fields, "AccountRef"), Elements.textOf(fields, "TxnDate"),
                Elements.textOf(fields, "RefNumber"), Elements.refOf(fields, "InventorySiteRef"),
                Elements.textOf(fields, "Memo"), Elements.textOf(fields, "ExternalGUID"), lines,
                Elements.textsOf(rq, "IncludeRetElement"));
    }

    private static InventoryAdjustmentAddRequest.Line parseAdjustmentLine(Element line) {
        List<Element> parts = ADJUSTMENT_LINE.validate(line);
        ListRef itemRef = Elements.refOf(parts, "ItemRef");
        Element adjustment = parts.get(1);
        return switch (adjustment.getTagName()) {
            case "QuantityAdjustment" -> {
                List<Element> quantity = QUANTITY_ADJUSTMENT.validate(adjustment);
                Elements.refOf(quantity, "InventorySiteLocationRef");
                yield new InventoryAdjustmentAddRequest.Line(itemRef, Kind.QUANTITY,
                        Elements.decimalOf(quantity, "NewQuantity"),
                        Elements.decimalOf(quantity, "QuantityDifference"),
                        Elements.first(quantity, "InventorySiteLocationRef") != null);
            }
            case "ValueAdjustment" -> {
                List<Element> value = VALUE_ADJUSTMENT.validate(adjustment);
                yield new InventoryAdjustmentAddRequest.Line(itemRef, Kind.VALUE,
                        Elements.decimalOf(value, "NewQuantity"), Elements.decimalOf(value, "QuantityDifference"),
                        Elements.first(value, "InventorySiteLocationRef") != null);
            }
            case "SerialNumberAdjustment" ->
                    new InventoryAdjustmentAddRequest.Line(itemRef, Kind.SERIAL_NUMBER, null, null, false);
            default -> new InventoryAdjustmentAddRequest.Line(itemRef, Kind.LOT_NUMBER, null, null, false);
        };
    }

    private static HostInfoQueryRequest parseHostInfoQuery(Element request) {
        Elements.requireOnlyAttributes(request, REQUEST_ID_ONLY);
        List<Element> children = HOST_INFO_QUERIES.get(request.getTagName()).validate(request);
        return new HostInfoQueryRequest(request.getTagName(), Elements.attribute(request, "requestID"),
                Elements.textsOf(children, "IncludeRetElement"));
    }
}
