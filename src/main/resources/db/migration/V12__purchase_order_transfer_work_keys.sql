-- Issue 15 point 5: a QuickBooks answer finds the working rows it concerns by these keys (and the products of the
-- PO lines below), never by reading and parsing every purchase order the transfer job carries.
ALTER TABLE purchase_order_transfer_work ADD COLUMN vendor_key VARCHAR(41);
ALTER TABLE purchase_order_transfer_work ADD COLUMN purchase_order_guid VARCHAR(38);
ALTER TABLE purchase_order_transfer_work ADD COLUMN ref_number VARCHAR(20);
CREATE INDEX ix_po_transfer_work_step ON purchase_order_transfer_work (job_id, step);
CREATE INDEX ix_po_transfer_work_vendor ON purchase_order_transfer_work (job_id, vendor_key);
CREATE INDEX ix_po_transfer_work_guid ON purchase_order_transfer_work (job_id, purchase_order_guid);
CREATE INDEX ix_po_transfer_work_ref ON purchase_order_transfer_work (job_id, ref_number);

-- The products of the lines of each purchase order a transfer job carries, with the key of their QuickBooks item
-- name (NULL when Autotask has no such product).
CREATE TABLE purchase_order_transfer_work_product (
    job_id            BIGINT       NOT NULL,
    purchase_order_id BIGINT       NOT NULL,
    product_id        BIGINT       NOT NULL,
    item_key          VARCHAR(100),
    PRIMARY KEY (job_id, purchase_order_id, product_id)
);
CREATE INDEX ix_po_transfer_work_product_key ON purchase_order_transfer_work_product (job_id, item_key);
CREATE INDEX ix_po_transfer_work_product_id ON purchase_order_transfer_work_product (job_id, product_id);
