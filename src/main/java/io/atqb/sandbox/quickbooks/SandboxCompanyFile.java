package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * An in-memory QuickBooks Desktop company file that answers qbXML request message sets the way QuickBooks' request
 * processor does (ItemInventoryQuery, ItemQuery, ItemInventoryAdd, InventoryAdjustmentAdd, VendorQuery, VendorAdd,
 * PurchaseOrderAdd/Mod/Query, ItemReceiptAdd/Query, Host/Company/Preferences queries), with fault injection and
 * inspection for tests. Thread-safe: every operation holds one lock.
 */
public final class SandboxCompanyFile {

    /** The income account {@link #withStandardAccounts(String)} creates. */
    public static final String INCOME_ACCOUNT = "Autotask Other";
    /** The cost of goods sold account {@link #withStandardAccounts(String)} creates. */
    public static final String COGS_ACCOUNT = "Cost of Goods Sold";
    /** The inventory asset account {@link #withStandardAccounts(String)} creates. */
    public static final String ASSET_ACCOUNT = "Inventory Asset";
    /** The adjustment account {@link #withStandardAccounts(String)} creates. */
    public static final String ADJUSTMENT_ACCOUNT = "Inventory Adjustment";

    private final Object lock = new Object();
    private final CompanyData data;
    private final IteratorRegistry iterators = new IteratorRegistry();
    private final FaultInjections faults = new FaultInjections();
    private final MessageSetParser parser = new MessageSetParser(new RequestParsers(KnownRequestTypes.load()));
    private final QbxmlResponseWriter writer = new QbxmlResponseWriter();
    private final HostInfo hostInfo;
    private final MessageExecutor executor;
    private int messageCount;

    public SandboxCompanyFile(String companyName) {
        this(companyName, Clock.systemDefaultZone());
    }

    /** A company file whose TimeCreated/TimeModified/TxnDate values come from {@code clock}. */
    public SandboxCompanyFile(String companyName, Clock clock) {
        this.data = new CompanyData(requireText(companyName, "companyName"), Objects.requireNonNull(clock, "clock"));
        RetBuilders rets = new RetBuilders(data);
        this.hostInfo = new HostInfo(data);
        this.executor = new MessageExecutor(new ItemQueryHandler(data, iterators, rets),
                new ItemInventoryAddHandler(data, faults, rets), new InventoryAdjustmentAddHandler(data, faults, rets),
                hostInfo, faults, new PurchasingHandlers(data, faults));
    }

    /** A company file with the accounts the sync uses: income, COGS, inventory asset and inventory adjustment. */
    public static SandboxCompanyFile withStandardAccounts(String companyName) {
        return withStandardAccounts(companyName, Clock.systemDefaultZone());
    }

    public static SandboxCompanyFile withStandardAccounts(String companyName, Clock clock) {
        SandboxCompanyFile company = new SandboxCompanyFile(companyName, clock);
        company.addAccount(INCOME_ACCOUNT, "Income");
        company.addAccount(COGS_ACCOUNT, "CostOfGoodsSold");
        company.addAccount(ASSET_ACCOUNT, "OtherCurrentAsset");
        company.addAccount(ADJUSTMENT_ACCOUNT, "CostOfGoodsSold");
        return company;
    }

    public String companyName() {
        return data.companyName();
    }

    // ----- seeding

    /** Adds an account (e.g. type {@code Income}, {@code CostOfGoodsSold}) and returns its ListID. */
    public String addAccount(String fullName, String accountType) {
        synchronized (lock) {
            return data.addAccount(requireText(fullName, "fullName"), requireText(accountType, "accountType"))
                    .listId();
        }
    }

    /**
     * Adds an inventory item using the standard income, COGS and asset accounts when they exist; returns its ListID.
     *
     * @throws IllegalArgumentException when the name is blank, longer than 31 characters or already used
     */
    public String addInventoryItem(String name, BigDecimal quantityOnHand, boolean active) {
        Objects.requireNonNull(quantityOnHand, "quantityOnHand");
        synchronized (lock) {
            String checked = checkNewName(name);
            return data.createItem(new CompanyData.NewItem(ItemType.INVENTORY, checked, checked, active,
                    quantityOnHand, existingAccount(INCOME_ACCOUNT), existingAccount(COGS_ACCOUNT),
                    existingAccount(ASSET_ACCOUNT), null, null, null, null)).listId();
        }
    }

    /** Adds an active non-inventory item (sold through the standard income account when it exists). */
    public String addNonInventoryItem(String name) {
        return addListItem(ItemType.NON_INVENTORY, name);
    }

    /** Adds an active service item (sold through the standard income account when it exists). */
    public String addServiceItem(String name) {
        return addListItem(ItemType.SERVICE, name);
    }

