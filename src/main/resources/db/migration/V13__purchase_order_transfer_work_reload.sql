-- Working rows written before V12 lack the keys the answers find them by: a transfer job that was going on reads
-- its unfinished purchase orders from Autotask again (they are still READY; a PO or receipt add that may have
-- reached QuickBooks is still marked, so QuickBooks is asked before anything is added again).
UPDATE purchase_order_transfer_job SET phase = 'LOADING'
    WHERE job_id IN (SELECT DISTINCT job_id FROM purchase_order_transfer_work
                     WHERE step NOT IN ('DONE', 'FAILED') AND purchase_order_guid IS NULL);
DELETE FROM purchase_order_transfer_work WHERE step NOT IN ('DONE', 'FAILED') AND purchase_order_guid IS NULL;
