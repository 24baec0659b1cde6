package io.atqb.autotask;

import java.time.Clock;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.apache.camel.CamelExecutionException;
import org.apache.camel.ProducerTemplate;
import org.springframework.stereotype.Service;

/**
 * Java entry to the Autotask purchase-order routes ({@code routes/autotask-purchase-orders.camel.yaml} and
 * {@code routes/autotask-purchase-order-write-back.camel.yaml}): reads POs with their lines, receipts, vendors and
 * products, and writes the QuickBooks PO number back. Every call goes through the Autotask call route (concurrency
 * limiter, retry and backoff); searches and transfer reads check the hourly budget first.
 */
@Service
public class AutotaskPurchasing {

    private final ProducerTemplate producer;
    private final Clock clock;
    private final PurchaseOrderSearchCache searches;

    public AutotaskPurchasing(ProducerTemplate producer, Clock clock, AutotaskPurchasingProperties properties) {
        this.producer = producer;
        this.clock = clock;
        this.searches = new PurchaseOrderSearchCache(properties.searchTtl(), properties.searchCacheEntries());
    }

    /**
     * One PO by id (one GET, plus one for its vendor's name), always read fresh.
     *
     * @return the PO with its vendor name, or empty when Autotask has no such PO
     * @throws AutotaskException when Autotask cannot be read
     */
    @SuppressWarnings("unchecked")
    public Optional<AutotaskPurchaseOrder> purchaseOrder(long id) {
        try {
            return producer.requestBody(AutotaskRouteIds.PURCHASE_ORDER_ENDPOINT, id, Optional.class);
        } catch (CamelExecutionException e) {
            throw AutotaskFailures.unwrap(e);
        }
    }

    /**
     * The POs matching {@code criteria}, in id order with vendor names. The same criteria within
     * {@code autotask.purchase-orders.search-ttl} of a read are answered from that read ({@code fromCache} true,
     * {@code readAt} says when it was read).
     *
     * @throws AutotaskException when Autotask cannot be read
     */
    public PurchaseOrderSearchResult search(PurchaseOrderCriteria criteria) {
        PurchaseOrderCriteria key = criteria == null ? PurchaseOrderCriteria.any() : criteria;
        PurchaseOrderSearchResult kept = searches.lookup(key, clock.instant());
        if (kept != null) {
            return kept;
        }
        PurchaseOrderSearchResult read;
        try {
            read = producer.requestBody(AutotaskRouteIds.PURCHASE_ORDER_SEARCH_ENDPOINT, key,
                    PurchaseOrderSearchResult.class);
        } catch (CamelExecutionException e) {
            throw AutotaskFailures.unwrap(e);
        }
        searches.keep(key, read);
        return read;
    }

    /**
     * Everything the transfer needs, always read fresh: per PO asked for and found (in the order asked, each id
     * once), its header, vendor, lines, receipts (quantity not 0) and products.
     *
     * @throws AutotaskException when Autotask cannot be read
     */
    @SuppressWarnings("unchecked")
    public List<PurchaseOrderDetail> transferData(Collection<Long> purchaseOrderIds) {
        try {
            return producer.requestBody(AutotaskRouteIds.PURCHASE_ORDER_TRANSFER_DATA_ENDPOINT,
                    List.copyOf(purchaseOrderIds), List.class);
        } catch (CamelExecutionException e) {
            throw AutotaskFailures.unwrap(e);
        }
    }

    /**
     * PATCHes the PO's {@code externalPONumber} (that field only). A refusal is {@code written=false} with
     * Autotask's message, never an exception. A write clears the kept search answers.
     *
     * @throws AutotaskException only when Autotask cannot be reached (after the retries)
     */
    public WriteBackResult writeExternalPoNumber(long purchaseOrderId, String externalPONumber) {
        WriteBackResult result;
        try {
            result = producer.requestBody(AutotaskRouteIds.PURCHASE_ORDER_WRITE_BACK_ENDPOINT,
                    new ExternalPoNumberWrite(purchaseOrderId, externalPONumber), WriteBackResult.class);
        } catch (CamelExecutionException e) {
            throw AutotaskFailures.unwrap(e);
        }
        if (result.written()) {
            searches.clear();
        }
        return result;
    }
}
