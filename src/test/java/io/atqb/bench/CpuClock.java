package io.atqb.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadInfo;
import java.lang.management.ThreadMXBean;
import java.util.HashMap;
import java.util.Map;
import java.util.TreeMap;

/**
 * The CPU a benchmark in this JVM used: the whole process's (every thread, the JIT compiler and GC included), the
 * test thread's (it runs the simulated Web Connector and company file), and the service's threads' (every Java
 * thread alive at the end but the test thread and the doubles' threads, from their CPU at the start or
 * since they started). The JVM's own compiler and GC threads are not Java threads and count only in the process.
 */
final class CpuClock {

    /**
     * Threads of the doubles: the simulated Autotask server (its workers and the JDK HTTP server's dispatcher) and
     * the simulated Web Connector's JDK {@code HttpClient} (the service itself sends no request with that client).
     */
    static final String[] SIMULATION_THREADS = {"sandbox-autotask-", "HTTP-Dispatcher", "HttpClient-"};

    private final long processStart;
    private final long threadStart;
    private final Map<Long, Long> serviceThreadsStart;
    private final Map<Long, String> serviceThreadNames = new HashMap<>();

    private CpuClock(long processStart, long threadStart, Map<Long, Long> serviceThreadsStart) {
        this.processStart = processStart;
        this.threadStart = threadStart;
        this.serviceThreadsStart = serviceThreadsStart;
    }

    record Used(double processSeconds, double testThreadSeconds, double serviceThreadSeconds,
            Map<String, Double> serviceSecondsByKind) {

        /** What is neither the test thread's nor (roughly) the simulated Autotask's: process less test thread. */
        double processLessTestThreadSeconds() {
            return Math.max(0.0, processSeconds - testThreadSeconds);
        }
    }

    static CpuClock start() {
        return new CpuClock(processCpuNanos(), threads().getCurrentThreadCpuTime(), serviceThreads(new HashMap<>()));
    }

    Used stop() {
        long serviceNanos = 0;
        Map<String, Double> byKind = new TreeMap<>();
        for (Map.Entry<Long, Long> thread : serviceThreads(serviceThreadNames).entrySet()) {
            long nanos = thread.getValue() - serviceThreadsStart.getOrDefault(thread.getKey(), 0L);
            serviceNanos += nanos;
            byKind.merge(kind(serviceThreadNames.get(thread.getKey())), nanos / 1e9, Double::sum);
        }
        return new Used((processCpuNanos() - processStart) / 1e9,
                (threads().getCurrentThreadCpuTime() - threadStart) / 1e9, serviceNanos / 1e9, byKind);
    }

    /** A thread's kind: its name with every run of digits as {@code #} ({@code http-nio-#-exec-#}). */
    static String kind(String threadName) {
        return threadName.replaceAll("\\d+", "#");
    }

    static boolean isSimulation(String threadName) {
        for (String prefix : SIMULATION_THREADS) {
            if (threadName.startsWith(prefix)) {
                return true;
            }
        }
        return false;
    }

    /** CPU nanoseconds per live service thread (not the current one, not the simulation's); names go to names. */
    private static Map<Long, Long> serviceThreads(Map<Long, String> names) {
        Map<Long, Long> cpu = new HashMap<>();
        long current = Thread.currentThread().getId();
        for (ThreadInfo info : threads().getThreadInfo(threads().getAllThreadIds())) {
            if (info == null || info.getThreadId() == current || isSimulation(info.getThreadName())) {
                continue;
            }
            long nanos = threads().getThreadCpuTime(info.getThreadId());
            if (nanos >= 0) {
                cpu.put(info.getThreadId(), nanos);
                names.put(info.getThreadId(), info.getThreadName());
            }
        }
        return cpu;
    }

    private static ThreadMXBean threads() {
        return ManagementFactory.getThreadMXBean();
    }

    private static long processCpuNanos() {
        if (ManagementFactory.getOperatingSystemMXBean() instanceof com.sun.management.OperatingSystemMXBean os) {
            return os.getProcessCpuTime();
        }
        throw new IllegalStateException("This JVM does not report its process CPU time");
    }
}
