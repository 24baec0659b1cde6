package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import org.flywaydb.core.api.migration.BaseJavaMigration;
import org.flywaydb.core.api.migration.Context;

/**
 * Drops the foreign keys of the sync's working tables (the plan, the QuickBooks picture and the item links).
 *
 * <p>With them, H2 had a run_id-only index to choose from and planned per-row updates and deletes of a 50,000-item
 * run through it, scanning the whole run each time (a second large sync took minutes instead of seconds). Without
 * them only the primary keys and the indexes named in V2 remain. The constraints were created unnamed, so their
 * names differ between H2 and PostgreSQL; they are read from the JDBC metadata of the current schema, which keeps
 * this migration the same on both.
 */
public class V3__Working_tables_without_foreign_keys extends BaseJavaMigration {

    static final List<String> TABLES = List.of("inventory_sync_item", "inventory_sync_qb_item", "quickbooks_item_link");

    @Override
    public void migrate(Context context) throws SQLException {
        Connection connection = context.getConnection();
        DatabaseMetaData meta = connection.getMetaData();
        for (String table : TABLES) {
            for (String constraint : foreignKeys(connection, meta, table)) {
                try (Statement statement = connection.createStatement()) {
                    // DDL takes no bind parameters; the name comes from the database itself and is quoted
                    statement.execute("ALTER TABLE " + table + " DROP CONSTRAINT " + quoted(meta, constraint));
                }
            }
        }
    }

    static Set<String> foreignKeys(Connection connection, DatabaseMetaData meta, String table) throws SQLException {
        String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
        Set<String> names = new LinkedHashSet<>();
        try (ResultSet keys = meta.getImportedKeys(connection.getCatalog(), connection.getSchema(), stored)) {
            while (keys.next()) {
                names.add(keys.getString("FK_NAME"));
            }
        }
        return names;
    }

    private static String quoted(DatabaseMetaData meta, String name) throws SQLException {
        String quote = meta.getIdentifierQuoteString().strip();
        return quote + name.replace(quote, quote + quote) + quote;
    }
}
