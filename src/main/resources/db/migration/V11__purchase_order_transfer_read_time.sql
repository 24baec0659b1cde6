-- When Autotask was read for the purchase order a transfer job carries: the transfer time the ledger records
-- (receipts Autotask records after it are left to the next re-transfer, never counted twice by the sync).
ALTER TABLE purchase_order_transfer_work ADD COLUMN read_at TIMESTAMP WITH TIME ZONE;
