package io.atqb.bench;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;

/**
 * The CPU a benchmark in this JVM used: the whole process's (every thread, GC and JIT included) and the test
 * thread's, which runs the simulated Web Connector and company file. The difference is the service's (with the
 * simulated Autotask server, whose share is small: it answers a few dozen pages).
 */
final class CpuClock {

    private final long processStart;
    private final long threadStart;

    private CpuClock(long processStart, long threadStart) {
        this.processStart = processStart;
        this.threadStart = threadStart;
    }

    record Used(double processSeconds, double testThreadSeconds) {

        double serviceSeconds() {
            return Math.max(0.0, processSeconds - testThreadSeconds);
        }
    }

    static CpuClock start() {
        return new CpuClock(processCpuNanos(), threads().getCurrentThreadCpuTime());
    }

    Used stop() {
        return new Used((processCpuNanos() - processStart) / 1e9,
                (threads().getCurrentThreadCpuTime() - threadStart) / 1e9);
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
