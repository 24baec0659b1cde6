package db.migration;

import io.atqb.sync.QuickBooksItem;
import io.atqb.sync.QuickBooksPictureChunks;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * The QuickBooks picture moves from a row per item to a row per chunk of items ({@link QuickBooksPictureChunks}):
 * it is written, read and deleted in every session, and a row per item made that tens of thousands of row changes.
 * A session in flight keeps what it read: its items move into chunks of one run each, in ListID order.
 */
public class V52__Inventory_sync_picture_in_chunks extends BaseJavaMigration {

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("CREATE TABLE inventory_sync_qb_chunk (run_id BIGINT NOT NULL, seq INTEGER NOT NULL,"
                    + " items TEXT NOT NULL, PRIMARY KEY (run_id, seq))");
        }
        try (Statement read = connection.createStatement();
             ResultSet rows = read.executeQuery("SELECT run_id, list_id, full_name, quantity, is_active"
                     + " FROM inventory_sync_qb_item ORDER BY run_id, list_id");
             PreparedStatement insert = connection.prepareStatement(
                     "INSERT INTO inventory_sync_qb_chunk (run_id, seq, items) VALUES (?, ?, ?)")) {
            long run = -1;
            List<QuickBooksItem> items = new ArrayList<>();
            while (rows.next()) {
                if (rows.getLong("run_id") != run) {
                    write(insert, run, items);
                    run = rows.getLong("run_id");
                }
                items.add(new QuickBooksItem(rows.getString("list_id"), rows.getString("full_name"),
                        rows.getBigDecimal("quantity"), rows.getBoolean("is_active")));
            }
            write(insert, run, items);
        }
        try (Statement ddl = connection.createStatement()) {
            ddl.execute("DROP TABLE inventory_sync_qb_item");
        }
    }

    private static void write(PreparedStatement insert, long run, List<QuickBooksItem> items) throws SQLException {
        List<String> chunks = QuickBooksPictureChunks.encode(items);
        for (int i = 0; i < chunks.size(); i++) {
            insert.setLong(1, run);
            insert.setInt(2, i + 1);
            insert.setString(3, chunks.get(i));
            insert.executeUpdate();
        }
        items.clear();
    }
}
