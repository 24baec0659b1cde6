package io.atqb.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.List;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/** The packaged application.yaml as the lowest property source of a test context: the defaults an operator gets. */
public final class PackagedDefaults {

    private PackagedDefaults() {
    }

    public static void addTo(ConfigurableApplicationContext context) {
        try {
            List<PropertySource<?>> sources = new YamlPropertySourceLoader()
                    .load("packaged application.yaml", new ClassPathResource("application.yaml"));
            sources.forEach(source -> context.getEnvironment().getPropertySources().addLast(source));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
