package io.atqb.purchasing;

import io.atqb.system.Texts;
import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The transfer jobs' own rows: whether the Autotask data is loaded, and one working row per PO carried. */
@Repository
class TransferJobRepository {

    private static final String WORK_COLUMNS = "job_id, purchase_order_id, attempt_id, step, vendor_name,"
            + " vendor_list_id, quickbooks_lines, message, read_at";
    /**
     * The working row as read: the Autotask data lives apart ({@code purchase_order_transfer_work_detail}, written
     * once) and {@link TransferDetails} reads it when it is needed.
     */
    private static final String LIGHT_COLUMNS = "w.job_id, w.purchase_order_id, w.attempt_id, w.step, w.vendor_name,"
            + " w.vendor_list_id, w.quickbooks_lines, w.message, w.read_at";
    /** The working rows joined to what was loaded once with them, where the keys answers find a PO by live. */
    private static final String LOADED_JOIN_WORK = " FROM purchase_order_transfer_work_detail d JOIN"
            + " purchase_order_transfer_work w ON w.job_id = d.job_id AND w.purchase_order_id = d.purchase_order_id";
    private static final int BATCH = 500;
    private static final String WORK_TABLE = "purchase_order_transfer_work";
    private static final String DETAIL_TABLE = "purchase_order_transfer_work_detail";
    private static final String PRODUCTS_TABLE = "purchase_order_transfer_work_product";
    private static final String SAVE = "UPDATE purchase_order_transfer_work SET step = ?, vendor_list_id = ?,"
            + " quickbooks_lines = ?, message = ? WHERE job_id = ? AND purchase_order_id = ?";

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    TransferJobRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    /**
     * A new working row with what an answer finds it by: the vendor's name key, the PO's ExternalGUID and RefNumber,
     * and the products of its lines with the keys of their QuickBooks item names (null: Autotask has no product).
     */
    record NewWork(TransferWork work, String vendorKey, String guid, String refNumber, Map<Long, String> itemKeys) {
    }

    /** LOADING: Autotask is being read; LOADED: the working rows hold what was read; LOAD_FAILED: Autotask failed. */
    enum Phase { LOADING, LOADED, LOAD_FAILED }

    record TransferJob(long jobId, Phase phase, Instant loadedAt, String message) {
    }

    void create(long jobId) {
        jdbc.sql("INSERT INTO purchase_order_transfer_job (job_id, phase) VALUES (:job, 'LOADING')")
                .param("job", jobId).update();
    }

    /** The job's row, locked until the transaction ends (the load and the sessions take turns). */
    Optional<TransferJob> lock(long jobId) {
        return jdbc.sql("SELECT job_id, phase, loaded_at, message FROM purchase_order_transfer_job WHERE job_id = :job"
                        + " FOR UPDATE")
                .param("job", jobId).query(TransferJobRepository::job).optional();
    }

    Optional<TransferJob> find(long jobId) {
        return jdbc.sql("SELECT job_id, phase, loaded_at, message FROM purchase_order_transfer_job WHERE job_id = :job")
                .param("job", jobId).query(TransferJobRepository::job).optional();
    }

    /** Jobs whose load was going on (after a restart they load again). */
    List<Long> loading() {
        return jdbc.sql("SELECT job_id FROM purchase_order_transfer_job WHERE phase = 'LOADING' ORDER BY job_id")
                .query(Long.class).list();
    }

    void setPhase(long jobId, Phase phase, Instant loadedAt, String message) {
        jdbc.sql("UPDATE purchase_order_transfer_job SET phase = :phase, loaded_at = COALESCE(:loaded, loaded_at),"
                        + " message = :message WHERE job_id = :job")
                .param("phase", phase.name()).param("loaded", Timestamps.toDb(loadedAt))
                .param("message", Texts.message(message)).param("job", jobId).update();
    }

    /** The job's working rows without their Autotask data. */
    List<TransferWork> work(long jobId) {
        return jdbc.sql("SELECT " + LIGHT_COLUMNS + " FROM purchase_order_transfer_work w WHERE w.job_id = :job"
                        + " ORDER BY w.purchase_order_id")
                .param("job", jobId).query(TransferJobRepository::work).list();
    }

    /** The job's working rows at this step, without their Autotask data. */
    List<TransferWork> at(long jobId, TransferWork.Step step) {
        return jdbc.sql("SELECT " + LIGHT_COLUMNS + " FROM purchase_order_transfer_work w WHERE w.job_id = :job"
                        + " AND w.step = :step ORDER BY w.purchase_order_id")
                .param("job", jobId).param("step", step.name()).query(TransferJobRepository::work).list();
    }

    /** The rows at this step whose vendor has this name key. */
    List<TransferWork> atWithVendor(long jobId, TransferWork.Step step, String vendorKey) {
        return jdbc.sql("SELECT " + LIGHT_COLUMNS + LOADED_JOIN_WORK + " WHERE d.job_id = :job"
                        + " AND d.vendor_key = :key AND w.step = :step ORDER BY w.purchase_order_id")
                .param("job", jobId).param("key", vendorKey).param("step", step.name())
                .query(TransferJobRepository::work).list();
    }

