package org.landscapelab.widgets;

import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.BooleanSupplier;
import java.util.function.LongSupplier;

/**
 * The server's computing, shared fairly between learners: a few workers, and per learner (one browser session, all
 * its tabs) at most {@link Limits#runningPerLearner} computations at once, {@link Limits#waitingPerLearner} waiting,
 * {@link Limits#cpuPerRun} of CPU time per run and {@link Limits#cpuPerMinute} per minute. Waiting work is handed
 * out round-robin between learners, so one learner with twenty busy tabs waits behind everyone else's single click.
 *
 * <p>A run past its CPU ceiling is stopped cooperatively: the stop flag it already polls for cancellation turns
 * true, and {@link Run#overCeiling()} says why. No Vaadin here: {@link Background} adapts it to pages.
 */
public final class ComputeShare {

    /**
     * @param workers threads doing the work (the rest of the machine serves pages)
     * @param runningPerLearner computations of one learner running at once
     * @param waitingPerLearner computations of one learner waiting for a worker
     * @param waitingInAll computations waiting in all, past which new work is refused
     * @param cpuPerRun CPU time one run may use before it is stopped
     * @param cpuPerMinute CPU time one learner may use in any 60 seconds
     */
    public record Limits(
            int workers,
            int runningPerLearner,
            int waitingPerLearner,
            int waitingInAll,
            Duration cpuPerRun,
            Duration cpuPerMinute) {

        /**
         * What the server uses; stated in the widget reference. 5 s per run rather than 2: the openness probe on a
         * 4×4×4 instance needs 4–5 s of CPU on the machines we target (docs/performance.md).
         */
        public static final Limits STANDARD = new Limits(2, 1, 8, 64, Duration.ofSeconds(5), Duration.ofSeconds(30));
    }

    /** One admitted computation, as the work sees it. */
    public static final class Run {
        private final BooleanSupplier cancelled;
        private final long ceilingNanos;
        private final AtomicBoolean over = new AtomicBoolean();
        private LongSupplier cpu;
        private long startCpu;
        private long lastLook;

        Run(BooleanSupplier cancelled, long ceilingNanos) {
            this.cancelled = cancelled;
            this.ceilingNanos = ceilingNanos;
        }

        private void begin(LongSupplier cpuClock) {
            cpu = cpuClock;
            startCpu = cpuClock.getAsLong();
            lastLook = System.nanoTime();
        }

        /** True once the learner cancelled or the run used its CPU ceiling; polled by the work between steps. */
        public boolean stop() {
            if (cancelled.getAsBoolean() || over.get()) {
                return true;
            }
            long now = System.nanoTime();
            // reading the thread's CPU clock costs a system call: look at most every 10 ms of wall time
            if (now - lastLook >= 10_000_000L) {
                lastLook = now;
                if (used() > ceilingNanos) {
                    over.set(true);
                    return true;
                }
            }
            return false;
        }

        /** True when the run was stopped because it reached the CPU ceiling. */
        public boolean overCeiling() {
            return over.get();
        }

        long used() {
            return cpu == null ? 0 : Math.max(0, cpu.getAsLong() - startCpu);
        }
    }

    /** What to run: it gets its {@link Run} (to poll {@link Run#stop()}) and reports its own results. */
    @FunctionalInterface
    public interface Task {
        void run(Run run);
    }

    private final Limits limits;
    private final ExecutorService workers;
    private final LongSupplier cpuClock;
    private final LongSupplier wallClock;
    private final Map<Object, Deque<Pending>> waiting = new LinkedHashMap<>();
    private final Map<Object, Integer> running = new HashMap<>();
    // weak: a session that ended must not stay in memory for its last minute of accounting
    private final Map<Object, Deque<long[]>> spent = new java.util.WeakHashMap<>();
    private int waitingCount;
    private int free;
    // Wakes the dispatcher when a learner held back by the minute's share is under it again.
    private final ScheduledExecutorService timer = Executors.newSingleThreadScheduledExecutor(
            Thread.ofPlatform().daemon().name("widget-share-timer").factory());
    private boolean wakeSet;

    private record Pending(Run run, Task task) {}

    public ComputeShare(Limits limits) {
        this(limits, threadCpuClock(), System::nanoTime);
    }

    ComputeShare(Limits limits, LongSupplier cpuClock, LongSupplier wallClock) {
        this.limits = limits;
        this.cpuClock = cpuClock;
        this.wallClock = wallClock;
        this.free = limits.workers();
        this.workers = new ThreadPoolExecutor(
                limits.workers(),
                limits.workers(),
                0,
                TimeUnit.MILLISECONDS,
                new LinkedBlockingQueue<>(),
                Thread.ofPlatform().daemon().name("widget-work-", 0).factory());
    }

    public Limits limits() {
        return limits;
    }

    private static LongSupplier threadCpuClock() {
        ThreadMXBean threads = ManagementFactory.getThreadMXBean();
        if (threads.isCurrentThreadCpuTimeSupported()) {
            return threads::getCurrentThreadCpuTime;
        }
        return System::nanoTime; // wall time is an upper bound of CPU time: the ceiling only gets stricter
    }

