package io.atqb.connector;

import io.atqb.system.Timestamps;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.jdbc.support.KeyHolder;
import org.springframework.stereotype.Repository;

/** Web connectors in the database. Every statement is parameterised. */
@Repository
public class WebConnectorRepository {

    private static final String COLUMNS = "id, name, username, company_file, run_every_minutes, default_marker,"
            + " sync_inventory_next, last_inventory_sync, income_account, cogs_account, asset_account,"
            + " adjustment_account, owner_id, file_id";

    private final JdbcClient jdbc;

    public WebConnectorRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** The key usernames are unique by: QBWC user names compare without regard to case. */
    public static String usernameKey(String username) {
        return username.trim().toLowerCase(Locale.ROOT);
    }

    long insert(WebConnector c, String passwordHash, Instant now) {
        KeyHolder keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO web_connector (name, username, username_key, password_hash, company_file,"
                        + " run_every_minutes, default_marker, sync_inventory_next, income_account, cogs_account,"
                        + " asset_account, adjustment_account, owner_id, file_id, created_at, updated_at)"
                        + " VALUES (:name, :username, :key, :hash, :file, :every, :marker, FALSE, :income, :cogs,"
                        + " :asset, :adjustment, :owner, :fileId, :now, :now)")
                .param("name", c.name())
                .param("username", c.username())
                .param("key", usernameKey(c.username()))
                .param("hash", passwordHash)
                .param("file", c.companyFile())
                .param("every", c.runEveryMinutes())
                .param("marker", c.isDefault() ? 1 : null)
                .param("income", c.accounts().income())
                .param("cogs", c.accounts().cogs())
                .param("asset", c.accounts().asset())
                .param("adjustment", c.accounts().adjustment())
                .param("owner", c.ownerId())
                .param("fileId", c.fileId())
                .param("now", Timestamps.toDb(now))
                .update(keys, "id");
        return keys.getKeyAs(Number.class).longValue();
    }

    public Optional<WebConnector> findById(long id) {
        return jdbc.sql("SELECT " + COLUMNS + " FROM web_connector WHERE id = :id")
                .param("id", id).query(WebConnectorRepository::map).optional();
    }

    public List<WebConnector> findAll() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM web_connector ORDER BY id").query(WebConnectorRepository::map).list();
    }

    public Optional<WebConnector> findDefault() {
        return jdbc.sql("SELECT " + COLUMNS + " FROM web_connector WHERE default_marker = 1")
                .query(WebConnectorRepository::map).optional();
    }

    public boolean existsAny() {
        return jdbc.sql("SELECT COUNT(*) FROM web_connector").query(Long.class).single() > 0;
    }

    public boolean usernameTaken(String username, long exceptId) {
        return jdbc.sql("SELECT COUNT(*) FROM web_connector WHERE username_key = :key AND id <> :id")
                .param("key", usernameKey(username)).param("id", exceptId).query(Long.class).single() > 0;
    }

    /** The connector id and password hash of a QBWC user name, if there is such a connector. */
    public Optional<StoredCredential> findCredential(String username) {
        return jdbc.sql("SELECT id, password_hash FROM web_connector WHERE username_key = :key")
                .param("key", usernameKey(username))
                .query((rs, n) -> new StoredCredential(rs.getLong("id"), rs.getString("password_hash")))
                .optional();
    }

    /** Locks the connector's row until the transaction ends, so its sessions are decided one at a time. */
    public void lock(long id) {
        jdbc.sql("SELECT id FROM web_connector WHERE id = :id FOR UPDATE").param("id", id).query(Long.class).list();
    }

    void update(WebConnector c, Instant now) {
        jdbc.sql("UPDATE web_connector SET name = :name, username = :username, username_key = :key,"
                        + " company_file = :file, run_every_minutes = :every, income_account = :income,"
                        + " cogs_account = :cogs, asset_account = :asset, adjustment_account = :adjustment,"
                        + " updated_at = :now WHERE id = :id")
                .param("name", c.name())
                .param("username", c.username())
                .param("key", usernameKey(c.username()))
                .param("file", c.companyFile())
                .param("every", c.runEveryMinutes())
                .param("income", c.accounts().income())
                .param("cogs", c.accounts().cogs())
                .param("asset", c.accounts().asset())
                .param("adjustment", c.accounts().adjustment())
                .param("now", Timestamps.toDb(now))
                .param("id", c.id())
                .update();
    }

    void updatePassword(long id, String passwordHash, Instant now) {
        jdbc.sql("UPDATE web_connector SET password_hash = :hash, updated_at = :now WHERE id = :id")
                .param("hash", passwordHash).param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    /** Sets the "Sync Inventory during next QuickBooks-initiated communication" flag; true if it changed. */
    public boolean setSyncInventoryNext(long id, boolean armed, Instant now) {
        return jdbc.sql("UPDATE web_connector SET sync_inventory_next = :armed, updated_at = :now"
                        + " WHERE id = :id AND sync_inventory_next <> :armed")
                .param("armed", armed).param("now", Timestamps.toDb(now)).param("id", id).update() > 0;
    }

    /** Moves the default marker to this connector (cleared first elsewhere: the unique constraint allows one). */
    void moveDefault(long id, Instant now) {
        jdbc.sql("UPDATE web_connector SET default_marker = NULL, updated_at = :now WHERE default_marker = 1 AND id <> :id")
                .param("now", Timestamps.toDb(now)).param("id", id).update();
        jdbc.sql("UPDATE web_connector SET default_marker = 1, updated_at = :now WHERE id = :id")
                .param("now", Timestamps.toDb(now)).param("id", id).update();
    }

    /** Clears the flag and stamps "Last Inventory Sync": a complete inventory sync has finished. */
    public void completeInventorySync(long id, Instant finishedAt) {
        jdbc.sql("UPDATE web_connector SET sync_inventory_next = FALSE, last_inventory_sync = :at, updated_at = :at"
                        + " WHERE id = :id")
                .param("at", Timestamps.toDb(finishedAt)).param("id", id).update();
    }

    private static WebConnector map(ResultSet rs, int row) throws SQLException {
        return new WebConnector(
                rs.getLong("id"),
                rs.getString("name"),
                rs.getString("username"),
                rs.getString("company_file"),
                rs.getInt("run_every_minutes"),
                rs.getObject("default_marker") != null,
                rs.getBoolean("sync_inventory_next"),
                Timestamps.fromDb(rs, "last_inventory_sync"),
                new ConnectorAccounts(rs.getString("income_account"), rs.getString("cogs_account"),
                        rs.getString("asset_account"), rs.getString("adjustment_account")),
                rs.getString("owner_id"),
                rs.getString("file_id"));
    }

    /** A connector's password hash, for checking a QBWC log-in. */
    public record StoredCredential(long connectorId, String passwordHash) {
    }
}
