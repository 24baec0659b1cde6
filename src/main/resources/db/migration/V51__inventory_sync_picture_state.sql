-- How far a run's current session has read QuickBooks' inventory items into its picture: NULL (not in this session),
-- READING, LAST_PAGE (every page but the last is in; the iterator waits for the plan), READ, or REFUSED (QuickBooks
-- refused the query while the Autotask snapshot loaded). QuickBooks is read while the snapshot loads; the last page
-- is asked for once the run is planned, so that its answer reconciles the run and the session ends on a response
-- (QBWC shows a session that ends in sendRequestXML as an error). The run's phase stays LOADING meanwhile: the load
-- owns it.
ALTER TABLE inventory_sync_run ADD COLUMN picture_state VARCHAR(16);
ALTER TABLE inventory_sync_run ADD COLUMN picture_iterator VARCHAR(200);
