package io.atqb;

import io.atqb.AtqbSyncApplication;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;

/** A whole service started (and stopped) inside the test, to prove what survives a restart. */
public final class ServiceInstance implements AutoCloseable {

    private final ConfigurableApplicationContext context;

    private ServiceInstance(ConfigurableApplicationContext context) {
        this.context = context;
    }

    public static ServiceInstance start(Map<String, String> properties) {
        Map<String, String> settings = new java.util.LinkedHashMap<>();
        settings.put("server.port", "0");
        settings.put("server.address", "127.0.0.1");
        settings.putAll(properties);
        List<String> args = new ArrayList<>();
        settings.forEach((key, value) -> args.add("--" + key + "=" + value));
        ConfigurableApplicationContext context = new SpringApplicationBuilder(AtqbSyncApplication.class)
                .profiles("test")
                .run(args.toArray(String[]::new));
        return new ServiceInstance(context);
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
}
