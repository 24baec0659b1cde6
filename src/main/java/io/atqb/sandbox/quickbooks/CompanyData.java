package io.atqb.sandbox.quickbooks;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The lists and transactions of the sandbox company file and the identifiers QuickBooks would assign.
 * Not thread-safe: {@link SandboxCompanyFile} guards every access with its lock.
 */
final class CompanyData {

    /** QuickBooks' limit for an item Name. */
    static final int NAME_MAX_LENGTH = 31;
    /** QuickBooks' limit for a FullName. */
    static final int FULL_NAME_MAX_LENGTH = 159;

    private final String companyName;
    private final Clock clock;
    private final Map<String, Item> items = new LinkedHashMap<>();
    /** ListID by full name without regard to case (full names are unique); items are never renamed here. */
    private final Map<String, String> listIdsByFullName = new HashMap<>();
    private final Map<String, Account> accounts = new LinkedHashMap<>();
    private final List<Adjustment> adjustments = new ArrayList<>();
    private final Map<String, OffsetDateTime> quantityChangedAt = new HashMap<>();
    private final Map<String, Vendor> vendors = new LinkedHashMap<>();
    /** Customers and other names by name key: they share the name space with vendors. */
    private final Map<String, NameEntry> otherNameLists = new HashMap<>();
    private final Map<String, PurchaseOrder> purchaseOrders = new LinkedHashMap<>();
    private final Map<String, ItemReceipt> itemReceipts = new LinkedHashMap<>();
    private long lastEditSequence;
    private long nextListSequence = 0x80000001L;
    private long nextTxnSequence = 0x10L;
    private int nextTxnNumber = 1;
    private FileMode fileMode = FileMode.SINGLE_USER;

    CompanyData(String companyName, Clock clock) {
        this.companyName = companyName;
        this.clock = clock;
    }

    String companyName() {
        return companyName;
    }

    Clock clock() {
        return clock;
    }

    FileMode fileMode() {
        return fileMode;
    }

    void fileMode(FileMode mode) {
        this.fileMode = mode;
    }

    /** The current time at QuickBooks' one-second resolution. */
    OffsetDateTime now() {
        return OffsetDateTime.now(clock).truncatedTo(ChronoUnit.SECONDS);
    }

    /** A ListID in QuickBooks' form: sequence (hex) and creation time, e.g. {@code 80000012-1718030000}. */
    String newListId(OffsetDateTime created) {
        return String.format(Locale.ROOT, "%08X-%d", nextListSequence++, created.toEpochSecond());
    }

    /** A TxnID or TxnLineID in QuickBooks' form, e.g. {@code 1A-1718030000}. */
    String newTxnId(OffsetDateTime created) {
        return String.format(Locale.ROOT, "%X-%d", nextTxnSequence++, created.toEpochSecond());
    }

    int newTxnNumber() {
        return nextTxnNumber++;
    }

    static String editSequence(OffsetDateTime modified) {
        return Long.toString(modified.toEpochSecond());
    }

    /**
     * An EditSequence for a vendor or transaction that changes now: the time in seconds, but always above the last
     * one handed out, so two changes within one second (or under a fixed test clock) never share one.
     */
    String nextEditSequence(OffsetDateTime modified) {
        lastEditSequence = Math.max(modified.toEpochSecond(), lastEditSequence + 1);
        return Long.toString(lastEditSequence);
    }

    // ----- accounts

    Account addAccount(String fullName, String accountType) {
        if (accountByFullName(fullName).isPresent()) {
            throw new IllegalArgumentException("The account \"" + fullName + "\" already exists");
        }
        Account account = new Account(newListId(now()), fullName, accountType);
        accounts.put(account.listId(), account);
        return account;
    }

    Optional<Account> accountByFullName(String fullName) {
        return accounts.values().stream().filter(a -> a.fullName().equalsIgnoreCase(fullName.strip())).findFirst();
    }

    /** Resolves a reference by ListID when it has one, else by FullName (without regard to case). */
    Optional<Account> resolveAccount(ListRef ref) {
        if (ref.listId() != null && !ref.listId().isBlank()) {
            return Optional.ofNullable(accounts.get(ref.listId().strip()));
        }
        return accountByFullName(ref.fullName());
    }

    String accountListId(String fullName) {
        return fullName == null ? null : accountByFullName(fullName).map(Account::listId).orElse(null);
    }

    List<Account> accounts() {
        return List.copyOf(accounts.values());
    }

    // ----- items

    List<Item> items() {
        return List.copyOf(items.values());
    }

    Optional<Item> itemByListId(String listId) {
        return Optional.ofNullable(items.get(listId.strip()));
    }

    Optional<Item> itemByFullName(String fullName) {
        String listId = listIdsByFullName.get(nameKey(fullName));
        return listId == null ? Optional.empty() : Optional.ofNullable(items.get(listId));
    }

    /** Resolves an item reference by ListID when it has one, else by FullName (without regard to case). */
    Optional<Item> resolveItem(ListRef ref) {
        if (ref.listId() != null && !ref.listId().isBlank()) {
            return itemByListId(ref.listId());
        }
        return ref.fullName() == null ? Optional.empty() : itemByFullName(ref.fullName());
    }

