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

    /** Products {@link #links(long, Collection)} looks up one by one on the key rather than in one query. */
    static final int ONE_BY_ONE = 64;

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

    /**
     * The links of these products only. Up to {@value #ONE_BY_ONE} products are each looked up on the key; more are
     * matched in one query. H2 does not use an IN list on the key's second column: that query reads every link of
     * the connector (50,000 after a large sync) however few products it asks for, and a transfer asks for the two
     * or three of one purchase order at a time.
     */
    @Override
    public Map<Long, String> links(long connectorId, Collection<Long> productIds) {
        Map<Long, String> links = new HashMap<>();
        if (productIds.isEmpty()) {
            return links;
        }
        if (productIds.size() <= ONE_BY_ONE) {
            for (Long productId : productIds) {
                if (!links.containsKey(productId)) {
                    jdbc.sql("SELECT list_id FROM quickbooks_item_link WHERE connector_id = :connector"
                                    + " AND product_id = :product")
                            .param("connector", connectorId).param("product", productId).query(String.class)
                            .optional().ifPresent(listId -> links.put(productId, listId));
                }
            }
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
