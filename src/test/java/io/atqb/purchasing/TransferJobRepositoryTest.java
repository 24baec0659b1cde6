package io.atqb.purchasing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.flywaydb.core.Flyway;
import org.flywaydb.core.api.MigrationVersion;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * A transfer job's working rows on the project's own migrations (H2 in memory): a PO's Autotask data is kept apart
 * from its working row (written once when the job loads, untouched while the row moves through its steps) and goes
 * with the job's rows.
 */
class TransferJobRepositoryTest {

    private static final Instant READ = Instant.parse("2026-03-02T10:00:00Z");

    private DriverManagerDataSource dataSource;
    private JdbcClient jdbc;
    private TransferJobRepository work;

    @BeforeEach
    void database() {
        dataSource = new DriverManagerDataSource("jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        jdbc = JdbcClient.create(dataSource);
        work = new TransferJobRepository(jdbc, new JdbcTemplate(dataSource));
    }

    @Test
    void shouldKeepAPurchaseOrdersAutotaskDataAsLoadedWhileItsRowMovesThroughItsSteps() {
        migrate(null);
        work.replaceAll(1, List.of(newWork(1, 501, "{\"po\":501}"), newWork(1, 502, "{\"po\":502}")));

        TransferWork row = work.work(1, 501).orElseThrow();
        work.save(row.at(TransferWork.Step.RECEIPTS).withVendor("80000001-1").withQuickBooksLines("{\"q\":1}"));

        TransferWork moved = work.work(1, 501).orElseThrow();
        assertThat(moved.step()).isEqualTo(TransferWork.Step.RECEIPTS);
        assertThat(moved.vendorListId()).isEqualTo("80000001-1");
        assertThat(moved.quickbooksLines()).isEqualTo("{\"q\":1}");
        assertThat(moved.readAt()).isEqualTo(READ);
        assertThat(moved.detail()).as("rows are read without their Autotask data").isNull();
        assertThat(work.at(1, TransferWork.Step.VENDOR)).extracting(TransferWork::detail).containsOnlyNulls();
        assertThat(work.detail(1, 501)).contains("{\"po\":501}");
        assertThat(work.detail(1, 502)).contains("{\"po\":502}");
        assertThat(work.detail(1, 503)).isEmpty();
        assertThat(work.detail(2, 501)).isEmpty();
    }

    @Test
    void shouldSaveEachRowOfABatchAsGivenAndLeaveOtherRowsAndJobsAlone() {
        migrate(null);
        work.replaceAll(1, List.of(newWork(1, 501, "{}"), newWork(1, 502, "{}"), newWork(1, 503, "{}")));
        work.replaceAll(2, List.of(newWork(2, 501, "{}")));

        work.saveAll(List.of(work.work(1, 501).orElseThrow().at(TransferWork.Step.ITEMS).withVendor("80000001-1"),
                work.work(1, 502).orElseThrow().at(TransferWork.Step.FAILED).withMessage("no lines")
                        .withQuickBooksLines("{\"q\":2}")));
        work.saveAll(List.of());

        assertThat(work.work(1)).extracting(TransferWork::purchaseOrderId, TransferWork::step,
                TransferWork::vendorListId, TransferWork::message, TransferWork::quickbooksLines).containsExactly(
                tuple(501L, TransferWork.Step.ITEMS, "80000001-1", null, null),
                tuple(502L, TransferWork.Step.FAILED, null, "no lines", "{\"q\":2}"),
                tuple(503L, TransferWork.Step.VENDOR, null, null, null));
        assertThat(work.work(2, 501)).map(TransferWork::step).contains(TransferWork.Step.VENDOR);
    }

    @Test
    void shouldFindARowByTheKeysLoadedWithItAtItsCurrentStepOnly() {
        migrate(null);
        work.replaceAll(1, List.of(newWork(1, 501, "{}"), newWork(1, 502, "{}")));
        work.replaceAll(2, List.of(newWork(2, 501, "{}")));
        work.save(work.work(1, 501).orElseThrow().at(TransferWork.Step.ORDER_WAIT));

        assertThat(work.atWithGuid(1, TransferWork.Step.ORDER_WAIT, "{A-501}")).map(TransferWork::purchaseOrderId)
                .contains(501L);
        assertThat(work.atWithGuid(1, TransferWork.Step.VENDOR, "{a-501}")).isEmpty();
        assertThat(work.atWithGuid(1, TransferWork.Step.ORDER_WAIT, null)).isEmpty();
        assertThat(work.atWithVendor(1, TransferWork.Step.VENDOR, "acme")).extracting(TransferWork::purchaseOrderId)
                .containsExactly(502L);
        assertThat(work.atWithVendor(1, TransferWork.Step.VENDOR, "other")).isEmpty();
        assertThat(work.atWithRefNumbersWithoutTxn(1, TransferWork.Step.ORDER_WAIT, List.of("TPO-501", "TPO-502")))
                .extracting(TransferWork::purchaseOrderId).containsExactly(501L);
        assertThat(work.atWithRefNumbersWithoutTxn(2, TransferWork.Step.VENDOR, List.of("TPO-501")))
                .extracting(TransferWork::jobId).containsExactly(2L);
    }

    @Test
    void shouldReplaceAPurchaseOrdersAutotaskDataWhenTheJobLoadsItAgainAndLeaveOtherJobsAlone() {
        migrate(null);
        work.replaceAll(1, List.of(newWork(1, 501, "{\"old\":true}"), newWork(1, 502, "{\"po\":502}")));
        work.replaceAll(2, List.of(newWork(2, 501, "{\"job\":2}")));

        work.replaceAll(1, List.of(newWork(1, 501, "{\"new\":true}")));

        assertThat(work.detail(1, 501)).contains("{\"new\":true}");
        assertThat(work.detail(1, 502)).contains("{\"po\":502}");
        assertThat(work.detail(2, 501)).contains("{\"job\":2}");
        assertThat(rows("purchase_order_transfer_work_detail")).isEqualTo(3);
    }

    @Test
    void shouldRefuseARowWithoutItsAutotaskDataBeforeWritingAnything() {
        migrate(null);
        work.replaceAll(1, List.of(newWork(1, 501, "{\"po\":501}")));

        assertThatThrownBy(() -> work.replaceAll(1, List.of(newWork(1, 501, "{\"again\":1}"), newWork(1, 502, null))))
                .isInstanceOf(NullPointerException.class)
                .hasMessage("Purchase order 502 has no Autotask data to carry");

        assertThat(work.detail(1, 501)).contains("{\"po\":501}");
        assertThat(work.work(1, 502)).isEmpty();
    }

    @Test
    void shouldDeleteTheJobsDataWithItsRowsAndKeepOtherJobs() {
        migrate(null);
        work.replaceAll(1, List.of(newWork(1, 501, "{}"), newWork(1, 502, "{}")));
        work.replaceAll(2, List.of(newWork(2, 501, "{}")));

        work.deleteWork(1);

        assertThat(work.work(1)).isEmpty();
        assertThat(work.detail(1, 501)).isEmpty();
        assertThat(jdbc.sql("SELECT COUNT(*) FROM purchase_order_transfer_work_product WHERE job_id = 1")
                .query(Long.class).single()).isZero();
        assertThat(work.work(2)).hasSize(1);
        assertThat(work.detail(2, 501)).contains("{}");
    }

    @ParameterizedTest
    @EnumSource(TransferWork.Step.class)
    void shouldCountEveryRowButTheFinalOnesAsUnfinished(TransferWork.Step step) {
        migrate(null);
        assertThat(work.countUnfinished(1)).as("a job without rows").isZero();
        work.replaceAll(1, List.of(newWork(1, 501, "{}"), newWork(1, 502, "{}")));
        work.replaceAll(2, List.of(newWork(2, 601, "{}")));

        work.save(work.work(1, 501).orElseThrow().at(step));

        assertThat(work.countUnfinished(1)).isEqualTo(step.isFinal() ? 1 : 2);
        assertThat(work.countUnfinished(1)).isEqualTo(
                (int) work.work(1).stream().filter(r -> !r.step().isFinal()).count());
        assertThat(work.countUnfinished(2)).isEqualTo(1);
    }

    @Test
    void shouldMoveTheAutotaskDataOfAJobInFlightWhenTheDatabaseIsUpgraded() {
        migrate("53");
        jdbc.sql("INSERT INTO purchase_order_transfer_work (job_id, purchase_order_id, attempt_id, step, vendor_name,"
                        + " detail, read_at, vendor_key, purchase_order_guid, ref_number) VALUES (7, 501, 3, 'ORDER',"
                        + " 'Acme', '{\"po\":501}', :read, 'acme', '{GUID}', 'TPO-1')")
                .param("read", java.sql.Timestamp.from(READ)).update();

        migrate(null);

        assertThat(work.detail(7, 501)).contains("{\"po\":501}");
        TransferWork row = work.work(7, 501).orElseThrow();
        assertThat(row.step()).isEqualTo(TransferWork.Step.ORDER);
        assertThat(row.vendorName()).isEqualTo("Acme");
        assertThat(work.atWithGuid(7, TransferWork.Step.ORDER, "{guid}")).isPresent();
    }

    private void migrate(String target) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration")
                .target(target == null ? MigrationVersion.LATEST : MigrationVersion.fromVersion(target)).load()
                .migrate();
    }

    private long rows(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    private static TransferJobRepository.NewWork newWork(long jobId, long purchaseOrderId, String detail) {
        TransferWork row = new TransferWork(jobId, purchaseOrderId, 1, TransferWork.Step.VENDOR, "Acme", null, detail,
                null, null, READ);
        return new TransferJobRepository.NewWork(row, "acme", "{a-" + purchaseOrderId + "}",
                "TPO-" + purchaseOrderId,
                Map.of(9000L + purchaseOrderId, "item-" + purchaseOrderId));
    }
}