    /**
     * Queues {@code task} for {@code learner}, or says in a sentence why not (the learner's share is used up, or the
     * server is full). {@code cancelled} is the learner's own cancel flag.
     */
    public synchronized Optional<String> submit(Object learner, BooleanSupplier cancelled, Task task) {
        long minute = cpuLastMinute(learner);
        if (minute >= limits.cpuPerMinute().toNanos()) {
            long wait = secondsUntilBelow(learner);
            return Optional.of("You have used your share of the server's computing for this minute ("
                    + limits.cpuPerMinute().toSeconds() + " s of computing per minute); try again in " + wait
                    + (wait == 1 ? " second." : " seconds."));
        }
        Deque<Pending> mine = waiting.get(learner);
        if (mine != null && mine.size() >= limits.waitingPerLearner()) {
            return Optional.of("You already have " + limits.waitingPerLearner() + " computations waiting (in this"
                    + " or another tab); wait for them to finish or cancel some.");
        }
        if (waitingCount >= limits.waitingInAll()) {
            return Optional.of("The server is busy with other students' computations; try again in a moment.");
        }
        waiting.computeIfAbsent(learner, k -> new ArrayDeque<>())
                .add(new Pending(new Run(cancelled, limits.cpuPerRun().toNanos()), task));
        waitingCount++;
        dispatch();
        return Optional.empty();
    }

    /** Computations of this learner running or waiting. */
    public synchronized int inFlight(Object learner) {
        Deque<Pending> mine = waiting.get(learner);
        return running.getOrDefault(learner, 0) + (mine == null ? 0 : mine.size());
    }

    // Round-robin: the first learner in line with work, room and minute's share left gets the worker, then goes to
    // the back of the line. Work queued before the share ran out waits too: the share is what a learner gets per
    // minute, however many computations they queued while under it.
    private void dispatch() {
        while (free > 0) {
            Object next = null;
            for (Iterator<Object> it = waiting.keySet().iterator(); it.hasNext(); ) {
                Object learner = it.next();
                if (running.getOrDefault(learner, 0) < limits.runningPerLearner()
                        && cpuLastMinute(learner) < limits.cpuPerMinute().toNanos()) {
                    next = learner;
                    break;
                }
            }
            if (next == null) {
                wakeWhenShareReturns();
                return;
            }
            Deque<Pending> queue = waiting.remove(next);
            Pending p = queue.poll();
            if (!queue.isEmpty()) {
                waiting.put(next, queue); // to the back of the line
            }
            waitingCount--;
            free--;
            running.merge(next, 1, Integer::sum);
            Object learner = next;
            workers.execute(() -> {
                p.run().begin(cpuClock);
                try {
                    p.task().run(p.run());
                } finally {
                    finished(learner, p.run().used());
                }
            });
        }
    }

    private void wakeWhenShareReturns() {
        long soonest = Long.MAX_VALUE;
        for (Object learner : waiting.keySet()) {
            if (running.getOrDefault(learner, 0) < limits.runningPerLearner()
                    && cpuLastMinute(learner) >= limits.cpuPerMinute().toNanos()) {
                soonest = Math.min(soonest, secondsUntilBelow(learner));
            }
        }
        if (soonest != Long.MAX_VALUE && !wakeSet) {
            wakeSet = true;
            timer.schedule(this::wake, soonest, TimeUnit.SECONDS);
        }
    }

    /** Looks again for work that may start: what the timer calls once a held-back learner's share returns. */
    synchronized void wake() {
        wakeSet = false;
        dispatch();
    }

    private synchronized void finished(Object learner, long cpuNanos) {
        free++;
        if (running.merge(learner, -1, Integer::sum) <= 0) {
            running.remove(learner);
        }
        spent.computeIfAbsent(learner, k -> new ArrayDeque<>()).add(new long[] {wallClock.getAsLong(), cpuNanos});
        dispatch();
    }

    private long cpuLastMinute(Object learner) {
        Deque<long[]> mine = spent.get(learner);
        if (mine == null) {
            return 0;
        }
        long since = wallClock.getAsLong() - 60_000_000_000L;
        while (!mine.isEmpty() && mine.peekFirst()[0] <= since) {
            mine.pollFirst();
        }
        if (mine.isEmpty()) {
            spent.remove(learner);
            return 0;
        }
        return mine.stream().mapToLong(e -> e[1]).sum();
    }

    // When enough of the last minute's runs age out for the learner to be under the minute's share again.
    private long secondsUntilBelow(Object learner) {
        long total = cpuLastMinute(learner);
        long now = wallClock.getAsLong();
        for (long[] e : spent.getOrDefault(learner, new ArrayDeque<>())) {
            total -= e[1];
            if (total < limits.cpuPerMinute().toNanos()) {
                return Math.max(1, (e[0] + 60_000_000_000L - now + 999_999_999L) / 1_000_000_000L);
            }
        }
        return 60;
    }
}
