package io.atqb.sandbox.quickbooks;

import static io.atqb.sandbox.quickbooks.ChildSequence.atLeastOne;
import static io.atqb.sandbox.quickbooks.ChildSequence.optional;
import static io.atqb.sandbox.quickbooks.ChildSequence.repeated;
import static io.atqb.sandbox.quickbooks.ChildSequence.required;

import io.atqb.sandbox.quickbooks.ItemQueryRequest.ActiveStatus;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.w3c.dom.Element;

/**
 * Parses the vendor, purchase-order and item-receipt requests against the qbXML 13.0 schema: element order,
 * required and unknown elements and value types make a parse failure, as in QuickBooks. Elements the sandbox does
 * not keep are accepted and ignored; the few it cannot carry out are named so the handler answers 3250.
 */
final class PurchasingParsers {

    static final String PURCHASE_ORDER_QUERY = "PurchaseOrderQueryRq";
    static final String ITEM_RECEIPT_QUERY = "ItemReceiptQueryRq";

    private static final Set<String> REQUEST_ID_ONLY = Set.of("requestID");
    private static final Set<String> QUERY_ATTRIBUTES = Set.of("requestID", "iterator", "iteratorID", "metaData");
    private static final Set<String> DEF_MACRO = Set.of("defMacro");
    private static final Set<String> SUPPORTED_VENDOR_FILTERS = Set.of("MaxReturned", "ActiveStatus");

    private static final ChildSequence VENDOR_QUERY = ChildSequence.of(VendorQueryRequest.TYPE,
            repeated("ListID"), repeated("FullName"), optional("MaxReturned"), optional("ActiveStatus"),
            optional("FromModifiedDate"), optional("ToModifiedDate"), optional("NameFilter", "NameRangeFilter"),
            optional("TotalBalanceFilter"), optional("CurrencyFilter"), optional("ClassFilter"),
            repeated("IncludeRetElement"), repeated("OwnerID"));

    private static final ChildSequence VENDOR_ADD_RQ = ChildSequence.of(VendorAddRequest.TYPE,
            required("VendorAdd"), repeated("IncludeRetElement"));

    private static final ChildSequence VENDOR_ADD = ChildSequence.of("VendorAdd",
            required("Name"), optional("IsActive"), optional("ClassRef"), optional("CompanyName"),
            optional("Salutation"), optional("FirstName"), optional("MiddleName"), optional("LastName"),
            optional("JobTitle"), optional("VendorAddress"), optional("ShipAddress"), optional("Phone"),
            optional("AltPhone"), optional("Fax"), optional("Email"), optional("Cc"), optional("Contact"),
            optional("AltContact"), optional("NameOnCheck"), optional("AccountNumber"), optional("Notes"),
            repeated("AdditionalNotes"), optional("VendorTypeRef"), optional("TermsRef"), optional("CreditLimit"),
            optional("VendorTaxIdent"), optional("IsVendorEligibleFor1099"), optional("OpenBalance"),
            optional("OpenBalanceDate"), optional("BillingRateRef"), optional("ExternalGUID"),
            repeated("PrefillAccountRef"), optional("CurrencyRef"));

    private static final ChildSequence PURCHASE_ORDER_ADD_RQ = ChildSequence.of(PurchaseOrderAddRequest.TYPE,
            required("PurchaseOrderAdd"), repeated("IncludeRetElement"));

    private static final ChildSequence PURCHASE_ORDER_ADD = ChildSequence.of("PurchaseOrderAdd",
            optional("VendorRef"), optional("ClassRef"), optional("InventorySiteRef", "ShipToEntityRef"),
            optional("TemplateRef"), optional("TxnDate"), optional("RefNumber"), optional("VendorAddress"),
            optional("ShipAddress"), optional("TermsRef"), optional("DueDate"), optional("ExpectedDate"),
            optional("ShipMethodRef"), optional("FOB"), optional("Memo"), optional("VendorMsg"),
            optional("IsToBePrinted"), optional("IsToBeEmailed"), optional("IsTaxIncluded"),
            optional("SalesTaxCodeRef"), optional("Other1"), optional("Other2"), optional("ExchangeRate"),
            optional("ExternalGUID"), atLeastOne("PurchaseOrderLineAdd", "PurchaseOrderLineGroupAdd"));

    private static final ChildSequence PURCHASE_ORDER_LINE_ADD = ChildSequence.of("PurchaseOrderLineAdd",
            optional("ItemRef"), optional("ManufacturerPartNumber"), optional("Desc"), optional("Quantity"),
            optional("UnitOfMeasure"), optional("Rate"), optional("ClassRef"), optional("Amount"),
            optional("TaxAmount"), optional("InventorySiteLocationRef"), optional("CustomerRef"),
            optional("ServiceDate"), optional("SalesTaxCodeRef"), optional("OverrideItemAccountRef"),
            optional("Other1"), optional("Other2"), repeated("DataExt"));

