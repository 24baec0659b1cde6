package io.atqb.autotask;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.apache.camel.Body;
import org.apache.camel.Exchange;
import org.apache.camel.ExchangeProperty;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.stereotype.Component;

/**
 * The steps of the snapshot and ledger routes: starts a pull, says what each entity query reads (as a
 * {@link PagedPull} whose rows go into the pull's {@link SnapshotAccumulator}) and builds the results.
 */
@Component("autotaskSnapshotAssembler")
public class AutotaskSnapshotAssembler {

    /** Date-time format of filter values: UTC without zone, as the API documentation asks. */
    private static final DateTimeFormatter FILTER_DATE = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss.SSS")
            .withZone(ZoneOffset.UTC);

    private final AutotaskProperties properties;
    private final Clock clock;

    @Autowired
    public AutotaskSnapshotAssembler(AutotaskProperties properties) {
        this(properties, Clock.systemUTC());
    }

    AutotaskSnapshotAssembler(AutotaskProperties properties, Clock clock) {
        this.properties = properties;
        this.clock = clock;
    }

    /** Starts a full pull for the request in the body. */
    public void begin(@Body SnapshotRequest request, Exchange exchange) {
        AutotaskCredentialsCheck.requireConfigured(properties);
        PullStats stats = new PullStats(clock);
        SnapshotRequest effective = request == null ? SnapshotRequest.withoutLedger() : request;
        exchange.setProperty(AutotaskExchangeKeys.STATS, stats);
        exchange.setProperty(AutotaskExchangeKeys.ACCUMULATOR,
                new SnapshotAccumulator(effective, properties.inventorySource(), stats, true));
    }

    private PagedPull pull(AutotaskQuery query, RowSink sink) {
        return new PagedPull(query, sink, properties.pageSize(), properties.maxPagesPerQuery());
    }

    public PagedPull locationsPull(@ExchangeProperty(AutotaskExchangeKeys.ACCUMULATOR) SnapshotAccumulator pull) {
        return pull(AutotaskQuery.all(SnapshotAccumulator.LOCATIONS, SnapshotAccumulator.LOCATION_FIELDS, List.of()),
                pull::acceptLocation);
    }

    public PagedPull productsPull(@ExchangeProperty(AutotaskExchangeKeys.ACCUMULATOR) SnapshotAccumulator pull) {
        return pull(AutotaskQuery.all(SnapshotAccumulator.PRODUCTS, SnapshotAccumulator.PRODUCT_FIELDS, List.of()),
                pull::acceptProduct);
    }

    /** On-hand rows from InventoryItems or InventoryProducts; needs locations and products complete. */
    public PagedPull onHandPull(@ExchangeProperty(AutotaskExchangeKeys.ACCUMULATOR) SnapshotAccumulator pull) {
        pull.referencesComplete();
        return pull(AutotaskQuery.all(pull.source().entity(), pull.onHandFields(), List.of()), pull::acceptOnHand);
    }

    /** The ledger POs by id, in batches of {@code autotask.lookup-batch-size}. */
    public PagedPull ledgerPurchaseOrdersPull(
            @ExchangeProperty(AutotaskExchangeKeys.ACCUMULATOR) SnapshotAccumulator pull) {
        pull.referencesComplete();
        return pull(AutotaskQuery.lookup(SnapshotAccumulator.PURCHASE_ORDERS, SnapshotAccumulator.PURCHASE_ORDER_FIELDS,
                "id", pull.ledgerPurchaseOrderIds(), properties.lookupBatchSize(), ids -> List.of()),
                pull::acceptLedgerPurchaseOrder);
    }

    /** The lines of the ledger POs found. */
    public PagedPull ledgerItemsPull(@ExchangeProperty(AutotaskExchangeKeys.ACCUMULATOR) SnapshotAccumulator pull) {
        return pull(AutotaskQuery.lookup(SnapshotAccumulator.PURCHASE_ORDER_ITEMS,
                SnapshotAccumulator.PURCHASE_ORDER_ITEM_FIELDS, "orderID", pull.ledgerPurchaseOrdersFound(),
                properties.lookupBatchSize(), ids -> List.of()), pull::acceptLedgerItem);
    }

    /**
     * The receipts on those lines that can matter: quantity not 0, received at or after the earliest transfer of the
     * batch's POs (the exact "after its own transfer" test is left to the caller).
     */
    public PagedPull ledgerReceivingsPull(
            @ExchangeProperty(AutotaskExchangeKeys.ACCUMULATOR) SnapshotAccumulator pull) {
        return pull(AutotaskQuery.lookup(SnapshotAccumulator.RECEIVING, SnapshotAccumulator.RECEIVING_FIELDS,
                "purchaseOrderItemID", pull.ledgerItemIds(), properties.lookupBatchSize(),
                itemIds -> List.of(
                        AutotaskFilter.gte("receiveDate", filterDate(pull.earliestTransferOfItems(itemIds))),
                        AutotaskFilter.noteq("quantityNowReceiving", 0))),
                pull::acceptLedgerReceiving);
    }

    private static String filterDate(Instant instant) {
        return FILTER_DATE.format(instant.truncatedTo(ChronoUnit.SECONDS));
    }

    public AutotaskSnapshot build(@ExchangeProperty(AutotaskExchangeKeys.ACCUMULATOR) SnapshotAccumulator pull) {
        return pull.build(clock);
    }
}