    private String addListItem(ItemType type, String name) {
        synchronized (lock) {
            String checked = checkNewName(name);
            return data.createItem(new CompanyData.NewItem(type, checked, checked, true, null,
                    existingAccount(INCOME_ACCOUNT), null, null, null, null, null, null)).listId();
        }
    }

    /**
     * Adds an active vendor and returns its ListID.
     *
     * @throws IllegalArgumentException when the name is blank, longer than 41 characters or held by any name list
     */
    public String addVendor(String name) {
        synchronized (lock) {
            return data.addVendor(checkNewEntityName(name), true).listId();
        }
    }

    /** Adds a customer; vendors can then not take its name (3100). Returns its ListID. */
    public String addCustomer(String name) {
        synchronized (lock) {
            return data.addNameEntry(CompanyData.NameList.CUSTOMER, checkNewEntityName(name)).listId();
        }
    }

    /** Adds an "other name" entry; vendors can then not take its name (3100). Returns its ListID. */
    public String addOtherName(String name) {
        synchronized (lock) {
            return data.addNameEntry(CompanyData.NameList.OTHER_NAME, checkNewEntityName(name)).listId();
        }
    }

    /**
     * A QuickBooks user opens the purchase order and saves it unchanged: TimeModified and EditSequence change, so
     * a PurchaseOrderMod carrying the old EditSequence is refused with 3200.
     */
    public void editPurchaseOrder(String txnId) {
        synchronized (lock) {
            PurchaseOrder po = data.purchaseOrder(requireText(txnId, "txnId"))
                    .orElseThrow(() -> new IllegalArgumentException("No purchase order " + txnId));
            OffsetDateTime modified = data.now();
            data.putPurchaseOrder(po.withChanges(modified, data.nextEditSequence(modified), po.lines()));
        }
    }

    /** Sets on hand as a transaction entered by a QuickBooks user would (TimeModified stays unchanged). */
    public void setQuantityOnHand(String itemName, BigDecimal quantityOnHand) {
        Objects.requireNonNull(quantityOnHand, "quantityOnHand");
        synchronized (lock) {
            Item item = requireItem(itemName);
            if (item.type() != ItemType.INVENTORY) {
                throw new IllegalArgumentException("\"" + itemName + "\" is not an inventory item");
            }
            data.setQuantityOnHand(item.listId(), quantityOnHand);
        }
    }

    /** Makes an item active or inactive as a QuickBooks user would (TimeModified and EditSequence change). */
    public void setItemActive(String itemName, boolean active) {
        synchronized (lock) {
            data.setActive(requireItem(itemName).listId(), active);
        }
    }

    /** How the file is open (reported in HostRet/QBFileMode); single-user by default. */
    public void setFileMode(FileMode mode) {
        synchronized (lock) {
            data.fileMode(Objects.requireNonNull(mode, "mode"));
        }
    }

    // ----- the request processor

    /**
     * Processes a qbXML request message set and returns the response message set.
     *
     * @throws QbxmlParseFailure when QuickBooks could not parse the message; then nothing was executed
     */
    public String process(String requestMessageSet) throws QbxmlParseFailure {
        synchronized (lock) {
            messageCount++;
            if (faults.takeFailNextMessage()) {
                throw new QbxmlParseFailure("a test asked for a parse failure of this message");
            }
            MessageSet messageSet = parser.parse(requestMessageSet);
            return writer.write(executor.execute(messageSet), messageSet.includeResponseData());
        }
    }

    /** The Host, Company and Preferences query responses QBWC passes as strHCPResponse on a session's first call. */
    public String hostQueryResponse() {
        synchronized (lock) {
            return writer.write(List.of(
                    RequestResponse.of(RequestParsers.HOST_QUERY, null, Status.OK, List.of(hostInfo.hostRet())),
                    RequestResponse.of(RequestParsers.COMPANY_QUERY, null, Status.OK, List.of(hostInfo.companyRet())),
                    RequestResponse.of(RequestParsers.PREFERENCES_QUERY, null, Status.OK,
                            List.of(hostInfo.preferencesRet()))), true);
        }
    }

    /** The application's QuickBooks session ended (QBWC closed the connection): open iterators become invalid. */
    public void endSession() {
        synchronized (lock) {
            iterators.closeAll();
        }
    }

    /** How many query iterators are open in the current session. */
    public int openIteratorCount() {
        synchronized (lock) {
            return iterators.openCount();
        }
    }

    // ----- fault injection

    /**
     * The next {@code times} ItemInventoryAdd / InventoryAdjustmentAdd / ItemReceiptAdd requests that touch the item
     * (by name without regard to case, or by its ListID) are answered with this status and not executed, e.g. 3175
     * "locked".
     */
    public void injectStatus(String itemName, int statusCode, String message, int times) {
        requireText(itemName, "itemName");
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        synchronized (lock) {
            String listId = data.itemByFullName(itemName).map(Item::listId).orElse(null);
            faults.add(itemName, listId, Status.of(statusCode, Objects.requireNonNull(message, "message")), times);
        }
    }

