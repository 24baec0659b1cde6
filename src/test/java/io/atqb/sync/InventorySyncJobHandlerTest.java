package io.atqb.sync;

import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;

import io.atqb.qbwc.QbwcJob;
import io.atqb.qbwc.RequestQueue;
import io.atqb.qbxml.ActiveStatus;
import io.atqb.qbxml.InventoryAdjustmentAddRq;
import io.atqb.qbxml.InventoryAdjustmentAddRs;
import io.atqb.qbxml.ItemInventoryAddRq;
import io.atqb.qbxml.ItemInventoryAddRs;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.qbxml.ItemQueryRq;
import io.atqb.qbxml.ItemQueryRs;
import io.atqb.qbxml.QbxmlStatus;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job handler only hands each kind of QuickBooks answer to the one typed method that handles it. */
class InventorySyncJobHandlerTest {

    static final long RUN = 7;
    static final QbxmlStatus OK = new QbxmlStatus(0, "Info", "Status OK");
    static final QbwcJob JOB = new QbwcJob(1, 3, InventorySyncJobHandler.JOB_TYPE, QbwcJob.Status.ACTIVE, RUN, "t", null);

    final InventorySyncPhases phases = mock(InventorySyncPhases.class);
    final QuickBooksInventoryReader reader = mock(QuickBooksInventoryReader.class);
    final InventorySyncResponses responses = mock(InventorySyncResponses.class);
    final RequestQueue queue = mock(RequestQueue.class);
    final InventorySyncJobHandler handler = new InventorySyncJobHandler(phases, reader, responses);

    @Test
    void shouldHandAnIteratorPageToTheReader() {
        ItemInventoryQueryRs page = new ItemInventoryQueryRs("1", OK, "it-1", 0, List.of());

        handler.handleResponse(JOB, ItemInventoryQueryRq.start("1", 10, ActiveStatus.ALL, List.of()), page, queue);

        verify(reader).page(RUN, page, queue);
        verifyNoInteractions(responses);
    }

    @Test
    void shouldHandAnItemReadByListIdToTheResponses() {
        ItemInventoryQueryRq byListId = ItemInventoryQueryRq.byListIds("2", List.of("L1"), List.of());
        ItemInventoryQueryRs rs = new ItemInventoryQueryRs("2", OK, null, null, List.of());

        handler.handleResponse(JOB, byListId, rs, queue);

        verify(responses).itemRefreshed(RUN, byListId, rs, queue);
        verifyNoInteractions(reader);
    }

    @Test
    void shouldHandEachWriteAnswerToItsOwnMethod() {
        ItemInventoryAddRq add = new ItemInventoryAddRq("3", "Widget", null, "Sales", null, "COGS", "Inventory Asset");
        ItemInventoryAddRs added = new ItemInventoryAddRs("3", OK, null, null);
        ItemQueryRq inspect = ItemQueryRq.byFullNames("4", List.of("Widget"));
        ItemQueryRs inspected = new ItemQueryRs("4", OK, List.of());
        InventoryAdjustmentAddRq adjust = new QuickBooksRequests(new InventorySyncProperties("", "UTC", 1000, 100))
                .adjustment(RUN, List.of(ReconciliationTest.product(1, "Widget", 5).linked("L1", null)), "Adjustments");
        InventoryAdjustmentAddRs adjusted = new InventoryAdjustmentAddRs("5", OK, null, null);

        handler.handleResponse(JOB, add, added, queue);
        handler.handleResponse(JOB, inspect, inspected, queue);
        handler.handleResponse(JOB, adjust, adjusted, queue);

        verify(responses).created(RUN, add, added, queue);
        verify(responses).nameInspected(RUN, inspect, inspected, queue);
        verify(responses).adjusted(RUN, adjust, adjusted, queue);
    }

    @Test
    void shouldIgnoreAnAnswerThatDoesNotFitItsRequest() {
        handler.handleResponse(JOB, ItemQueryRq.byFullNames("6", List.of("Widget")),
                new ItemInventoryAddRs("6", OK, null, null), queue);

        verifyNoInteractions(responses, reader);
    }

    @Test
    void shouldHandTheSessionStepsToThePhases() {
        handler.beginSession(JOB, null, queue);
        handler.next(JOB, null, queue);
        handler.interrupted(JOB, "dropped");

        verify(phases).beginSession(RUN, queue);
        verify(phases).next(RUN, queue);
        verify(phases).interrupted(RUN, "dropped");
    }
}
