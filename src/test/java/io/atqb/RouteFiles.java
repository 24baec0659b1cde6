package io.atqb;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.springframework.core.io.Resource;
import org.springframework.core.io.support.PathMatchingResourcePatternResolver;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The names the packaged route files ({@code routes/*.camel.yaml}) use: route and route configuration ids, the
 * direct/seda endpoints they call, and the exchange properties and headers they set. For tests that check a
 * feature's route files against the one class that declares those names.
 */
public final class RouteFiles {

    private final Set<String> routeIds = new TreeSet<>();
    private final Set<String> routeConfigurationIds = new TreeSet<>();
    private final Set<String> usedConfigurations = new TreeSet<>();
    private final Set<String> calledRoutes = new TreeSet<>();
    private final Set<String> exchangeKeys = new TreeSet<>();

    private RouteFiles() {
    }

    /** Reads the packaged route files whose names match the pattern, e.g. {@code autotask-*.camel.yaml}. */
    public static RouteFiles read(String filePattern) {
        RouteFiles files = new RouteFiles();
        try {
            Resource[] resources = new PathMatchingResourcePatternResolver()
                    .getResources("classpath:routes/" + filePattern);
            if (resources.length == 0) {
                throw new IllegalStateException("No route file matches routes/" + filePattern);
            }
            for (Resource resource : resources) {
                try (InputStream in = resource.getInputStream()) {
                    files.visit(new Yaml(new SafeConstructor(new LoaderOptions())).load(in), null);
                }
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return files;
    }

    /** The values of a class's public or package-visible static final String fields. */
    public static Set<String> constantsOf(Class<?> type) {
        Set<String> values = new TreeSet<>();
        for (Field field : type.getDeclaredFields()) {
            int modifiers = field.getModifiers();
            if (Modifier.isStatic(modifiers) && Modifier.isFinal(modifiers) && !Modifier.isPrivate(modifiers)
                    && field.getType() == String.class) {
                values.add(valueOf(field));
            }
        }
        return values;
    }

    private static String valueOf(Field field) {
        try {
            field.setAccessible(true);
            return (String) field.get(null);
        } catch (IllegalAccessException e) {
            throw new IllegalStateException("Cannot read " + field, e);
        }
    }

    private void visit(Object node, String key) {
        if (node instanceof Map<?, ?> map) {
            visitMap(map, key);
        } else if (node instanceof List<?> list) {
            list.forEach(item -> visit(item, key));
        } else if (node instanceof String text && "uri".equals(key)) {
            calledRoute(text);
        }
    }

    private void visitMap(Map<?, ?> map, String parentKey) {
        if (("route".equals(parentKey) || "routeTemplate".equals(parentKey)) && map.get("id") instanceof String id) {
            routeIds.add(id);
        }
        if ("routeConfiguration".equals(parentKey) && map.get("id") instanceof String id) {
            routeConfigurationIds.add(id);
        }
        if (map.get("routeConfigurationId") instanceof String used) {
            usedConfigurations.add(used);
        }
        if (("setProperty".equals(parentKey) || "setHeader".equals(parentKey))
                && map.get("name") instanceof String name) {
            exchangeKeys.add(name);
        }
        map.forEach((k, v) -> visit(v, String.valueOf(k)));
    }

    private void calledRoute(String uri) {
        for (String scheme : List.of("direct:", "seda:")) {
            if (uri.startsWith(scheme)) {
                calledRoutes.add(uri.substring(scheme.length()));
            }
        }
    }

    public Set<String> routeIds() {
        return routeIds;
    }

    public Set<String> routeConfigurationIds() {
        return routeConfigurationIds;
    }

    /** The route configurations the routes name in {@code routeConfigurationId}. */
    public Set<String> usedConfigurations() {
        return usedConfigurations;
    }

    /** Routes called or consumed by direct/seda endpoint name (the from endpoints too). */
    public Set<String> calledRoutes() {
        return calledRoutes;
    }

    /** Names of the exchange properties and headers the routes set. */
    public Set<String> exchangeKeys() {
        return exchangeKeys;
    }
}