    private static final ChildSequence PURCHASE_ORDER_MOD_RQ = ChildSequence.of(PurchaseOrderModRequest.TYPE,
            required("PurchaseOrderMod"), repeated("IncludeRetElement"));

    private static final ChildSequence PURCHASE_ORDER_MOD = ChildSequence.of("PurchaseOrderMod",
            required("TxnID"), required("EditSequence"), optional("VendorRef"), optional("ClassRef"),
            optional("InventorySiteRef", "ShipToEntityRef"), optional("TemplateRef"), optional("TxnDate"),
            optional("RefNumber"), optional("VendorAddress"), optional("ShipAddress"), optional("TermsRef"),
            optional("DueDate"), optional("ExpectedDate"), optional("ShipMethodRef"), optional("FOB"),
            optional("IsManuallyClosed"), optional("Memo"), optional("VendorMsg"), optional("IsToBePrinted"),
            optional("IsToBeEmailed"), optional("IsTaxIncluded"), optional("SalesTaxCodeRef"), optional("Other1"),
            optional("Other2"), optional("ExchangeRate"),
            repeated("PurchaseOrderLineMod", "PurchaseOrderLineGroupMod"));

    private static final ChildSequence PURCHASE_ORDER_LINE_MOD = ChildSequence.of("PurchaseOrderLineMod",
            required("TxnLineID"), optional("ItemRef"), optional("ManufacturerPartNumber"), optional("Desc"),
            optional("Quantity"), optional("UnitOfMeasure"), optional("OverrideUOMSetRef"), optional("Rate"),
            optional("ClassRef"), optional("Amount"), optional("TaxAmount"), optional("InventorySiteLocationRef"),
            optional("CustomerRef"), optional("ServiceDate"), optional("SalesTaxCodeRef"),
            optional("IsManuallyClosed"), optional("OverrideItemAccountRef"), optional("Other1"),
            optional("Other2"));

    private static final ChildSequence ITEM_RECEIPT_ADD_RQ = ChildSequence.of(ItemReceiptAddRequest.TYPE,
            required("ItemReceiptAdd"), repeated("IncludeRetElement"));

    private static final ChildSequence ITEM_RECEIPT_ADD = ChildSequence.of("ItemReceiptAdd",
            required("VendorRef"), optional("APAccountRef"), optional("TxnDate"), optional("RefNumber"),
            optional("Memo"), optional("IsTaxIncluded"), optional("SalesTaxCodeRef"), optional("ExchangeRate"),
            optional("ExternalGUID"), repeated("LinkToTxnID"), repeated("ExpenseLineAdd"),
            repeated("ItemLineAdd", "ItemGroupLineAdd"));

    private static final ChildSequence ITEM_LINE_ADD = ChildSequence.of("ItemLineAdd",
            optional("ItemRef"), optional("InventorySiteRef"), optional("InventorySiteLocationRef"),
            optional("SerialNumber", "LotNumber"), optional("Desc"), optional("Quantity"), optional("UnitOfMeasure"),
            optional("Cost"), optional("Amount"), optional("TaxAmount"), optional("CustomerRef"),
            optional("ClassRef"), optional("SalesTaxCodeRef"), optional("BillableStatus"),
            optional("OverrideItemAccountRef"), optional("LinkToTxn"), optional("SalesRepRef"), repeated("DataExt"));

    private static final ChildSequence LINK_TO_TXN = ChildSequence.of("LinkToTxn",
            required("TxnID"), required("TxnLineID"));

    private static final ChildSequence.Slot[] ADDRESS = {
        optional("Addr1"), optional("Addr2"), optional("Addr3"), optional("Addr4"), optional("Addr5"),
        optional("City"), optional("State"), optional("PostalCode"), optional("Country"), optional("Note")};

    private static final Set<String> TXN_FILTERS = Set.of("ModifiedDateRangeFilter", "TxnDateRangeFilter",
            "EntityFilter", "AccountFilter", "RefNumberFilter", "RefNumberRangeFilter", "CurrencyFilter");

    private PurchasingParsers() {
    }

    static boolean handles(String type) {
        return switch (type) {
            case VendorQueryRequest.TYPE, VendorAddRequest.TYPE, PurchaseOrderAddRequest.TYPE,
                    PurchaseOrderModRequest.TYPE, PURCHASE_ORDER_QUERY, ItemReceiptAddRequest.TYPE,
                    ITEM_RECEIPT_QUERY -> true;
            default -> false;
        };
    }

