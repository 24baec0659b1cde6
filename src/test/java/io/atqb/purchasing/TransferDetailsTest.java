package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.Mockito.spy;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;

import com.fasterxml.jackson.databind.ObjectMapper;
import io.atqb.autotask.AutotaskPurchaseOrder;
import io.atqb.autotask.AutotaskVendor;
import io.atqb.autotask.PurchaseOrderDetail;
import io.atqb.autotask.PurchaseOrderStatus;
import io.atqb.system.MigratedH2;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A PO's Autotask data as the transfer's steps read it (H2 in memory, the project's migrations): parsed once per
 * transfer attempt, and a job that loads again gets what it loaded, not what an earlier load kept.
 */
class TransferDetailsTest {

    private static final Instant READ = Instant.parse("2026-03-02T10:00:00Z");

    private final ObjectMapper json = new ObjectMapper().findAndRegisterModules();
    private TransferJobRepository work;
    private TransferDetails details;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = MigratedH2.migrated();
        work = spy(new TransferJobRepository(JdbcClient.create(dataSource), new JdbcTemplate(dataSource)));
        details = new TransferDetails(json, work);
    }

    @Test
    void shouldReadAndParseAPurchaseOrdersDataOncePerAttemptHoweverOftenItsStepsAskForIt() throws Exception {
        work.replaceAll(1, List.of(newWork(1, 501, 11, "PO-501"), newWork(1, 502, 12, "PO-502")));

        for (int step = 0; step < 6; step++) {
            assertThat(details.detail(work.work(1, 501).orElseThrow()).purchaseOrder().purchaseOrderNumber())
                    .isEqualTo("PO-501");
            assertThat(details.detail(work.work(1, 502).orElseThrow()).purchaseOrder().purchaseOrderNumber())
                    .isEqualTo("PO-502");
        }

        verify(work, times(1)).detail(1, 501);
        verify(work, times(1)).detail(1, 502);
    }

    @Test
    void shouldGiveAJobThatLoadsAgainTheDataOfItsNewLoad() throws Exception {
        work.replaceAll(1, List.of(newWork(1, 501, 11, "PO-501 as first read")));
        assertThat(details.detail(work.work(1, 501).orElseThrow()).purchaseOrder().purchaseOrderNumber())
                .isEqualTo("PO-501 as first read");

        work.replaceAll(1, List.of(newWork(1, 501, 12, "PO-501 as read again")));

        assertThat(details.detail(work.work(1, 501).orElseThrow()).purchaseOrder().purchaseOrderNumber())
                .isEqualTo("PO-501 as read again");
    }

    @Test
    void shouldKeepTheSamePurchaseOrderInTwoJobsApart() throws Exception {
        work.replaceAll(1, List.of(newWork(1, 501, 11, "job 1")));
        work.replaceAll(2, List.of(newWork(2, 501, 21, "job 2")));

        assertThat(details.detail(work.work(2, 501).orElseThrow()).purchaseOrder().purchaseOrderNumber())
                .isEqualTo("job 2");
        assertThat(details.detail(work.work(1, 501).orElseThrow()).purchaseOrder().purchaseOrderNumber())
                .isEqualTo("job 1");
    }

    @Test
    void shouldParseARowThatCarriesItsDataWithoutAskingTheDatabase() throws Exception {
        TransferWork loaded = newWork(3, 601, 31, "PO-601").work();

        assertThat(details.detail(loaded).purchaseOrder().purchaseOrderNumber()).isEqualTo("PO-601");

        verify(work, times(0)).detail(3, 601);
    }

    @Test
    void shouldSayWhatIsMissingAndKeepNothingWhenARowHasNoData() throws Exception {
        TransferWork orphan = new TransferWork(4, 701, 41, TransferWork.Step.VENDOR, "Acme", null, null, null, null,
                READ);

        assertThatThrownBy(() -> details.detail(orphan)).isInstanceOf(IllegalStateException.class)
                .hasMessage("Purchase order 701 has no Autotask data in transfer job 4");
        work.replaceAll(4, List.of(newWork(4, 701, 41, "PO-701")));

        assertThat(details.detail(orphan).purchaseOrder().purchaseOrderNumber()).isEqualTo("PO-701");
    }

    @Test
    void shouldRefuseStoredDataThatIsNotAPurchaseOrder() {
        TransferWork broken = new TransferWork(5, 801, 51, TransferWork.Step.VENDOR, "Acme", null, "{\"purchaseOrder\":",
                null, null, READ);

        assertThatThrownBy(() -> details.detail(broken)).isInstanceOf(IllegalStateException.class)
                .hasMessageStartingWith("Cannot read a stored PurchaseOrderDetail");
    }

    private TransferJobRepository.NewWork newWork(long jobId, long purchaseOrderId, long attemptId, String number)
            throws Exception {
        AutotaskPurchaseOrder header = new AutotaskPurchaseOrder(purchaseOrderId, number, PurchaseOrderStatus.SUBMITTED,
                9, "Acme", READ, READ, null, null, null);
        String detail = json.writeValueAsString(
                new PurchaseOrderDetail(header, new AutotaskVendor(9, "Acme"), List.of(), List.of(), Map.of()));
        TransferWork row = new TransferWork(jobId, purchaseOrderId, attemptId, TransferWork.Step.VENDOR, "Acme", null,
                detail, null, null, READ);
        return new TransferJobRepository.NewWork(row, "acme", "{a-" + purchaseOrderId + "}", "TPO-" + purchaseOrderId,
                Map.of());
    }
}
