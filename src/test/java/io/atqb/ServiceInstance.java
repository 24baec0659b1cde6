package io.atqb;

import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;

/** A whole service started (and stopped) inside the test, to prove what survives a restart. */
public final class ServiceInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static ServiceInstance start(Map<String, String> properties) {
        return start(properties, null);
    }

    /** Starts the service with {@code clock} (when not null) as its primary clock, shared across restarts. */
    public static ServiceInstance start(Map<String, String> properties, Clock clock) {
        Map<String, String> settings = new LinkedHashMap<>();
        settings.put("server.port", "0");
        settings.put("server.address", "127.0.0.1");
        settings.putAll(properties);
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        SpringApplicationBuilder builder = new SpringApplicationBuilder(AtqbSyncApplication.class).profiles("test");
        if (clock != null) {
            builder.initializers(new ClockInitializer(clock));
        }
        return new ServiceInstance(builder.run(args.toArray(String[]::new)));
    }

    public int port() {
        return ((WebServerApplicationContext) context).getWebServer().getPort();
    }

    public <T> T bean(Class<T> type) {
        return context.getBean(type);
    }

    @Override
    public void close() {
        context.close();
    }

    /** Registers the test's clock as the primary {@link Clock} bean before the context refreshes. */
    private record ClockInitializer(Clock clock) implements ApplicationContextInitializer<ConfigurableApplicationContext> {

        @Override
        public void initialize(ConfigurableApplicationContext context) {
            ((GenericApplicationContext) context).registerBean("testClock", Clock.class, () -> clock,
                    definition -> definition.setPrimary(true));
        }
    }
}
