-- A run's per-location counts of each product, apart from the product's working row. They are written once when
-- the run is planned and read once, when the product's history entry is written; the working row is rewritten at
-- every step of the product (matched, queued, created, adjusted), and these counts were most of its bytes.
CREATE TABLE inventory_sync_item_locations (
    run_id     BIGINT NOT NULL,
    product_id BIGINT NOT NULL,
    locations  TEXT   NOT NULL,
    PRIMARY KEY (run_id, product_id)
);

INSERT INTO inventory_sync_item_locations (run_id, product_id, locations)
SELECT run_id, product_id, locations FROM inventory_sync_item;

ALTER TABLE inventory_sync_item DROP COLUMN locations;
