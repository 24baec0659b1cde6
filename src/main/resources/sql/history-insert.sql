INSERT INTO inventory_sync_history (run_id, severity, action, item_name, autotask_product_id, quickbooks_list_id,
    autotask_on_hand, locations, quickbooks_before, quickbooks_after, purchase_order_id, quantity, message, created_at)
VALUES (#, #, #, #, #, #, #, #, #, #, #, #, #, CURRENT_TIMESTAMP)
