package io.atqb.bench;

import io.atqb.sandbox.autotask.SandboxStats;
import io.atqb.sandbox.quickbooks.SandboxCompanyFile;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Times the run from the doubles' side, since neither records when things happened: a thread polls the sandbox
 * Autotask's call counter and calls in flight and the QuickBooks company's message counter every few milliseconds,
 * and notes when Autotask was last seen busy (a call arriving or being answered) and when QuickBooks received each
 * message set. Both times are late by at most one poll interval.
 */
final class ActivityProbe implements AutoCloseable {

    static final Duration INTERVAL = Duration.ofMillis(5);
    private static final Duration BOUND = Duration.ofHours(2);

    private final SandboxStats autotask;
    private final SandboxCompanyFile company;
    private final Thread thread;
    private volatile boolean stopped;
    private volatile long firstAutotaskCallNanos;
    private volatile long lastAutotaskCallNanos;
    private volatile long autotaskCalls;
    private final List<Long> messageNanos = new ArrayList<>();

    private ActivityProbe(SandboxStats autotask, SandboxCompanyFile company) {
        this.autotask = autotask;
        this.company = company;
        this.thread = new Thread(this::poll, "bench-activity-probe");
        this.thread.setDaemon(true);
    }

    /** Starts polling; counts already present are the starting point. */
    static ActivityProbe start(SandboxStats autotask, SandboxCompanyFile company) {
        ActivityProbe probe = new ActivityProbe(autotask, company);
        probe.autotaskCalls = autotask.totalCalls();
        probe.thread.start();
        return probe;
    }

    private void poll() {
        long deadline = System.nanoTime() + BOUND.toNanos();
        int messagesAtStart = company.messageCount();
        while (!stopped && System.nanoTime() < deadline) {
            long calls = autotask.totalCalls();
            boolean answering = autotask.inFlightOverall() > 0;
            long now = System.nanoTime();
            if (calls != autotaskCalls || answering) {
                if (firstAutotaskCallNanos == 0) {
                    firstAutotaskCallNanos = now;
                }
                autotaskCalls = calls;
                lastAutotaskCallNanos = now;
            }
            // taken before asking: messageCount() waits while QuickBooks processes a message set
            long beforeAsking = System.nanoTime();
            int messages = company.messageCount() - messagesAtStart;
            synchronized (messageNanos) {
                while (messageNanos.size() < messages) {
                    messageNanos.add(beforeAsking);
                }
            }
            try {
                Thread.sleep(INTERVAL.toMillis());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** System.nanoTime() when the first Autotask call of the run was seen arriving (or in flight), or 0. */
    long firstAutotaskCallNanos() {
        return firstAutotaskCallNanos;
    }

    /** System.nanoTime() when Autotask was last seen busy, or 0 when it never was. */
    long lastAutotaskCallNanos() {
        return lastAutotaskCallNanos;
    }

    /** System.nanoTime() when QuickBooks had received its first message set, or 0. */
    long firstMessageNanos() {
        synchronized (messageNanos) {
            return messageNanos.isEmpty() ? 0 : messageNanos.get(0);
        }
    }

    /** System.nanoTime() at which QuickBooks had received each message set, in order. */
    List<Long> messageNanos() {
        synchronized (messageNanos) {
            return List.copyOf(messageNanos);
        }
    }

    @Override
    public void close() {
        stopped = true;
        try {
            thread.join(Duration.ofSeconds(5).toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
