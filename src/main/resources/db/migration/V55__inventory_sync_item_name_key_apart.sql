-- A run's product is found by its QuickBooks name key (an ItemInventoryAdd or ItemQuery answer names the item), and
-- that key never changes after the plan. It moves, with its index, beside the per-location counts the plan also
-- writes once: H2 rewrites every index entry of a row it updates, changed or not, and the item row is updated at
-- every step of the product (matched, queued, created, adjusted).
ALTER TABLE inventory_sync_item_locations ADD COLUMN name_key VARCHAR(31);

UPDATE inventory_sync_item_locations SET name_key = (
    SELECT i.name_key FROM inventory_sync_item i
    WHERE i.run_id = inventory_sync_item_locations.run_id AND i.product_id = inventory_sync_item_locations.product_id);

DROP INDEX ix_inventory_sync_item_name;
ALTER TABLE inventory_sync_item DROP COLUMN name_key;

CREATE INDEX ix_inventory_sync_item_locations_name ON inventory_sync_item_locations (run_id, name_key);
