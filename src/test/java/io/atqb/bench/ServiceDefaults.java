package io.atqb.bench;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;

/**
 * The settings of the service's normal configuration (application.yaml, packaged into the jar) that the call minimum
 * and the baseline must follow: rows per Autotask page and ids per "in" lookup.
 *
 * @param pageSize        {@code autotask.page-size}
 * @param lookupBatchSize {@code autotask.lookup-batch-size}
 */
record ServiceDefaults(int pageSize, int lookupBatchSize) {

    static ServiceDefaults read(Path applicationYaml) {
        try (InputStream in = Files.newInputStream(applicationYaml)) {
            // the first document holds the defaults; later ones are profiles (e.g. dev)
            @SuppressWarnings("unchecked")
            Map<String, Object> root = (Map<String, Object>) new Yaml(new SafeConstructor(new LoaderOptions()))
                    .loadAll(in).iterator().next();
            Map<?, ?> autotask = (Map<?, ?>) root.get("autotask");
            return new ServiceDefaults(number(autotask, "page-size"), number(autotask, "lookup-batch-size"));
        } catch (IOException e) {
            throw new UncheckedIOException("cannot read " + applicationYaml, e);
        }
    }

    private static int number(Map<?, ?> section, String key) {
        Object value = section.get(key);
        if (!(value instanceof Number number)) {
            throw new IllegalStateException("application.yaml has no number autotask." + key + " (found " + value + ")");
        }
        return number.intValue();
    }
}
