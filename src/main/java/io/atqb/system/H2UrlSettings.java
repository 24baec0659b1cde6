package io.atqb.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Two settings the service adds to the JDBC URL of an H2 database before its connection pool opens (H2 applies them
 * per open database, so they belong in the URL). A URL that sets one itself keeps it as the operator wrote it.
 *
 * <p>Durable commits, on an H2 file database: H2's MVStore otherwise writes committed changes to its file only in
 * the background, up to {@code WRITE_DELAY} (500 ms) later, so a {@code kill -9} right after an answered request lost
 * it. With {@code WRITE_DELAY=0} each commit stores the MVStore (a write to the file, not an fsync: it survives a
 * crash of the process, not a power cut). A URL with another {@code WRITE_DELAY} gets a warning.
 *
 * <p>A larger statement cache, on every H2 database, in memory or on disk: each session keeps the last
 * {@value #STATEMENT_CACHE} statements it parsed instead of H2's default 8. A Web Connector answer of a
 * purchase-order transfer runs a dozen different statements per PO, so with 8 every one of them was parsed again for
 * every PO: about a fifteenth of the request threads' CPU. A parsed statement is a small object; the pool holds at
 * most a few sessions.
 *
 * <p>Other databases are left alone (PostgreSQL commits durably and its driver prepares on the server after five
 * uses of a statement).
 */
@Component
public class H2UrlSettings implements BeanPostProcessor {

    static final String WRITE_DELAY = "WRITE_DELAY";
    static final String QUERY_CACHE_SIZE = "QUERY_CACHE_SIZE";
    static final int STATEMENT_CACHE = 64;
    private static final Logger LOG = LoggerFactory.getLogger(H2UrlSettings.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(withStatementCache(durable(pool.getJdbcUrl())));
        }
        return bean;
    }

    /** The URL with {@code ;WRITE_DELAY=0} added when it names an H2 database on disk that does not set it. */
    static String durable(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:")) {
            return url;
        }
        String configured = setting(url, WRITE_DELAY);
        if (configured == null) {
            return url + ";" + WRITE_DELAY + "=0";
        }
        if (!configured.strip().equals("0")) {
            LOG.warn("The H2 database URL sets {}={}: commits answered within that many milliseconds before a crash"
                    + " can be lost", WRITE_DELAY, configured);
        }
        return url;
    }

    /** The URL with {@code ;QUERY_CACHE_SIZE=64} added when it names an H2 database and does not set it. */
    static String withStatementCache(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:") || setting(url, QUERY_CACHE_SIZE) != null) {
            return url;
        }
        return url + ";" + QUERY_CACHE_SIZE + "=" + STATEMENT_CACHE;
    }

    /** The value an H2 URL gives this setting ({@code ;NAME=value}, any case), or null when it gives none. */
    static String setting(String url, String name) {
        String[] parts = url.split(";");
        for (int i = 1; i < parts.length; i++) {
            int equals = parts[i].indexOf('=');
            if (equals > 0 && parts[i].substring(0, equals).strip().equalsIgnoreCase(name)) {
                return parts[i].substring(equals + 1);
            }
        }
        return null;
    }
}
