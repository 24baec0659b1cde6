package io.atqb.sync;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.history.SyncRun;
import io.atqb.history.SyncRunRepository;
import io.atqb.qbxml.ItemInventoryQueryRq;
import io.atqb.qbxml.ItemInventoryQueryRs;
import io.atqb.qbxml.ItemInventoryRet;
import io.atqb.qbxml.QbxmlStatus;
import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.datasource.DriverManagerDataSource;

/**
 * Reading QuickBooks into a run's picture on the project's own migrations (H2 in memory): while the Autotask
 * snapshot still loads, the read goes ahead without touching the run's phase, and the run reconciles once planned.
 */
class QuickBooksInventoryReaderTest {

    static final QbxmlStatus OK = new QbxmlStatus(0, "Info", "Status OK");
    /** Items per iterator page in these tests (InventorySyncProperties.maxReturned). */
    static final int PAGE = 1000;
    static final QbxmlStatus REFUSED = new QbxmlStatus(3250, "Error", "This feature is not enabled");

    private LoadClaimsFixture fixture;
    private SyncRunRepository runs;
    private QuickBooksPictureRepository picture;
    private QuickBooksInventoryReader reader;
    private final InventorySyncPhasesTest.InMemoryQueue queue = new InventorySyncPhasesTest.InMemoryQueue();
    private long run;

    @BeforeEach
    void database() {
        DriverManagerDataSource dataSource = new DriverManagerDataSource(
                "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1", "sa", "");
        fixture = new LoadClaimsFixture(dataSource);
        runs = fixture.runs;
        JdbcTemplate template = new JdbcTemplate(dataSource);
        picture = new QuickBooksPictureRepository(fixture.jdbc, template);
        reader = new QuickBooksInventoryReader(runs, new SyncItemRepository(fixture.jdbc, template), picture,
                new QuickBooksRequests(new InventorySyncProperties("", "UTC", 1000, 100)));
        run = fixture.loadingRun();
    }

    @Test
    void shouldStartReadingWhileTheSnapshotLoadsWithoutTouchingThePhase() {
        picture.add(run, List.of(QuickBooksItem.of(item("80000009-1", "Left over", "1"))));

        reader.startWhileLoading(run, queue);

        assertThat(queue.queued).singleElement().isInstanceOfSatisfying(ItemInventoryQueryRq.class,
                query -> assertThat(query.iterator()).isNotNull());
        assertThat(reader.state(run)).isEqualTo(PictureState.READING);
        assertThat(picture.load(run)).isEmpty();
        assertThat(phase()).isEqualTo(SyncRun.Phase.LOADING);
    }

    @Test
    void shouldAskForTheNextPageAndStayReadingWhilePagesRemain() {
        reader.startWhileLoading(run, queue);

        reader.page(run, page(OK, 2 * PAGE, item("80000001-1", "Widget", "5")), queue);

        assertThat(queue.queued).hasSize(2);
        assertThat(reader.state(run)).isEqualTo(PictureState.READING);
        assertThat(picture.load(run)).extracting(QuickBooksItem::listId).containsExactly("80000001-1");
    }

    @Test
    void shouldKeepTheLastPageForThePlanWhenItIsNextWhileTheSnapshotLoads() {
        reader.startWhileLoading(run, queue);

        reader.page(run, page(OK, PAGE, item("80000001-1", "Widget", "5")), queue);

        assertThat(queue.queued).hasSize(1);
        assertThat(reader.state(run)).isEqualTo(PictureState.LAST_PAGE);
        assertThat(picture.lastPageIterator(run)).contains("it-1");
        assertThat(phase()).isEqualTo(SyncRun.Phase.LOADING);
    }

    @Test
    void shouldAskForThePageBeforeTheLastWhileTheSnapshotLoads() {
        reader.startWhileLoading(run, queue);

        reader.page(run, page(OK, PAGE + 1, item("80000001-1", "Widget", "5")), queue);

        assertThat(queue.queued).hasSize(2);
        assertThat(reader.state(run)).isEqualTo(PictureState.READING);
    }

    @Test
    void shouldReadOnWhenTheIteratorIdIsTooLongToKeep() {
        reader.startWhileLoading(run, queue);
        String longId = "i".repeat(QuickBooksInventoryReader.MAX_ITERATOR_ID + 1);

        reader.page(run, new ItemInventoryQueryRs("1", OK, longId, 1, List.of()), queue);

        assertThat(queue.queued).hasSize(2);
        assertThat(reader.state(run)).isEqualTo(PictureState.READING);
    }

