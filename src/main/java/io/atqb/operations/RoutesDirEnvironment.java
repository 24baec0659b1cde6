package io.atqb.operations;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Stream;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.boot.env.EnvironmentPostProcessor;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.MapPropertySource;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;

/**
 * Route files an engineer changes without rebuilding. With {@code atqb.routes-dir} (ATQB_ROUTES_DIR) set, Camel
 * loads every {@code *.camel.yaml} there besides the packaged routes ({@code classpath:routes/}); a file named like
 * a packaged one replaces it (the packaged one is not loaded). A directory that does not exist fails the start.
 * With {@code atqb.routes-reload} (ATQB_ROUTES_RELOAD, on in the {@code dev} profile) Camel reloads a route file when
 * it is saved: those of the routes dir, else those of {@code ./routes} (the repository's, under
 * {@code mvn spring-boot:run}); only the routes of the saved file are replaced (the Java DSL routes stay).
 */
public class RoutesDirEnvironment implements EnvironmentPostProcessor, Ordered {

    static final String PACKAGED = "classpath:routes/";
    static final String SUFFIX = ".camel.yaml";
    static final String INCLUDE = "camel.main.routes-include-pattern";

    @Override
    public int getOrder() {
        return Ordered.LOWEST_PRECEDENCE;
    }

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        Binder binder = Binder.get(environment);
        String dir = binder.bind("atqb.routes-dir", String.class).orElse("").strip();
        boolean reload = binder.bind("atqb.routes-reload", Boolean.class).orElse(false);
        Map<String, Object> settings = new LinkedHashMap<>();
        if (!dir.isEmpty()) {
            Path path = Path.of(dir).toAbsolutePath().normalize();
            settings.put(INCLUDE, includePattern(path, packagedNames(), ownNames(path)));
        }
        if (reload) {
            settings.put("camel.main.routes-reload-enabled", true);
            settings.put("camel.main.routes-reload-directory", dir.isEmpty() ? "routes" : dir);
            settings.put("camel.main.routes-reload-pattern", "*" + SUFFIX);
            settings.put("camel.main.routes-reload-remove-all-routes", false);
        }
        if (!settings.isEmpty()) {
            environment.getPropertySources().addFirst(new MapPropertySource("atqbRoutesDir", settings));
        }
    }

    /** The packaged files the directory does not replace, one by one, then every file of the directory. */
    static String includePattern(Path dir, Set<String> packaged, Set<String> own) {
        List<String> patterns = new ArrayList<>();
        for (String name : packaged) {
            if (!own.contains(name)) {
                patterns.add(PACKAGED + name);
            }
        }
        patterns.add("file:" + dir.toString().replace('\\', '/') + "/*" + SUFFIX);
        return String.join(",", patterns);
    }

    private static Set<String> packagedNames() {
        Set<String> names = new TreeSet<>();
        try {
            for (Resource resource : new PathMatchingResourcePatternResolver().getResources(PACKAGED + "*" + SUFFIX)) {
                names.add(resource.getFilename());
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the packaged route files", e);
        }
        return names;
    }

    private static Set<String> ownNames(Path dir) {
        if (!Files.isDirectory(dir)) {
            throw new IllegalStateException("ATQB_ROUTES_DIR (atqb.routes-dir) is not a directory: " + dir);
        }
        Set<String> names = new TreeSet<>();
        try (Stream<Path> files = Files.list(dir)) {
            files.map(file -> file.getFileName().toString()).filter(name -> name.endsWith(SUFFIX)).forEach(names::add);
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot list the route files in ATQB_ROUTES_DIR " + dir, e);
        }
        return names;
    }
}
