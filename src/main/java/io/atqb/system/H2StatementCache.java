package io.atqb.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Lets each H2 session keep the last {@value #SIZE} statements it parsed instead of H2's default 8. A Web Connector
 * answer of a purchase-order transfer runs a dozen different statements per PO (its receipts, state, attempt,
 * ledger and working row), so with 8 every one of them was parsed again for every PO: about a fifteenth of the
 * request threads' CPU. A parsed statement is a small object; the pool holds at most a few sessions.
 *
 * <p>The setting goes into the JDBC URL of the connection pool before it opens, as {@link H2DurableCommits} does,
 * on every H2 database, in memory or on disk. A URL that sets {@code QUERY_CACHE_SIZE} itself is kept as written.
 * Other databases are left alone (PostgreSQL's driver prepares on the server after five uses of a statement).
 */
@Component
public class H2StatementCache implements BeanPostProcessor {

    static final String SETTING = "QUERY_CACHE_SIZE";
    static final int SIZE = 64;

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(withCache(pool.getJdbcUrl()));
        }
        return bean;
    }

    /** The URL with {@code ;QUERY_CACHE_SIZE=64} added when it names an H2 database and does not set it. */
    static String withCache(String url) {
        if (!url.toLowerCase(Locale.ROOT).startsWith("jdbc:h2:") || H2DurableCommits.setting(url, SETTING) != null) {
            return url;
        }
        return url + ";" + SETTING + "=" + SIZE;
    }
}
