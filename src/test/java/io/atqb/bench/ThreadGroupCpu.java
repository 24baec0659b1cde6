package io.atqb.bench;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * The service process's CPU by kind of thread, read from Linux's {@code /proc/<pid>/task/<tid>/stat} (user + system
 * clock ticks) and {@code comm} (the thread name, cut to 15 characters): the JIT compiler, the garbage collector,
 * the Web Connector and admin calls (Tomcat's request threads), Camel's route threads (the Autotask pull and the
 * plan), and the rest. A thread that ends inside the span takes its ticks with it, so the groups can add up to a
 * little less than the process. Empty where there is no {@code /proc}.
 */
final class ThreadGroupCpu {

    static final String JIT = "JIT compiler";
    static final String GC = "garbage collector";
    static final String REQUESTS = "QBWC and admin calls";
    static final String ROUTES = "Camel routes (pull, plan)";
    static final String OTHER = "other";
    static final List<String> GROUPS = List.of(JIT, GC, REQUESTS, ROUTES, OTHER);
    /** Clock ticks per second of {@code /proc} stat times (USER_HZ, 100 on Linux). */
    static final double TICKS_PER_SECOND = 100.0;

    private ThreadGroupCpu() {
    }

    /** The group a thread's {@code comm} name falls in. */
    static String group(String threadName) {
        if (threadName.contains("CompilerThre")) {
            return JIT;
        }
        if (threadName.startsWith("GC Thread") || threadName.startsWith("G1 ") || threadName.equals("VM Thread")) {
            return GC;
        }
        if (threadName.startsWith("http-nio")) {
            return REQUESTS;
        }
        if (threadName.startsWith("Camel")) {
            return ROUTES;
        }
        return OTHER;
    }

    /** User + system ticks from a {@code stat} line (fields 14 and 15; the name in parentheses may hold spaces). */
    static long ticks(String statLine) {
        String[] fields = statLine.substring(statLine.lastIndexOf(')') + 2).trim().split(" ");
        return Long.parseLong(fields[11]) + Long.parseLong(fields[12]);
    }

    /** Seconds of CPU per group so far, over the threads alive now. */
    static Map<String, Double> read(long pid) {
        Map<String, Double> seconds = empty();
        Path tasks = Path.of("/proc", Long.toString(pid), "task");
        if (!Files.isDirectory(tasks)) {
            return seconds;
        }
        try (Stream<Path> threads = Files.list(tasks)) {
            threads.forEach(thread -> add(seconds, thread));
        } catch (IOException e) {
            return empty();
        }
        return seconds;
    }

    /** What each group used between two readings. */
    static Map<String, Double> between(Map<String, Double> before, Map<String, Double> after) {
        Map<String, Double> used = empty();
        for (String group : GROUPS) {
            used.put(group, Math.max(0.0, after.getOrDefault(group, 0.0) - before.getOrDefault(group, 0.0)));
        }
        return used;
    }

    private static void add(Map<String, Double> seconds, Path thread) {
        try {
            String name = Files.readString(thread.resolve("comm")).strip();
            long ticks = ticks(Files.readString(thread.resolve("stat")));
            seconds.merge(group(name), ticks / TICKS_PER_SECOND, Double::sum);
        } catch (IOException | RuntimeException e) {
            // the thread ended between listing and reading: its ticks are gone with it
        }
    }

    private static Map<String, Double> empty() {
        Map<String, Double> seconds = new LinkedHashMap<>();
        GROUPS.forEach(group -> seconds.put(group, 0.0));
        return seconds;
    }
}