    /** The row at this step of the PO with this ExternalGUID. */
    Optional<TransferWork> atWithGuid(long jobId, TransferWork.Step step, String guid) {
        return jdbc.sql("SELECT " + LIGHT_COLUMNS + LOADED_JOIN_WORK + " WHERE d.job_id = :job"
                        + " AND d.purchase_order_guid = :guid AND w.step = :step")
                .param("job", jobId).param("guid", guid == null ? "" : guid.toUpperCase(Locale.ROOT))
                .param("step", step.name()).query(TransferJobRepository::work).optional();
    }

    /** The rows at this step of the POs QuickBooks has under these TxnIDs. */
    List<TransferWork> atWithTxnIds(long jobId, TransferWork.Step step, Collection<String> txnIds) {
        if (txnIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + LIGHT_COLUMNS + " FROM purchase_order_transfer_work w JOIN purchase_order_state s"
                        + " ON s.purchase_order_id = w.purchase_order_id WHERE w.job_id = :job AND w.step = :step"
                        + " AND s.quickbooks_txn_id IN (:txns) ORDER BY w.purchase_order_id")
                .param("job", jobId).param("step", step.name()).param("txns", txnIds)
                .query(TransferJobRepository::work).list();
    }

    /** The rows at this step of POs not known in QuickBooks by TxnID whose RefNumber is one of these. */
    List<TransferWork> atWithRefNumbersWithoutTxn(long jobId, TransferWork.Step step, Collection<String> refNumbers) {
        if (refNumbers.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT " + LIGHT_COLUMNS + LOADED_JOIN_WORK + " LEFT JOIN purchase_order_state s"
                        + " ON s.purchase_order_id = w.purchase_order_id WHERE d.job_id = :job AND w.step = :step"
                        + " AND d.ref_number IN (:refs) AND s.quickbooks_txn_id IS NULL ORDER BY w.purchase_order_id")
                .param("job", jobId).param("step", step.name()).param("refs", refNumbers)
                .query(TransferJobRepository::work).list();
    }

    /** The products of the rows at this step whose QuickBooks item name has this key. */
    List<Long> productsNamed(long jobId, TransferWork.Step step, String itemKey) {
        return jdbc.sql("SELECT DISTINCT p.product_id FROM purchase_order_transfer_work_product p JOIN"
                        + " purchase_order_transfer_work w ON w.job_id = p.job_id"
                        + " AND w.purchase_order_id = p.purchase_order_id WHERE p.job_id = :job AND p.item_key = :key"
                        + " AND w.step = :step ORDER BY p.product_id")
                .param("job", jobId).param("key", itemKey).param("step", step.name()).query(Long.class).list();
    }

    /** The rows at this step with a line of one of these products. */
    List<TransferWork> atWithProducts(long jobId, TransferWork.Step step, Collection<Long> productIds) {
        if (productIds.isEmpty()) {
            return List.of();
        }
        return jdbc.sql("SELECT DISTINCT " + LIGHT_COLUMNS + " FROM purchase_order_transfer_work_product p"
                        + " JOIN purchase_order_transfer_work w ON w.job_id = p.job_id"
                        + " AND w.purchase_order_id = p.purchase_order_id WHERE p.job_id = :job"
                        + " AND p.product_id IN (:products) AND w.step = :step ORDER BY w.purchase_order_id")
                .param("job", jobId).param("step", step.name()).param("products", productIds)
                .query(TransferJobRepository::work).list();
    }

    /** The products of the lines of these POs, by PO. */
    Map<Long, List<Long>> products(long jobId, Collection<Long> purchaseOrderIds) {
        Map<Long, List<Long>> products = new HashMap<>();
        for (Long purchaseOrderId : purchaseOrderIds) {
            products.put(purchaseOrderId, jdbc.sql("SELECT product_id FROM purchase_order_transfer_work_product"
                            + " WHERE job_id = :job AND purchase_order_id = :po ORDER BY product_id")
                    .param("job", jobId).param("po", purchaseOrderId).query(Long.class).list());
        }
        return products;
    }

