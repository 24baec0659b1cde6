package io.atqb.sandbox.quickbooks;

import io.atqb.TestClock;
import io.atqb.qbxml.ItemReceiptAddRq;
import io.atqb.qbxml.ItemReceiptLineAdd;
import io.atqb.qbxml.OnError;
import io.atqb.qbxml.PurchaseOrderAddRq;
import io.atqb.qbxml.PurchaseOrderAddRs;
import io.atqb.qbxml.PurchaseOrderLineAdd;
import io.atqb.qbxml.PurchaseOrderRet;
import io.atqb.qbxml.QbxmlRequest;
import io.atqb.qbxml.QbxmlResponse;
import io.atqb.qbxml.QbxmlResponseReader;
import io.atqb.qbxml.QbxmlVersion;
import io.atqb.qbxml.QbxmlWriter;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;

/**
 * A company file with a vendor and two inventory parts, talked to through the application's own qbXML writer and
 * reader, so each test also proves that what the transfer writes is what the simulated QuickBooks accepts.
 */
final class PurchasingFixture {

    static final String GUID = "{3F2504E0-4F89-41D3-9A0C-0305E82C3301}";

    final TestClock clock = new TestClock(Instant.parse("2026-05-04T15:00:00Z"), ZoneOffset.ofHours(-5));
    final SandboxCompanyFile company = SandboxCompanyFile.withStandardAccounts("Acme Test Co", clock);
    final String vendorId;
    final String widgetId;
    final String gadgetId;
    private final QbxmlWriter writer = new QbxmlWriter();
    private final QbxmlResponseReader reader = new QbxmlResponseReader();
    private int requestNumber;

    PurchasingFixture() {
        vendorId = company.addVendor("Acme Supply");
        widgetId = company.addInventoryItem("WID-100", new BigDecimal("10"), true);
        gadgetId = company.addInventoryItem("GADGET-1", BigDecimal.ZERO, true);
    }

    /** Sends the requests in one message set (continueOnError) and reads the answers. */
    List<QbxmlResponse> send(OnError onError, QbxmlRequest... requests) {
        List<QbxmlRequest> numbered = new ArrayList<>();
        for (QbxmlRequest request : requests) {
            numbered.add(request.requestId() == null ? request.withRequestId("t-" + ++requestNumber) : request);
        }
        return reader.readAll(company.process(writer.write(QbxmlVersion.V13_0, onError, numbered)));
    }

    @SuppressWarnings("unchecked")
    <T extends QbxmlResponse> T sendOne(QbxmlRequest request) {
        return (T) send(OnError.CONTINUE_ON_ERROR, request).get(0);
    }

    /** A purchase order for the vendor: 5 widgets at 2.50 and 3 gadgets at 10. */
    PurchaseOrderAddRq purchaseOrder(String refNumber) {
        return new PurchaseOrderAddRq(null, vendorId, LocalDate.of(2026, 5, 4), refNumber, null, "memo",
                "Please deliver to the back door", GUID,
                List.of(new PurchaseOrderLineAdd(widgetId, "Widget", new BigDecimal("5"), new BigDecimal("2.50"),
                                "ATPOI-1"),
                        new PurchaseOrderLineAdd(gadgetId, null, new BigDecimal("3"), BigDecimal.TEN, "ATPOI-2")));
    }

    /** Adds {@link #purchaseOrder(String)} and returns what QuickBooks answered. */
    PurchaseOrderRet addPurchaseOrder(String refNumber) {
        PurchaseOrderAddRs added = sendOne(purchaseOrder(refNumber));
        if (!added.status().isOk()) {
            throw new AssertionError("PurchaseOrderAdd failed: " + added.status());
        }
        return added.purchaseOrder();
    }

    ItemReceiptAddRq receipt(String refNumber, ItemReceiptLineAdd... lines) {
        return new ItemReceiptAddRq(null, vendorId, LocalDate.of(2026, 5, 6), refNumber, null, null, List.of(lines));
    }

    BigDecimal onHand(String itemName) {
        return company.findItem(itemName).orElseThrow().quantityOnHand();
    }

    PurchaseOrder stored(String txnId) {
        return company.findPurchaseOrder(txnId).orElseThrow();
    }
}