    /** Creates an item; the caller has checked the name rules. */
    Item createItem(NewItem spec) {
        OffsetDateTime created = now();
        Item item = new Item(newListId(created), spec.type(), spec.name(), spec.fullName(), spec.active(),
                spec.type() == ItemType.INVENTORY ? spec.quantityOnHand() : null, spec.incomeAccount(),
                spec.cogsAccount(), spec.assetAccount(), spec.salesDesc(), spec.purchaseDesc(), spec.salesPrice(),
                spec.purchaseCost(), created, created, editSequence(created));
        items.put(item.listId(), item);
        listIdsByFullName.put(nameKey(item.fullName()), item.listId());
        return item;
    }

    /** Sets on hand the way a posted transaction does: TimeModified stays, the change time is remembered. */
    void setQuantityOnHand(String listId, BigDecimal quantity) {
        Item item = items.get(listId);
        items.put(listId, item.withQuantityOnHand(quantity));
        quantityChangedAt.put(listId, now());
    }

    void setActive(String listId, boolean active) {
        OffsetDateTime modified = now();
        Item item = items.get(listId);
        items.put(listId, item.withActive(active, modified, editSequence(modified)));
    }

    /** The latest of TimeModified and the last on-hand change: what FromModifiedDate/ToModifiedDate filter on. */
    OffsetDateTime lastChange(Item item) {
        OffsetDateTime quantityChange = quantityChangedAt.get(item.listId());
        return quantityChange != null && quantityChange.isAfter(item.timeModified())
                ? quantityChange : item.timeModified();
    }

    // ----- transactions

    void addAdjustment(Adjustment adjustment) {
        adjustments.add(adjustment);
    }

    List<Adjustment> adjustments() {
        return List.copyOf(adjustments);
    }

    // ----- names: vendors, customers, other names (one name space without regard to case)

    /** A customer or other-name entry: only its name matters to the sandbox (it blocks the name for vendors). */
    record NameEntry(String listId, String name, NameList list) {
    }

    /** The name lists besides vendors whose names a vendor may not take. */
    enum NameList {
        CUSTOMER("customer"), OTHER_NAME("other name");

        private final String label;

        NameList(String label) {
            this.label = label;
        }

        String label() {
            return label;
        }
    }

    Vendor addVendor(String name, boolean active) {
        OffsetDateTime created = now();
        Vendor vendor = new Vendor(newListId(created), name, active, created, created, nextEditSequence(created));
        vendors.put(vendor.listId(), vendor);
        return vendor;
    }

    List<Vendor> vendors() {
        return List.copyOf(vendors.values());
    }

    Optional<Vendor> vendorByListId(String listId) {
        return Optional.ofNullable(vendors.get(listId.strip()));
    }

    Optional<Vendor> vendorByName(String name) {
        String key = nameKey(name);
        return vendors.values().stream().filter(vendor -> nameKey(vendor.name()).equals(key)).findFirst();
    }

    /** Resolves a vendor reference by ListID when it has one, else by name (without regard to case). */
    Optional<Vendor> resolveVendor(ListRef ref) {
        if (ref.listId() != null && !ref.listId().isBlank()) {
            return vendorByListId(ref.listId());
        }
        return ref.fullName() == null ? Optional.empty() : vendorByName(ref.fullName());
    }

    NameEntry addNameEntry(NameList list, String name) {
        NameEntry entry = new NameEntry(newListId(now()), name, list);
        otherNameLists.put(nameKey(name), entry);
        return entry;
    }

    /** The customer or other name holding this name (without regard to case), if any. */
    Optional<NameEntry> otherNameHolding(String name) {
        return Optional.ofNullable(otherNameLists.get(nameKey(name)));
    }

    /** Whether any name list (vendors, customers, other names) holds the name, without regard to case. */
    boolean nameInUse(String name) {
        return vendorByName(name).isPresent() || otherNameHolding(name).isPresent();
    }

    // ----- purchase orders and item receipts

    void putPurchaseOrder(PurchaseOrder purchaseOrder) {
        purchaseOrders.put(purchaseOrder.txnId(), purchaseOrder);
    }

    Optional<PurchaseOrder> purchaseOrder(String txnId) {
        return Optional.ofNullable(purchaseOrders.get(txnId.strip()));
    }

    List<PurchaseOrder> purchaseOrders() {
        return List.copyOf(purchaseOrders.values());
    }

    void addItemReceipt(ItemReceipt receipt) {
        itemReceipts.put(receipt.txnId(), receipt);
    }

    Optional<ItemReceipt> itemReceipt(String txnId) {
        return Optional.ofNullable(itemReceipts.get(txnId.strip()));
    }

    List<ItemReceipt> itemReceipts() {
        return List.copyOf(itemReceipts.values());
    }

    /** The item receipts with a line linked to this purchase order, in posting order. */
    List<ItemReceipt> receiptsLinkedTo(String purchaseOrderTxnId) {
        return itemReceipts.values().stream()
                .filter(receipt -> receipt.lines().stream()
                        .anyMatch(line -> purchaseOrderTxnId.equals(line.linkedTxnId())))
                .toList();
    }

    /** What to create: the validated fields of a new item. */
    record NewItem(ItemType type, String name, String fullName, boolean active, BigDecimal quantityOnHand,
                   String incomeAccount, String cogsAccount, String assetAccount, String salesDesc,
                   String purchaseDesc, BigDecimal salesPrice, BigDecimal purchaseCost) {
    }

    private static String nameKey(String fullName) {
        return fullName.strip().toLowerCase(Locale.ROOT);
    }
}