    @Test
    void shouldAskForTheLastPageOnceThePlanIsInAndReconcileWithIt() {
        reader.startWhileLoading(run, queue);
        reader.page(run, page(OK, 1, item("80000001-1", "Widget", "5")), queue);
        runs.setPhase(run, SyncRun.Phase.READY);

        reader.finish(run, queue);

        assertThat(queue.queued).last().isInstanceOfSatisfying(ItemInventoryQueryRq.class,
                query -> assertThat(query.iteratorId()).isEqualTo("it-1"));
        assertThat(phase()).isEqualTo(SyncRun.Phase.QUERYING);
        reader.page(run, page(OK, 0, item("80000002-1", "Gadget", "1")), queue);
        assertThat(reader.state(run)).isEqualTo(PictureState.READ);
        assertThat(phase()).isEqualTo(SyncRun.Phase.RECONCILING);
        assertThat(picture.load(run)).extracting(QuickBooksItem::listId)
                .containsExactlyInAnyOrder("80000001-1", "80000002-1");
    }

    @Test
    void shouldMarkThePictureReadWhenQuickBooksHasOnlyOnePageWhileTheSnapshotLoads() {
        reader.startWhileLoading(run, queue);

        reader.page(run, page(OK, 0, item("80000001-1", "Widget", "5")), queue);

        assertThat(reader.state(run)).isEqualTo(PictureState.READ);
        assertThat(phase()).isEqualTo(SyncRun.Phase.LOADING);
    }

    @Test
    void shouldGoOnToReconcileWhenTheLastPageComesAfterThePlan() {
        reader.startWhileLoading(run, queue);
        runs.setPhase(run, SyncRun.Phase.READY);

        reader.page(run, page(OK, 0, item("80000001-1", "Widget", "5")), queue);

        assertThat(reader.state(run)).isEqualTo(PictureState.READ);
        assertThat(phase()).isEqualTo(SyncRun.Phase.RECONCILING);
    }

    @Test
    void shouldAskForTheLastPageAtOnceWhenThePlanCameFirst() {
        reader.startWhileLoading(run, queue);
        runs.setPhase(run, SyncRun.Phase.READY);

        reader.page(run, page(OK, 1, item("80000001-1", "Widget", "5")), queue);

        assertThat(queue.queued).hasSize(2);
        assertThat(reader.state(run)).isEqualTo(PictureState.READING);
    }

    @Test
    void shouldOnlyMarkARefusalWhileTheSnapshotLoads() {
        reader.startWhileLoading(run, queue);

        reader.page(run, page(REFUSED, null), queue);

        assertThat(reader.state(run)).isEqualTo(PictureState.REFUSED);
        SyncRun loading = runs.find(run).orElseThrow();
        assertThat(loading.phase()).isEqualTo(SyncRun.Phase.LOADING);
        assertThat(loading.status()).isEqualTo(SyncRun.Status.RUNNING);
    }

    @Test
    void shouldFailTheRunForThisSessionWhenQuickBooksRefusesTheQueryOfAPlannedRun() {
        runs.setPhase(run, SyncRun.Phase.READY);
        reader.start(run, queue);

        reader.page(run, page(REFUSED, null), queue);

        SyncRun refused = runs.find(run).orElseThrow();
        assertThat(refused.status()).isEqualTo(SyncRun.Status.FAILED);
        assertThat(refused.phase()).isEqualTo(SyncRun.Phase.READY);
        assertThat(reader.state(run)).isNotEqualTo(PictureState.READ);
    }

    @Test
    void shouldKeepNothingForARunWhoseLoadFailedMeanwhile() {
        reader.startWhileLoading(run, queue);
        runs.setPhase(run, SyncRun.Phase.LOAD_FAILED);

        reader.page(run, page(OK, 0, item("80000001-1", "Widget", "5")), queue);

        assertThat(picture.load(run)).isEmpty();
        assertThat(reader.state(run)).isEqualTo(PictureState.READING);
    }

    @Test
    void shouldForgetWhatAnEarlierSessionRead() {
        reader.startWhileLoading(run, queue);
        reader.page(run, page(OK, 1, item("80000001-1", "Widget", "5")), queue);

        reader.forget(run);

        assertThat(reader.state(run)).isEqualTo(PictureState.NONE);
        assertThat(picture.lastPageIterator(run)).isEmpty();
    }

    @Test
    void shouldSayNoneForARunNeverRead() {
        assertThat(reader.state(run)).isEqualTo(PictureState.NONE);
        assertThat(reader.state(run + 1000)).isEqualTo(PictureState.NONE);
    }

    private SyncRun.Phase phase() {
        return runs.find(run).orElseThrow().phase();
    }

    private static ItemInventoryQueryRs page(QbxmlStatus status, Integer remaining, ItemInventoryRet... items) {
        return new ItemInventoryQueryRs("1", status, "it-1", remaining, List.of(items));
    }

    private static ItemInventoryRet item(String listId, String name, String quantity) {
        return new ItemInventoryRet(listId, "1", name, name, true, new BigDecimal(quantity), null);
    }
}
