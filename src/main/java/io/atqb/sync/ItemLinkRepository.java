package io.atqb.sync;

import io.atqb.purchasing.QuickBooksItemLinks;
import io.atqb.system.Timestamps;
import java.time.Instant;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
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

    /** Products {@link #links(long, Collection)} asks for in one query at most (two parameters each). */
    static final int PER_QUERY = 1000;
    /** The links of some products, by the pairs of the whole key in {@code :keys}. */
    static final String LINKS_BY_KEY = "SELECT product_id, list_id FROM quickbooks_item_link"
            + " WHERE (connector_id, product_id) IN (:keys)";

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
     * The links of these products only, found on the whole key: {@code (connector_id, product_id) IN ((?, ?), ...)}
     * lets H2 use the primary key for every pair (an IN list on the key's second column alone made it read every
     * link of the connector, 50,000 after a large sync, for the two or three products of one purchase order).
     * At most {@value #PER_QUERY} products go in one query.
     */
    @Override
    public Map<Long, String> links(long connectorId, Collection<Long> productIds) {
        Map<Long, String> links = new HashMap<>();
        List<Object[]> keys = productIds.stream().distinct().map(id -> new Object[] {connectorId, id}).toList();
        for (int from = 0; from < keys.size(); from += PER_QUERY) {
            jdbc.sql(LINKS_BY_KEY)
                    .param("keys", keys.subList(from, Math.min(keys.size(), from + PER_QUERY)))
                    .query((rs, n) -> links.put(rs.getLong("product_id"), rs.getString("list_id")))
                    .list();
        }
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
