package io.atqb.purchasing;

import io.atqb.system.Texts;
import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The transfer jobs' own rows: whether the Autotask data is loaded, and one working row per PO carried. */
@Repository
class TransferJobRepository {

    private static final String WORK_COLUMNS = "job_id, purchase_order_id, attempt_id, step, vendor_name,"
            + " vendor_list_id, detail, quickbooks_lines, message, read_at";

    private final JdbcClient jdbc;

    TransferJobRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
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

    List<TransferWork> work(long jobId) {
        return jdbc.sql("SELECT " + WORK_COLUMNS + " FROM purchase_order_transfer_work WHERE job_id = :job"
                        + " ORDER BY purchase_order_id")
                .param("job", jobId).query(TransferJobRepository::work).list();
    }

    Optional<TransferWork> work(long jobId, long purchaseOrderId) {
        return jdbc.sql("SELECT " + WORK_COLUMNS + " FROM purchase_order_transfer_work WHERE job_id = :job"
                        + " AND purchase_order_id = :po")
                .param("job", jobId).param("po", purchaseOrderId).query(TransferJobRepository::work).optional();
    }

    /** Replaces the PO's working row in the job. */
    void replace(TransferWork work) {
        jdbc.sql("DELETE FROM purchase_order_transfer_work WHERE job_id = :job AND purchase_order_id = :po")
                .param("job", work.jobId()).param("po", work.purchaseOrderId()).update();
        jdbc.sql("INSERT INTO purchase_order_transfer_work (" + WORK_COLUMNS + ") VALUES (:job, :po, :attempt, :step,"
                        + " :vendorName, :vendorListId, :detail, :lines, :message, :readAt)")
                .param("job", work.jobId()).param("po", work.purchaseOrderId()).param("attempt", work.attemptId())
                .param("step", work.step().name()).param("vendorName", work.vendorName())
                .param("vendorListId", work.vendorListId()).param("detail", work.detail())
                .param("lines", work.quickbooksLines()).param("message", Texts.message(work.message()))
                .param("readAt", Timestamps.toDb(work.readAt()))
                .update();
    }

    void save(TransferWork work) {
        jdbc.sql("UPDATE purchase_order_transfer_work SET step = :step, vendor_list_id = :vendorListId,"
                        + " quickbooks_lines = :lines, message = :message WHERE job_id = :job AND purchase_order_id = :po")
                .param("step", work.step().name()).param("vendorListId", work.vendorListId())
                .param("lines", work.quickbooksLines()).param("message", Texts.message(work.message()))
                .param("job", work.jobId()).param("po", work.purchaseOrderId()).update();
    }

    private static TransferJob job(ResultSet rs, int row) throws SQLException {
        return new TransferJob(rs.getLong("job_id"), Phase.valueOf(rs.getString("phase")),
                Timestamps.fromDb(rs, "loaded_at"), rs.getString("message"));
    }

    private static TransferWork work(ResultSet rs, int row) throws SQLException {
        return new TransferWork(rs.getLong("job_id"), rs.getLong("purchase_order_id"), rs.getLong("attempt_id"),
                TransferWork.Step.valueOf(rs.getString("step")), rs.getString("vendor_name"),
                rs.getString("vendor_list_id"), rs.getString("detail"), rs.getString("quickbooks_lines"),
                rs.getString("message"), Timestamps.fromDb(rs, "read_at"));
    }

    /** The job is over: its working rows go. */
    void deleteWork(long jobId) {
        jdbc.sql("DELETE FROM purchase_order_transfer_work WHERE job_id = :job").param("job", jobId).update();
    }
}
