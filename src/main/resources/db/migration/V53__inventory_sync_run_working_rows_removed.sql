-- A finished run's working rows (its products, their counts per location, its QuickBooks picture) are removed in the
-- background after it finishes, in batches of their own transactions, so that the Web Connector's last call of a
-- sync does not wait for them; working_rows_removed marks the runs whose rows are gone. Runs that finished before
-- had theirs removed when they finished.
ALTER TABLE inventory_sync_run ADD COLUMN working_rows_removed BOOLEAN DEFAULT FALSE NOT NULL;
UPDATE inventory_sync_run SET working_rows_removed = TRUE WHERE phase IN ('DONE', 'LOAD_FAILED');
CREATE INDEX ix_inventory_sync_run_rows_removed ON inventory_sync_run (working_rows_removed, phase);
