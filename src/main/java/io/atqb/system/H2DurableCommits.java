package io.atqb.system;

import com.zaxxer.hikari.HikariDataSource;
import java.util.Locale;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.stereotype.Component;

/**
 * Makes every commit on an H2 file database durable before the service answers: H2's MVStore otherwise writes
 * committed changes to its file only in the background, up to {@code WRITE_DELAY} (500 ms) later, so a
 * {@code kill -9} right after an answered request lost it. With {@code WRITE_DELAY=0} each commit stores the MVStore
 * (a write to the file, not an fsync: it survives a crash of the process, not a power cut).
 *
 * <p>The setting goes into the JDBC URL of the connection pool before it opens, because H2 applies it per open
 * database (a persisted {@code SET WRITE_DELAY} is not applied again when the file is opened). In-memory databases are
 * left alone; a URL that sets {@code WRITE_DELAY} itself is kept as the operator wrote it, with a warning unless it
 * is 0.
 */
@Component
public class H2DurableCommits implements BeanPostProcessor {

    static final String SETTING = "WRITE_DELAY";
    private static final Logger LOG = LoggerFactory.getLogger(H2DurableCommits.class);

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (bean instanceof HikariDataSource pool && pool.getJdbcUrl() != null) {
            pool.setJdbcUrl(durable(pool.getJdbcUrl()));
        }
        return bean;
    }

    /** The URL with {@code ;WRITE_DELAY=0} added when it names an H2 database on disk that does not set it. */
    static String durable(String url) {
        String lower = url.toLowerCase(Locale.ROOT);
        if (!lower.startsWith("jdbc:h2:") || lower.startsWith("jdbc:h2:mem:")) {
            return url;
        }
        String configured = setting(url, SETTING);
        if (configured == null) {
            return url + ";" + SETTING + "=0";
        }
        if (!configured.strip().equals("0")) {
            LOG.warn("The H2 database URL sets {}={}: commits answered within that many milliseconds before a crash"
                    + " can be lost", SETTING, configured);
        }
        return url;
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
