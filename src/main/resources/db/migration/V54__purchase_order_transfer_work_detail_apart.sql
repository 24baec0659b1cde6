-- The Autotask data of each purchase order a transfer job carries (its JSON, most of the working row's bytes), apart
-- from the working row. It is written once when the job loads and read when a request of the PO is built; the
-- working row is rewritten at every step of the PO (vendor, items, order, receipts, done).
CREATE TABLE purchase_order_transfer_work_detail (
    job_id            BIGINT NOT NULL,
    purchase_order_id BIGINT NOT NULL,
    detail            TEXT   NOT NULL,
    PRIMARY KEY (job_id, purchase_order_id)
);

INSERT INTO purchase_order_transfer_work_detail (job_id, purchase_order_id, detail)
SELECT job_id, purchase_order_id, detail FROM purchase_order_transfer_work;

ALTER TABLE purchase_order_transfer_work DROP COLUMN detail;
