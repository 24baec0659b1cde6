package io.atqb.sync;

import ch.qos.logback.classic.Logger;
import ch.qos.logback.classic.spi.ILoggingEvent;
import ch.qos.logback.core.AppenderBase;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.slf4j.LoggerFactory;

/**
 * The schedule's firings as the services in this JVM log them: which scheduled time fired on which instance.
 * Attach it after the services started (each start resets the logging).
 */
final class ScheduleFirings extends AppenderBase<ILoggingEvent> {

    /** One firing: the time Quartz scheduled it for and the instance it ran on. */
    record Firing(String scheduledFor, String instance) {
    }

    private static final Pattern FIRED =
            Pattern.compile("Inventory sync schedule fired \\(scheduled for (\\S+)\\) on instance '([^']+)'");

    private final List<Firing> firings = new CopyOnWriteArrayList<>();
    private final Logger logger = (Logger) LoggerFactory.getLogger(InventorySyncArming.class);

    static ScheduleFirings attach() {
        ScheduleFirings firings = new ScheduleFirings();
        firings.start();
        firings.logger.addAppender(firings);
        return firings;
    }

    void detach() {
        logger.detachAppender(this);
        stop();
    }

    @Override
    protected void append(ILoggingEvent event) {
        Matcher matcher = FIRED.matcher(event.getFormattedMessage());
        if (matcher.find()) {
            firings.add(new Firing(matcher.group(1), matcher.group(2)));
        }
    }

    List<Firing> all() {
        return List.copyOf(firings);
    }

    void clear() {
        firings.clear();
    }
}
