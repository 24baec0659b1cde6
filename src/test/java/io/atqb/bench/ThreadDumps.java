package io.atqb.bench;

import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Optional evidence of where the service spends its time: {@code jcmd <pid> Thread.print} every few seconds into
 * threads-NNN.txt beside the service log. Off unless {@code bench.threadDumpSeconds} is set (jcmd costs CPU too).
 */
final class ThreadDumps implements AutoCloseable {

    private static final int MAX_DUMPS = 200;

    private Thread thread;
    private volatile boolean stopped;

    private ThreadDumps() {
    }

    /** Starts dumping every {@code interval}; a zero interval dumps nothing. */
    static ThreadDumps start(long pid, Path dir, Duration interval) {
        ThreadDumps dumps = new ThreadDumps();
        if (!interval.isZero()) {
            dumps.thread = new Thread(() -> dumps.loop(pid, dir, interval), "bench-thread-dumps");
            dumps.thread.setDaemon(true);
            dumps.thread.start();
        }
        return dumps;
    }

    private void loop(long pid, Path dir, Duration interval) {
        String jcmd = Path.of(System.getProperty("java.home"), "bin", "jcmd").toString();
        for (int i = 1; i <= MAX_DUMPS && !stopped; i++) {
            try {
                Thread.sleep(interval.toMillis());
                Process process = new ProcessBuilder(List.of(jcmd, Long.toString(pid), "Thread.print"))
                        .redirectErrorStream(true)
                        .redirectOutput(dir.resolve(String.format("threads-%03d.txt", i)).toFile())
                        .start();
                if (!process.waitFor(30, TimeUnit.SECONDS)) {
                    process.destroyForcibly();
                }
            } catch (InterruptedException e) {
                return;
            } catch (IOException e) {
                return;
            }
        }
    }

    @Override
    public void close() {
        if (thread != null) {
            stopped = true;
            thread.interrupt();
            try {
                thread.join(Duration.ofSeconds(35).toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
    }
}