    static QbxmlRequest parse(Element request) {
        return switch (request.getTagName()) {
            case VendorQueryRequest.TYPE -> parseVendorQuery(request);
            case VendorAddRequest.TYPE -> parseVendorAdd(request);
            case PurchaseOrderAddRequest.TYPE -> parsePurchaseOrderAdd(request);
            case PurchaseOrderModRequest.TYPE -> parsePurchaseOrderMod(request);
            case ItemReceiptAddRequest.TYPE -> parseItemReceiptAdd(request);
            default -> parseTxnQuery(request);
        };
    }

    private static VendorQueryRequest parseVendorQuery(Element request) {
        Elements.requireOnlyAttributes(request, QUERY_ATTRIBUTES);
        List<Element> children = VENDOR_QUERY.validate(request);
        List<String> listIds = Elements.textsOf(children, "ListID");
        List<String> fullNames = Elements.textsOf(children, "FullName");
        List<String> filters = children.stream().map(Element::getTagName)
                .filter(name -> !name.equals("ListID") && !name.equals("FullName")
                        && !name.equals("IncludeRetElement") && !name.equals("OwnerID"))
                .toList();
        if ((listIds.isEmpty() ? 0 : 1) + (fullNames.isEmpty() ? 0 : 1) + (filters.isEmpty() ? 0 : 1) > 1) {
            throw new QbxmlParseFailure("<VendorQueryRq> may hold ListIDs, FullNames or filters, but only one of them");
        }
        Integer maxReturned = Elements.integerOf(children, "MaxReturned");
        if (maxReturned != null && maxReturned < 1) {
            throw new QbxmlParseFailure("<MaxReturned> must be positive, was " + maxReturned);
        }
        String unsupported = filters.stream().filter(name -> !SUPPORTED_VENDOR_FILTERS.contains(name))
                .findFirst().orElse(null);
        if (unsupported == null && request.hasAttribute("iterator")) {
            unsupported = "iterator";
        }
        return new VendorQueryRequest(Elements.attribute(request, "requestID"), listIds, fullNames, maxReturned,
                activeStatusOf(children), unsupported, Elements.textsOf(children, "IncludeRetElement"));
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

    private static VendorAddRequest parseVendorAdd(Element request) {
        Elements.requireOnlyAttributes(request, REQUEST_ID_ONLY);
        List<Element> rq = VENDOR_ADD_RQ.validate(request);
        Element add = Elements.first(rq, "VendorAdd");
        Elements.requireOnlyAttributes(add, Set.of());
        List<Element> fields = VENDOR_ADD.validate(add);
        address(fields, "VendorAddress");
        address(fields, "ShipAddress");
        Elements.booleanOf(fields, "IsVendorEligibleFor1099");
        Elements.decimalOf(fields, "CreditLimit");
        Elements.decimalOf(fields, "OpenBalance");
        return new VendorAddRequest(Elements.attribute(request, "requestID"), Elements.textOf(fields, "Name"),
                Elements.booleanOf(fields, "IsActive"), Elements.textsOf(rq, "IncludeRetElement"));
    }

    private static PurchaseOrderAddRequest parsePurchaseOrderAdd(Element request) {
        Elements.requireOnlyAttributes(request, REQUEST_ID_ONLY);
        List<Element> rq = PURCHASE_ORDER_ADD_RQ.validate(request);
        Element add = Elements.first(rq, "PurchaseOrderAdd");
        Elements.requireOnlyAttributes(add, DEF_MACRO);
        List<Element> fields = PURCHASE_ORDER_ADD.validate(add);
        checkFlags(fields, "IsToBePrinted", "IsToBeEmailed", "IsTaxIncluded");
        address(fields, "VendorAddress");
        Elements.decimalOf(fields, "ExchangeRate");
        List<PurchaseOrderAddRequest.Line> lines = new ArrayList<>();
        String unsupported = firstPresent(fields, "InventorySiteRef", "PurchaseOrderLineGroupAdd");
        for (Element line : Elements.all(fields, "PurchaseOrderLineAdd")) {
            Elements.requireOnlyAttributes(line, DEF_MACRO);
            List<Element> parts = PURCHASE_ORDER_LINE_ADD.validate(line);
            Elements.decimalOf(parts, "Amount");
            if (unsupported == null) {
                unsupported = firstPresent(parts, "UnitOfMeasure", "InventorySiteLocationRef");
            }
            lines.add(new PurchaseOrderAddRequest.Line(null, Elements.refOf(parts, "ItemRef"),
                    Elements.textOf(parts, "Desc"), Elements.decimalOf(parts, "Quantity"),
                    Elements.decimalOf(parts, "Rate"), null, Elements.textOf(parts, "Other1")));
        }
        return new PurchaseOrderAddRequest(Elements.attribute(request, "requestID"),
                Elements.refOf(fields, "VendorRef"), Elements.textOf(fields, "TxnDate"),
                Elements.textOf(fields, "RefNumber"), address(fields, "ShipAddress"), Elements.textOf(fields, "Memo"),
                Elements.textOf(fields, "VendorMsg"), Elements.textOf(fields, "Other1"),
                Elements.textOf(fields, "ExternalGUID"), lines, unsupported, Elements.textsOf(rq, "IncludeRetElement"));
    }

    private static PurchaseOrderModRequest parsePurchaseOrderMod(Element request) {
        Elements.requireOnlyAttributes(request, REQUEST_ID_ONLY);
        List<Element> rq = PURCHASE_ORDER_MOD_RQ.validate(request);
        Element mod = Elements.first(rq, "PurchaseOrderMod");
        Elements.requireOnlyAttributes(mod, Set.of());
        List<Element> fields = PURCHASE_ORDER_MOD.validate(mod);
        checkFlags(fields, "IsToBePrinted", "IsToBeEmailed", "IsTaxIncluded");
        address(fields, "VendorAddress");
        address(fields, "ShipAddress");
        Elements.decimalOf(fields, "ExchangeRate");
        String unsupported = firstPresent(fields, "InventorySiteRef", "PurchaseOrderLineGroupMod");
        List<PurchaseOrderAddRequest.Line> lines = new ArrayList<>();
        for (Element line : Elements.all(fields, "PurchaseOrderLineMod")) {
            Elements.requireOnlyAttributes(line, Set.of());
            List<Element> parts = PURCHASE_ORDER_LINE_MOD.validate(line);
            Elements.decimalOf(parts, "Amount");
            if (unsupported == null) {
                unsupported = firstPresent(parts, "UnitOfMeasure", "OverrideUOMSetRef", "InventorySiteLocationRef");
            }
            lines.add(new PurchaseOrderAddRequest.Line(Elements.textOf(parts, "TxnLineID").strip(),
                    Elements.refOf(parts, "ItemRef"), Elements.textOf(parts, "Desc"),
                    Elements.decimalOf(parts, "Quantity"), Elements.decimalOf(parts, "Rate"),
                    Elements.booleanOf(parts, "IsManuallyClosed"), Elements.textOf(parts, "Other1")));
        }
        return new PurchaseOrderModRequest(Elements.attribute(request, "requestID"),
                Elements.textOf(fields, "TxnID").strip(), Elements.textOf(fields, "EditSequence").strip(),
                Elements.refOf(fields, "VendorRef"), Elements.textOf(fields, "TxnDate"),
                Elements.textOf(fields, "RefNumber"), Elements.booleanOf(fields, "IsManuallyClosed"),
                Elements.textOf(fields, "Memo"), Elements.textOf(fields, "VendorMsg"), lines, unsupported,
                Elements.textsOf(rq, "IncludeRetElement"));
    }

    private static ItemReceiptAddRequest parseItemReceiptAdd(Element request) {
        Elements.requireOnlyAttributes(request, REQUEST_ID_ONLY);
        List<Element> rq = ITEM_RECEIPT_ADD_RQ.validate(request);
        Element add = Elements.first(rq, "ItemReceiptAdd");
        Elements.requireOnlyAttributes(add, DEF_MACRO);
        List<Element> fields = ITEM_RECEIPT_ADD.validate(add);
        checkFlags(fields, "IsTaxIncluded");
        Elements.decimalOf(fields, "ExchangeRate");
        String unsupported = firstPresent(fields, "LinkToTxnID", "ExpenseLineAdd", "ItemGroupLineAdd");
        List<ItemReceiptAddRequest.Line> lines = new ArrayList<>();
        for (Element line : Elements.all(fields, "ItemLineAdd")) {
            Elements.requireOnlyAttributes(line, Set.of());
            List<Element> parts = ITEM_LINE_ADD.validate(line);
            Elements.decimalOf(parts, "Amount");
            if (unsupported == null) {
                unsupported = firstPresent(parts, "InventorySiteRef", "InventorySiteLocationRef", "SerialNumber",
                        "LotNumber", "UnitOfMeasure");
            }
            String linkTxnId = null;
            String linkTxnLineId = null;
            Element link = Elements.first(parts, "LinkToTxn");
            if (link != null) {
                List<Element> ids = LINK_TO_TXN.validate(link);
                linkTxnId = Elements.textOf(ids, "TxnID").strip();
                linkTxnLineId = Elements.textOf(ids, "TxnLineID").strip();
            }
            lines.add(new ItemReceiptAddRequest.Line(Elements.refOf(parts, "ItemRef"), Elements.textOf(parts, "Desc"),
                    Elements.decimalOf(parts, "Quantity"), Elements.decimalOf(parts, "Cost"), linkTxnId,
                    linkTxnLineId));
        }
        return new ItemReceiptAddRequest(Elements.attribute(request, "requestID"),
                Elements.refOf(fields, "VendorRef"), Elements.textOf(fields, "TxnDate"),
                Elements.textOf(fields, "RefNumber"), Elements.textOf(fields, "Memo"),
                Elements.textOf(fields, "ExternalGUID"), lines, unsupported,
                Elements.textsOf(rq, "IncludeRetElement"));
    }

    /** PurchaseOrderQueryRq / ItemReceiptQueryRq: TxnID* | RefNumber* | RefNumberCaseSensitive* | filters. */
    private static TxnQueryRequest parseTxnQuery(Element request) {
        String type = request.getTagName();
        Elements.requireOnlyAttributes(request, QUERY_ATTRIBUTES);
        List<Element> children = ChildSequence.of(type,
                repeated("TxnID"), repeated("RefNumber"), repeated("RefNumberCaseSensitive"), optional("MaxReturned"),
                optional("ModifiedDateRangeFilter", "TxnDateRangeFilter"), optional("EntityFilter"),
                optional("AccountFilter"), optional("RefNumberFilter", "RefNumberRangeFilter"),
                optional("CurrencyFilter"), optional("IncludeLineItems"), optional("IncludeLinkedTxns"),
                repeated("IncludeRetElement"), repeated("OwnerID")).validate(request);
        List<String> txnIds = Elements.textsOf(children, "TxnID").stream().map(String::strip).toList();
        List<String> refNumbers = Elements.textsOf(children, "RefNumber");
        List<String> caseSensitive = Elements.textsOf(children, "RefNumberCaseSensitive");
        boolean filtered = children.stream().anyMatch(child -> child.getTagName().equals("MaxReturned")
                || TXN_FILTERS.contains(child.getTagName()));
        int selectors = (txnIds.isEmpty() ? 0 : 1) + (refNumbers.isEmpty() ? 0 : 1) + (caseSensitive.isEmpty() ? 0 : 1)
                + (filtered ? 1 : 0);
        if (selectors > 1) {
            throw new QbxmlParseFailure("<" + type + "> may hold TxnIDs, RefNumbers or filters, but only one of them");
        }
        Integer maxReturned = Elements.integerOf(children, "MaxReturned");
        if (maxReturned != null && maxReturned < 1) {
            throw new QbxmlParseFailure("<MaxReturned> must be positive, was " + maxReturned);
        }
        String unsupported = children.stream().map(Element::getTagName).filter(TXN_FILTERS::contains).findFirst()
                .orElse(request.hasAttribute("iterator") ? "iterator" : null);
        return new TxnQueryRequest(type, Elements.attribute(request, "requestID"), txnIds,
                caseSensitive.isEmpty() ? refNumbers : caseSensitive, !caseSensitive.isEmpty(), maxReturned,
                unsupported, Boolean.TRUE.equals(Elements.booleanOf(children, "IncludeLineItems")),
                Boolean.TRUE.equals(Elements.booleanOf(children, "IncludeLinkedTxns")),
                Elements.textsOf(children, "IncludeRetElement"));
    }

    private static AddressData address(List<Element> fields, String name) {
        Element address = Elements.first(fields, name);
        if (address == null) {
            return null;
        }
        List<Element> parts = ChildSequence.of(name, ADDRESS).validate(address);
        return new AddressData(Elements.textOf(parts, "Addr1"), Elements.textOf(parts, "Addr2"),
                Elements.textOf(parts, "Addr3"), Elements.textOf(parts, "Addr4"), Elements.textOf(parts, "Addr5"),
                Elements.textOf(parts, "City"), Elements.textOf(parts, "State"), Elements.textOf(parts, "PostalCode"),
                Elements.textOf(parts, "Country"), Elements.textOf(parts, "Note"));
    }

    private static void checkFlags(List<Element> fields, String... names) {
        for (String name : names) {
            Elements.booleanOf(fields, name);
        }
    }

    private static String firstPresent(List<Element> elements, String... names) {
        for (String name : names) {
            if (Elements.first(elements, name) != null) {
                return name;
            }
        }
        return null;
    }
}
