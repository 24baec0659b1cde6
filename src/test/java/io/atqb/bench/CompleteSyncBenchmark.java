package io.atqb.bench;

import static org.assertj.core.api.Assertions.assertThat;

import io.atqb.ServiceProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/**
 * Issue #5: one complete sync per tenant size over real HTTP and SOAP on loopback, the service running from its jar
 * in a child process. Prints the table and writes target/bench/results.md. Fails only when a sync was wrong; missed
 * performance targets are FAIL lines in the report. Run with {@code mvn -B -Pbench verify}
 * ({@code -Dbench.sizes=5000,100000:sparse,400000,500000,1000000@8}: rows, optionally {@code @} locations and
 * {@code :} a tenant shape, see {@link BenchSize#parse}; evidence for tuning: {@code -Dbench.threadDumpSeconds=N},
 * {@code -Dbench.heapHistogramSeconds=N}, {@code -Dbench.jfr=true}, see {@link JcmdDiagnostics};
 * {@code -Dbench.secondSync=false} drops the second sync in the warm service).
 */
class CompleteSyncBenchmark {

    @Test
    void shouldSyncEveryTenantSizeCorrectlyAndReportItsCost() throws IOException {
        Path benchDir = Path.of(property("bench.dir"));
        Files.createDirectories(benchDir);
        ServiceDefaults defaults = ServiceDefaults.read(Path.of(property("bench.basedir"), "application.yaml"));
        BenchRun run = new BenchRun(ServiceProcess.requireJar(Path.of(property("bench.jar"))), benchDir, defaults,
                JcmdDiagnostics.fromSystemProperties(), Boolean.parseBoolean(System.getProperty("bench.secondSync")));

        List<SizeResult> results = new ArrayList<>();
        Map<String, String> failed = new LinkedHashMap<>();
        for (BenchSize size : sizes()) {
            System.out.printf("bench: %s ...%n", size.title());
            try {
                results.add(run.run(size));
            } catch (RuntimeException e) {
                e.printStackTrace();
                failed.put(size.title(), e.toString());
            }
            Files.writeString(benchDir.resolve("results.md"), new BenchReport(results, failed, defaults).render(),
                    StandardCharsets.UTF_8);
        }
        String report = new BenchReport(results, failed, defaults).render();
        System.out.println(report);

        Map<String, List<String>> wrong = results.stream().filter(r -> !r.problems().isEmpty())
                .collect(Collectors.toMap(r -> r.size().title(), SizeResult::problems));
        assertThat(failed).as("sizes whose sync did not finish").isEmpty();
        assertThat(wrong).as("sizes whose sync was wrong").isEmpty();
    }

    private static List<BenchSize> sizes() {
        return Arrays.stream(System.getProperty("bench.sizes", "5000,100000:sparse,400000,500000,1000000@8").split(","))
                .map(String::strip).filter(s -> !s.isEmpty())
                .map(BenchSize::parse)
                .toList();
    }

    private static String property(String name) {
        String value = System.getProperty(name);
        if (value == null || value.isBlank()) {
            throw new IllegalStateException("system property " + name + " is not set; run with mvn -B -Pbench verify");
        }
        return value;
    }
}
