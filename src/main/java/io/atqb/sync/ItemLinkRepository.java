package io.atqb.sync;

import io.atqb.purchasing.QuickBooksItemLinks;
import io.atqb.system.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/**
 * Autotask product -> QuickBooks ListID, per connector, kept across runs once matched or created; the purchase-order
 * transfer shares them through {@link QuickBooksItemLinks}.
 */
@Repository
public class ItemLinkRepository implements QuickBooksItemLinks {

    private final JdbcClient jdbc;
    private final JdbcTemplate template;

    public ItemLinkRepository(JdbcClient jdbc, JdbcTemplate template) {
        this.jdbc = jdbc;
        this.template = template;
    }

    @Override
    public Map<Long, String> links(long connectorId) {
        Map<Long, String> links = new HashMap<>();
        jdbc.sql("SELECT product_id, list_id FROM quickbooks_item_link WHERE connector_id = :connector")
                .param("connector", connectorId)
                .query((rs, n) -> links.put(rs.getLong("product_id"), rs.getString("list_id")))
                .list();
        return links;
    }

    @Override
    public Map<Long, String> links(long connectorId, Collection<Long> productIds) {
        Map<Long, String> links = new HashMap<>();
        if (productIds.isEmpty()) {
            return links;
        }
        jdbc.sql("SELECT product_id, list_id FROM quickbooks_item_link WHERE connector_id = :connector"
                        + " AND product_id IN (:products)")
                .param("connector", connectorId).param("products", productIds)
                .query((rs, n) -> links.put(rs.getLong("product_id"), rs.getString("list_id")))
                .list();
        return links;
    }

    /** Keeps these links (product id -> ListID), replacing older ones. */
    @Override
    public void save(long connectorId, Map<Long, String> links, Instant now) {
        if (links.isEmpty()) {
            return;
        }
        Collection<Map.Entry<Long, String>> entries = links.entrySet();
        template.batchUpdate("DELETE FROM quickbooks_item_link WHERE connector_id = ? AND product_id = ?",
                entries, 1000, (ps, e) -> {
                    ps.setLong(1, connectorId);
                    ps.setLong(2, e.getKey());
                });
        template.batchUpdate("INSERT INTO quickbooks_item_link (connector_id, product_id, list_id, linked_at)"
                + " VALUES (?, ?, ?, ?)", entries, 1000, (ps, e) -> {
                    ps.setLong(1, connectorId);
                    ps.setLong(2, e.getKey());
                    ps.setString(3, e.getValue());
                    ps.setObject(4, Timestamps.toDb(now));
                });
    }
}
