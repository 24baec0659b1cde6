package db.migration;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.sql.DataSource;
import org.flywaydb.core.Flyway;

/** Migrates a database from scratch to V3 and reads back what the tests check about the working tables. */
final class WorkingTablesSchema {

    private WorkingTablesSchema() {
    }

    /** Up to V3 (V52 replaced the picture's table by one of chunks). */
    static void migrate(DataSource dataSource) {
        Flyway.configure().dataSource(dataSource).locations("classpath:db/migration").target("3").load().migrate();
    }

    static Set<String> foreignKeys(DataSource dataSource, String table) throws SQLException {
        try (Connection connection = dataSource.getConnection()) {
            return V3__Working_tables_without_foreign_keys.foreignKeys(connection, connection.getMetaData(), table);
        }
    }

    /** The columns of each index on the table, in index order, lower case. */
    static List<List<String>> indexes(DataSource dataSource, String table) throws SQLException {
        Map<String, List<String>> columns = new TreeMap<>();
        try (Connection connection = dataSource.getConnection()) {
            DatabaseMetaData meta = connection.getMetaData();
            String stored = meta.storesUpperCaseIdentifiers() ? table.toUpperCase(Locale.ROOT) : table;
            try (ResultSet rs = meta.getIndexInfo(connection.getCatalog(), connection.getSchema(), stored, false,
                    false)) {
                while (rs.next()) {
                    if (rs.getString("COLUMN_NAME") != null) {
                        columns.computeIfAbsent(rs.getString("INDEX_NAME"), k -> new ArrayList<>())
                                .add(rs.getString("COLUMN_NAME").toLowerCase(Locale.ROOT));
                    }
                }
            }
        }
        return new ArrayList<>(columns.values());
    }
}
