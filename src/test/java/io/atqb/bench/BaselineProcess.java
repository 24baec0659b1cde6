package io.atqb.bench;

import io.atqb.ServiceProcess;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.TimeUnit;
import java.util.stream.Collectors;

/** The baseline pull in a fresh JVM with the service's heap, so it starts as cold as the service's first pull. */
final class BaselineProcess {

    private static final Duration BOUND = Duration.ofMinutes(10);

    private BaselineProcess() {
    }

    static BaselinePull.Result run(String zoneUrl, ServiceDefaults defaults, Map<Long, Instant> transfers, Path dir)
            throws IOException {
        Path transfersFile = dir.resolve("baseline-transfers.txt");
        Files.writeString(transfersFile, transfers.entrySet().stream().map(e -> e.getKey() + "=" + e.getValue())
                .collect(Collectors.joining("\n")), StandardCharsets.UTF_8);
        Path output = dir.resolve("baseline.log");
        Process process = new ProcessBuilder(List.of(
                Path.of(System.getProperty("java.home"), "bin", "java").toString(), ServiceProcess.MAX_HEAP,
                "-cp", System.getProperty("java.class.path"), BaselinePull.class.getName(), zoneUrl,
                Integer.toString(defaults.pageSize()), Integer.toString(defaults.lookupBatchSize()),
                transfersFile.toAbsolutePath().toString()))
                .redirectErrorStream(true).redirectOutput(output.toFile()).start();
        try {
            if (!process.waitFor(BOUND.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                throw new IllegalStateException("the cold baseline did not finish within " + BOUND);
            }
        } catch (InterruptedException e) {
            process.destroyForcibly();
            Thread.currentThread().interrupt();
            throw new IllegalStateException("interrupted while waiting for the cold baseline", e);
        }
        String line = Files.readAllLines(output).stream().filter(l -> l.startsWith("BASELINE ")).findFirst()
                .orElseThrow(() -> new IllegalStateException("the cold baseline printed no result; see " + output));
        String[] parts = line.split(" ");
        Map<String, Long> rows = new TreeMap<>();
        for (int i = 3; i < parts.length; i++) {
            String[] entry = parts[i].split("=", 2);
            rows.put(entry[0], Long.parseLong(entry[1]));
        }
        return new BaselinePull.Result(Duration.ofNanos(Long.parseLong(parts[1])), Long.parseLong(parts[2]), rows);
    }
}