    /**
     * The next {@code times} requests of this type (e.g. {@code PurchaseOrderAddRq}, or {@code PurchaseOrderAdd})
     * are answered with this status and not executed, e.g. 3180 "could not be saved" or 3175 "in use". A lost
     * answer (the request executed but QuickBooks' response never arrives) is the simulated web connector's
     * {@code dropBeforeResponseToMessage}.
     */
    public void injectRequestStatus(String requestType, int statusCode, String message, int times) {
        String type = requireText(requestType, "requestType").strip();
        if (times < 1) {
            throw new IllegalArgumentException("times must be at least 1, was " + times);
        }
        synchronized (lock) {
            faults.addForRequestType(type.endsWith("Rq") ? type : type + "Rq",
                    Status.of(statusCode, Objects.requireNonNull(message, "message")), times);
        }
    }

    /** The next message set fails with HRESULT 0x80040400 as if QuickBooks could not parse it. */
    public void failNextMessageWithParseError() {
        synchronized (lock) {
            faults.failNextMessage();
        }
    }

    // ----- inspection

    /** The item with this full name (or, failing that, name), without regard to case. */
    public Optional<Item> findItem(String name) {
        synchronized (lock) {
            Optional<Item> byFullName = data.itemByFullName(name);
            if (byFullName.isPresent()) {
                return byFullName;
            }
            return data.items().stream().filter(item -> item.name().equalsIgnoreCase(name.strip())).findFirst();
        }
    }

    /** Every item in creation order. */
    public List<Item> items() {
        synchronized (lock) {
            return data.items();
        }
    }

    public List<Account> accounts() {
        synchronized (lock) {
            return data.accounts();
        }
    }

    /** The posted inventory adjustments in posting order. */
    public List<Adjustment> adjustments() {
        synchronized (lock) {
            return data.adjustments();
        }
    }

    /** Every vendor in creation order. */
    public List<Vendor> vendors() {
        synchronized (lock) {
            return data.vendors();
        }
    }

    /** The vendor with this name, without regard to case. */
    public Optional<Vendor> findVendor(String name) {
        synchronized (lock) {
            return data.vendorByName(requireText(name, "name"));
        }
    }

    /** Every purchase order in creation order, as it is now (received quantities included). */
    public List<PurchaseOrder> purchaseOrders() {
        synchronized (lock) {
            return data.purchaseOrders();
        }
    }

    /** The purchase order with this TxnID. */
    public Optional<PurchaseOrder> findPurchaseOrder(String txnId) {
        synchronized (lock) {
            return data.purchaseOrder(requireText(txnId, "txnId"));
        }
    }

    /** Every item receipt in posting order. */
    public List<ItemReceipt> itemReceipts() {
        synchronized (lock) {
            return data.itemReceipts();
        }
    }

    /** How many requests of this type (e.g. {@code ItemInventoryAddRq}) were executed and answered. */
    public int requestCount(String requestType) {
        synchronized (lock) {
            return executor.requestCount(requestType);
        }
    }

    /** How many message sets {@link #process(String)} received, including the ones that failed to parse. */
    public int messageCount() {
        synchronized (lock) {
            return messageCount;
        }
    }

    private String checkNewName(String name) {
        String checked = requireText(name, "name").strip();
        if (checked.length() > CompanyData.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("QuickBooks item names have at most " + CompanyData.NAME_MAX_LENGTH
                    + " characters: \"" + checked + "\"");
        }
        if (data.itemByFullName(checked).isPresent()) {
            throw new IllegalArgumentException("The item name \"" + checked + "\" is already in use");
        }
        return checked;
    }

    private String checkNewEntityName(String name) {
        String checked = requireText(name, "name").strip();
        if (checked.codePointCount(0, checked.length()) > VendorHandler.NAME_MAX_LENGTH) {
            throw new IllegalArgumentException("QuickBooks names have at most " + VendorHandler.NAME_MAX_LENGTH
                    + " characters: \"" + checked + "\"");
        }
        if (data.nameInUse(checked)) {
            throw new IllegalArgumentException("The name \"" + checked + "\" is already in use");
        }
        return checked;
    }

    private Item requireItem(String itemName) {
        return data.itemByFullName(requireText(itemName, "itemName"))
                .orElseThrow(() -> new IllegalArgumentException("No item named \"" + itemName + "\""));
    }

    private String existingAccount(String fullName) {
        return data.accountByFullName(fullName).map(Account::fullName).orElse(null);
    }

    private static String requireText(String value, String what) {
        if (value == null || value.isBlank()) {
            throw new IllegalArgumentException(what + " must not be blank");
        }
        return value;
    }
}
