-- What a transfer job loaded for each purchase order it carries, apart from the PO's working row: the Autotask data
-- (its JSON, most of the row's bytes) and the keys a QuickBooks answer finds the PO by (the vendor's name key, the
-- ExternalGUID and the RefNumber), with their indexes. All of it is written once when the job loads; the working row
-- is rewritten at every step of the PO (vendor, items, order, receipts, done), and H2 rewrites every index entry of a
-- row it updates, changed or not.
CREATE TABLE purchase_order_transfer_work_detail (
    job_id              BIGINT      NOT NULL,
    purchase_order_id   BIGINT      NOT NULL,
    detail              TEXT        NOT NULL,
    vendor_key          VARCHAR(41),
    purchase_order_guid VARCHAR(38),
    ref_number          VARCHAR(20),
    PRIMARY KEY (job_id, purchase_order_id)
);

INSERT INTO purchase_order_transfer_work_detail (job_id, purchase_order_id, detail, vendor_key, purchase_order_guid,
                                                 ref_number)
SELECT job_id, purchase_order_id, detail, vendor_key, purchase_order_guid, ref_number
FROM purchase_order_transfer_work;

DROP INDEX ix_po_transfer_work_vendor;
DROP INDEX ix_po_transfer_work_guid;
DROP INDEX ix_po_transfer_work_ref;
ALTER TABLE purchase_order_transfer_work DROP COLUMN detail;
ALTER TABLE purchase_order_transfer_work DROP COLUMN vendor_key;
ALTER TABLE purchase_order_transfer_work DROP COLUMN purchase_order_guid;
ALTER TABLE purchase_order_transfer_work DROP COLUMN ref_number;

CREATE INDEX ix_po_transfer_detail_vendor ON purchase_order_transfer_work_detail (job_id, vendor_key);
CREATE INDEX ix_po_transfer_detail_guid ON purchase_order_transfer_work_detail (job_id, purchase_order_guid);
CREATE INDEX ix_po_transfer_detail_ref ON purchase_order_transfer_work_detail (job_id, ref_number);
