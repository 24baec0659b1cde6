package io.atqb.sandbox.quickbooks;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;

/**
 * Routes the vendor, purchase-order and item-receipt requests to their handlers and answers the transaction
 * queries (PurchaseOrderQueryRq, ItemReceiptQueryRq) by TxnID, by RefNumber or all up to MaxReturned.
 */
final class PurchasingHandlers {

    private final CompanyData data;
    private final PurchasingRets rets;
    private final VendorHandler vendors;
    private final PurchaseOrderHandler purchaseOrders;
    private final ItemReceiptHandler itemReceipts;

    PurchasingHandlers(CompanyData data, FaultInjections faults) {
        this.data = data;
        this.rets = new PurchasingRets(data);
        this.vendors = new VendorHandler(data, rets);
        this.purchaseOrders = new PurchaseOrderHandler(data, rets);
        this.itemReceipts = new ItemReceiptHandler(data, faults, rets);
    }

    /** The response, or empty when the request is not one of the purchasing requests. */
    Optional<RequestResponse> handle(QbxmlRequest request) {
        if (request instanceof VendorQueryRequest query) {
            return Optional.of(vendors.query(query));
        }
        if (request instanceof VendorAddRequest add) {
            return Optional.of(vendors.add(add));
        }
        if (request instanceof PurchaseOrderAddRequest add) {
            return Optional.of(purchaseOrders.add(add));
        }
        if (request instanceof PurchaseOrderModRequest mod) {
            return Optional.of(purchaseOrders.mod(mod));
        }
        if (request instanceof ItemReceiptAddRequest add) {
            return Optional.of(itemReceipts.add(add));
        }
        if (request instanceof TxnQueryRequest query) {
            return Optional.of(PurchasingParsers.PURCHASE_ORDER_QUERY.equals(query.requestType())
                    ? query(query, data.purchaseOrders(), PurchaseOrder::txnId, PurchaseOrder::refNumber,
                            this::purchaseOrderRet)
                    : query(query, data.itemReceipts(), ItemReceipt::txnId, ItemReceipt::refNumber,
                            this::itemReceiptRet));
        }
        return Optional.empty();
    }

    /** How one kind of transaction is written for a query. */
    private interface RetWriter<T> {
        RetNode write(T txn, TxnQueryRequest query);
    }

    private RetNode purchaseOrderRet(PurchaseOrder po, TxnQueryRequest query) {
        return rets.purchaseOrder(po, query.includeLineItems(), query.includeLinkedTxns());
    }

    private RetNode itemReceiptRet(ItemReceipt receipt, TxnQueryRequest query) {
        return rets.itemReceipt(receipt, query.includeLineItems(), query.includeLinkedTxns());
    }

    private static <T> RequestResponse query(TxnQueryRequest query, List<T> all, Function<T, String> txnId,
            Function<T, String> refNumber, RetWriter<T> writer) {
        if (query.unsupportedFilter() != null) {
            return RequestResponse.statusOnly(query.requestType(), query.requestId(),
                    Status.notSupported("the " + query.requestType() + " filter " + query.unsupportedFilter()));
        }
        List<T> found = new ArrayList<>();
        String missing = null;
        if (!query.txnIds().isEmpty()) {
            for (String id : query.txnIds()) {
                Optional<T> txn = findByTxnId(all, txnId, id);
                if (txn.isPresent()) {
                    found.add(txn.get());
                } else if (missing == null) {
                    missing = id;
                }
            }
        } else if (!query.refNumbers().isEmpty()) {
            for (T txn : all) {
                if (matchesRefNumber(query, refNumber.apply(txn))) {
                    found.add(txn);
                }
            }
        } else {
            found.addAll(query.maxReturned() == null ? all : all.subList(0, Math.min(all.size(), query.maxReturned())));
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
        List<RetNode> nodes = new ArrayList<>();
        for (T txn : found) {
            nodes.add(writer.write(txn, query).restrictedTo(query.includeRetElements()));
        }
        return RequestResponse.of(query.requestType(), query.requestId(), status, nodes);
    }

    private static <T> Optional<T> findByTxnId(List<T> all, Function<T, String> txnId, String wanted) {
        for (T txn : all) {
            if (txnId.apply(txn).equals(wanted)) {
                return Optional.of(txn);
            }
        }
        return Optional.empty();
    }

    private static boolean matchesRefNumber(TxnQueryRequest query, String refNumber) {
        if (refNumber == null) {
            return false;
        }
        for (String wanted : query.refNumbers()) {
            boolean match = query.refNumbersCaseSensitive() ? wanted.equals(refNumber)
                    : wanted.toLowerCase(Locale.ROOT).equals(refNumber.toLowerCase(Locale.ROOT));
            if (match) {
                return true;
            }
        }
        return false;
    }
}
