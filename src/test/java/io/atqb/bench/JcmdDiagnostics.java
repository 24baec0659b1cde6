package io.atqb.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Optional evidence of where the service spends its time and memory, taken with {@code jcmd} during the timed part
 * and written beside the service log: thread dumps (threads-NNN.txt) and class histograms (histogram-NNN.txt, each
 * forces a full GC) every few seconds, and a Java Flight Recorder recording with the "profile" settings (sync.jfr;
 * {@code -Dbench.jfrSettings=default} samples less often and disturbs the service less).
 * All off by default: they cost the service CPU and would blur the figures.
 *
 * @param threadDumpInterval  {@code bench.threadDumpSeconds}; zero = none
 * @param histogramInterval   {@code bench.heapHistogramSeconds}; zero = none
 * @param flightRecording     {@code bench.jfr}
 */
record JcmdDiagnostics(Duration threadDumpInterval, Duration histogramInterval, boolean flightRecording) {

    private static final int MAX_SAMPLES = 200;
    private static final Duration JCMD_BOUND = Duration.ofSeconds(60);

    /** No evidence. */
    static JcmdDiagnostics none() {
        return new JcmdDiagnostics(Duration.ZERO, Duration.ZERO, false);
    }

    static JcmdDiagnostics fromSystemProperties() {
        return new JcmdDiagnostics(seconds("bench.threadDumpSeconds"), seconds("bench.heapHistogramSeconds"),
                Boolean.parseBoolean(System.getProperty("bench.jfr", "false")));
    }

    private static Duration seconds(String property) {
        return Duration.ofSeconds(Long.parseLong(System.getProperty(property, "0").strip()));
    }

    /** Starts what is switched on for the service process {@code pid}; closing it stops everything. */
    Running start(long pid, Path dir) {
        List<Thread> samplers = new ArrayList<>();
        Running running = new Running(pid, dir, samplers, flightRecording);
        if (flightRecording) {
            running.jcmd("JFR.start", "name=bench", "settings=" + System.getProperty("bench.jfrSettings", "profile"));
        }
        if (!threadDumpInterval.isZero()) {
            samplers.add(running.every(threadDumpInterval, "threads", "Thread.print"));
        }
        if (!histogramInterval.isZero()) {
            samplers.add(running.every(histogramInterval, "histogram", "GC.class_histogram"));
        }
        samplers.forEach(Thread::start);
        return running;
    }

    /**
     * Runs {@code jcmd <pid> <command...>}, its output appended to {@code output}; true when it ended within the
     * bound. Evidence only: a failed jcmd leaves its file empty.
     */
    static boolean jcmd(long pid, Path output, String... command) {
        List<String> line = new ArrayList<>();
        line.add(Path.of(System.getProperty("java.home"), "bin", "jcmd").toString());
        line.add(Long.toString(pid));
        line.addAll(List.of(command));
        try {
            Process process = new ProcessBuilder(line).redirectErrorStream(true)
                    .redirectOutput(ProcessBuilder.Redirect.appendTo(output.toFile())).start();
            if (!process.waitFor(JCMD_BOUND.toSeconds(), TimeUnit.SECONDS)) {
                process.destroyForcibly();
                return false;
            }
            return true;
        } catch (IOException e) {
            return false;
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return false;
        }
    }

    /** The diagnostics of one service process. */
    static final class Running implements AutoCloseable {

        private final long pid;
        private final Path dir;
        private final List<Thread> samplers;
        private final boolean flightRecording;
        private volatile boolean stopped;

        private Running(long pid, Path dir, List<Thread> samplers, boolean flightRecording) {
            this.pid = pid;
            this.dir = dir;
            this.samplers = samplers;
            this.flightRecording = flightRecording;
        }

        private Thread every(Duration interval, String prefix, String command) {
            Thread thread = new Thread(() -> {
                for (int i = 1; i <= MAX_SAMPLES && !stopped; i++) {
                    try {
                        Thread.sleep(interval.toMillis());
                    } catch (InterruptedException e) {
                        return;
                    }
                    jcmdTo(dir.resolve(String.format("%s-%03d.txt", prefix, i)), command);
                }
            }, "bench-jcmd-" + prefix);
            thread.setDaemon(true);
            return thread;
        }

        void jcmd(String... command) {
            jcmdTo(dir.resolve("jcmd.log"), command);
        }

        private void jcmdTo(Path output, String... command) {
            JcmdDiagnostics.jcmd(pid, output, command);
        }

        /** Stops everything; a second call does nothing. */
        @Override
        public synchronized void close() {
            if (stopped) {
                return;
            }
            stopped = true;
            for (Thread sampler : samplers) {
                sampler.interrupt();
                try {
                    sampler.join(JCMD_BOUND.toMillis());
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                }
            }
            if (flightRecording) {
                jcmd("JFR.stop", "name=bench", "filename=" + dir.resolve("sync.jfr").toAbsolutePath());
            }
        }
    }
}
