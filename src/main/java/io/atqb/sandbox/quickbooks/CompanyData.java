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

    /** What to create: the validated fields of a new item. */
    record NewItem(ItemType type, String name, String fullName, boolean active, BigDecimal quantityOnHand,
                   String incomeAccount, String cogsAccount, String assetAccount, String salesDesc,
                   String purchaseDesc, BigDecimal salesPrice, BigDecimal purchaseCost) {
    }

    private static String nameKey(String fullName) {
        return fullName.strip().toLowerCase(Locale.ROOT);
    }
}