    /** How many of the job's rows are not final (neither DONE nor FAILED). */
    int countUnfinished(long jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM purchase_order_transfer_work WHERE job_id = :job"
                        + " AND step NOT IN ('DONE', 'FAILED')")
                .param("job", jobId).query(Integer.class).single();
    }

    /** Whether the job has a row that is not final and not waiting for the next session. */
    boolean hasRowToGoOn(long jobId) {
        return jdbc.sql("SELECT COUNT(*) FROM purchase_order_transfer_work WHERE job_id = :job"
                        + " AND step NOT IN ('DONE', 'FAILED', 'RETRY')")
                .param("job", jobId).query(Long.class).single() > 0;
    }

    /**
     * Replaces the POs' working rows in the job with these, in batches (no lock on the job's row). What is written
     * once, each row's Autotask data ({@link TransferWork#detail()}, required) and the keys answers find it by, goes
     * to a table of its own: the working row is rewritten at every step.
     */
    void replaceAll(long jobId, List<NewWork> rows) {
        rows.forEach(row -> Objects.requireNonNull(row.work().detail(),
                () -> "Purchase order " + row.work().purchaseOrderId() + " has no Autotask data to carry"));
        for (String table : List.of(PRODUCTS_TABLE, DETAIL_TABLE, WORK_TABLE)) {
            template.batchUpdate("DELETE FROM " + table + " WHERE job_id = ? AND purchase_order_id = ?",
                    rows, BATCH, (ps, row) -> {
                        ps.setLong(1, jobId);
                        ps.setLong(2, row.work().purchaseOrderId());
                    });
        }
        template.batchUpdate("INSERT INTO purchase_order_transfer_work (" + WORK_COLUMNS
                        + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                rows, BATCH, (ps, row) -> {
                    TransferWork work = row.work();
                    ps.setLong(1, jobId);
                    ps.setLong(2, work.purchaseOrderId());
                    ps.setLong(3, work.attemptId());
                    ps.setString(4, work.step().name());
                    ps.setString(5, work.vendorName());
                    ps.setString(6, work.vendorListId());
                    ps.setString(7, work.quickbooksLines());
                    ps.setString(8, Texts.message(work.message()));
                    ps.setObject(9, Timestamps.toDb(work.readAt()));
                });
        template.batchUpdate("INSERT INTO purchase_order_transfer_work_detail (job_id, purchase_order_id, detail,"
                + " vendor_key, purchase_order_guid, ref_number) VALUES (?, ?, ?, ?, ?, ?)", rows, BATCH, (ps, row) -> {
                    ps.setLong(1, jobId);
                    ps.setLong(2, row.work().purchaseOrderId());
                    ps.setString(3, row.work().detail());
                    ps.setString(4, row.vendorKey());
                    ps.setString(5, row.guid() == null ? null : row.guid().toUpperCase(Locale.ROOT));
                    ps.setString(6, row.refNumber());
                });
        List<Object[]> products = new ArrayList<>();
        for (NewWork row : rows) {
            row.itemKeys().forEach((product, key) -> products.add(
                    new Object[] {jobId, row.work().purchaseOrderId(), product, key}));
        }
        template.batchUpdate("INSERT INTO purchase_order_transfer_work_product (job_id, purchase_order_id, product_id,"
                + " item_key) VALUES (?, ?, ?, ?)", products, BATCH, (ps, values) -> {
                    ps.setLong(1, (Long) values[0]);
                    ps.setLong(2, (Long) values[1]);
                    ps.setLong(3, (Long) values[2]);
                    ps.setString(4, (String) values[3]);
                });
    }

    /** The PO's working row, without its Autotask data. */
    Optional<TransferWork> work(long jobId, long purchaseOrderId) {
        return jdbc.sql("SELECT " + LIGHT_COLUMNS + " FROM purchase_order_transfer_work w WHERE w.job_id = :job"
                        + " AND w.purchase_order_id = :po")
                .param("job", jobId).param("po", purchaseOrderId).query(TransferJobRepository::work).optional();
    }

    void save(TransferWork work) {
        saveAll(List.of(work));
    }

    /** Saves the rows' steps, vendors, QuickBooks lines and messages in one batch (the rows of one step). */
    void saveAll(List<TransferWork> rows) {
        if (rows.isEmpty()) {
            return;
        }
        template.batchUpdate(SAVE, rows, BATCH, (ps, work) -> {
            ps.setString(1, work.step().name());
            ps.setString(2, work.vendorListId());
            ps.setString(3, work.quickbooksLines());
            ps.setString(4, Texts.message(work.message()));
            ps.setLong(5, work.jobId());
            ps.setLong(6, work.purchaseOrderId());
        });
    }

    private static TransferJob job(ResultSet rs, int row) throws SQLException {
        return new TransferJob(rs.getLong("job_id"), Phase.valueOf(rs.getString("phase")),
                Timestamps.fromDb(rs, "loaded_at"), rs.getString("message"));
    }

    private static TransferWork work(ResultSet rs, int row) throws SQLException {
        return new TransferWork(rs.getLong("job_id"), rs.getLong("purchase_order_id"), rs.getLong("attempt_id"),
                TransferWork.Step.valueOf(rs.getString("step")), rs.getString("vendor_name"),
                rs.getString("vendor_list_id"), null, rs.getString("quickbooks_lines"),
                rs.getString("message"), Timestamps.fromDb(rs, "read_at"));
    }

    /** The PO's Autotask data as the job loaded it (JSON of a PurchaseOrderDetail). */
    Optional<String> detail(long jobId, long purchaseOrderId) {
        return jdbc.sql("SELECT detail FROM purchase_order_transfer_work_detail WHERE job_id = :job"
                        + " AND purchase_order_id = :po")
                .param("job", jobId).param("po", purchaseOrderId).query(String.class).optional();
    }

    /** The job is over: its working rows go. */
    void deleteWork(long jobId) {
        for (String table : List.of(PRODUCTS_TABLE, DETAIL_TABLE, WORK_TABLE)) {
            jdbc.sql("DELETE FROM " + table + " WHERE job_id = :job").param("job", jobId).update();
        }
    }
}
