package org.landscapelab.widgets;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

/** A learner's share of the server's computing: fair turns, bounded waiting, a CPU ceiling per run and per minute. */
class ComputeShareTest {

    private static final ComputeShare.Limits LIMITS =
            new ComputeShare.Limits(2, 1, 3, 64, Duration.ofMillis(300), Duration.ofSeconds(1));

    @Test
    void a_learner_with_many_computations_runs_one_at_a_time_and_another_learner_is_served_at_once() throws Exception {
        ComputeShare share = new ComputeShare(LIMITS);
        CountDownLatch release = new CountDownLatch(1);
        AtomicInteger aRunning = new AtomicInteger();
        AtomicInteger aMost = new AtomicInteger();
        List<String> order = Collections.synchronizedList(new ArrayList<>());
        CountDownLatch allDone = new CountDownLatch(4);
        for (int i = 0; i < 3; i++) {
            int n = i;
            assertThat(share.submit("A", () -> false, run -> {
                        aMost.accumulateAndGet(aRunning.incrementAndGet(), Math::max);
                        order.add("A" + n);
                        await(release);
                        aRunning.decrementAndGet();
                        allDone.countDown();
                    }))
                    .isEmpty();
        }
        CountDownLatch bRan = new CountDownLatch(1);
        assertThat(share.submit("B", () -> false, run -> {
                    order.add("B");
                    bRan.countDown();
                    allDone.countDown();
                }))
                .isEmpty();

        assertThat(bRan.await(5, TimeUnit.SECONDS))
                .as("B runs while A's first computation still holds a worker")
                .isTrue();
        assertThat(share.inFlight("A")).isEqualTo(3);
        release.countDown();
        assertThat(allDone.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(aMost.get())
                .as("A never had more than one computation running")
                .isEqualTo(1);
        // A0 and B start on the two workers at about the same time, so only what follows them has an order
        assertThat(order).containsExactlyInAnyOrder("A0", "B", "A1", "A2");
        assertThat(order.subList(2, 4)).containsExactly("A1", "A2");
    }

    @Test
    void past_its_waiting_places_a_learner_is_told_so_while_others_are_still_admitted() throws Exception {
        ComputeShare share = new ComputeShare(LIMITS);
        CountDownLatch release = new CountDownLatch(1);
        assertThat(share.submit("A", () -> false, run -> await(release))).isEmpty(); // running
        for (int i = 0; i < 3; i++) {
            assertThat(share.submit("A", () -> false, run -> await(release))).isEmpty(); // waiting
        }
        Optional<String> refused = share.submit("A", () -> false, run -> {});
        assertThat(refused)
                .contains("You already have 3 computations waiting (in this or another tab); wait for them"
                        + " to finish or cancel some.");
        assertThat(share.submit("B", () -> false, run -> {})).isEmpty();
        release.countDown();
    }

    @Test
    void a_run_past_its_cpu_ceiling_is_stopped_and_says_why() throws Exception {
        ComputeShare share = new ComputeShare(LIMITS);
        CountDownLatch done = new CountDownLatch(1);
        long[] used = new long[1];
        boolean[] over = new boolean[1];
        long[] spins = new long[1];
        share.submit("A", () -> false, run -> {
            long start =
                    java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime();
            while (!run.stop()) {
                spins[0]++; // busy work that polls the flag, as the numerics do between steps
            }
            used[0] = java.lang.management.ManagementFactory.getThreadMXBean().getCurrentThreadCpuTime() - start;
            over[0] = run.overCeiling();
            done.countDown();
        });
        assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
        assertThat(over[0]).isTrue();
        assertThat(used[0]).isBetween(300_000_000L, 1_000_000_000L);
    }

    @Test
    void a_cancelled_run_stops_without_being_counted_as_over_the_ceiling() throws Exception {
        ComputeShare share = new ComputeShare(LIMITS);
        CountDownLatch done = new CountDownLatch(1);
        boolean[] over = {true};
        java.util.concurrent.atomic.AtomicBoolean cancel = new java.util.concurrent.atomic.AtomicBoolean();
        share.submit("A", cancel::get, run -> {
            while (!run.stop()) {
                cancel.set(true);
            }
            over[0] = run.overCeiling();
            done.countDown();
        });
        assertThat(done.await(5, TimeUnit.SECONDS)).isTrue();
        assertThat(over[0]).isFalse();
    }

    @Test
    void a_learner_who_used_the_minutes_share_waits_until_old_runs_age_out() throws Exception {
        AtomicLong cpu = new AtomicLong();
        AtomicLong wall = new AtomicLong();
        ComputeShare share = new ComputeShare(LIMITS, cpu::get, wall::get);
        for (int i = 0; i < 4; i++) {
            CountDownLatch done = new CountDownLatch(1);
            assertThat(share.submit("A", () -> false, run -> {
                        cpu.addAndGet(250_000_000L); // a quarter second of computing each
                        done.countDown();
                    }))
                    .isEmpty();
            done.await(5, TimeUnit.SECONDS);
            waitIdle(share, "A");
            wall.addAndGet(10_000_000_000L); // ten seconds later
        }
        // 4 × 0.25 s within the last minute: the 1 s share is used; the first run ages out 60 s after it ended
        assertThat(share.submit("A", () -> false, run -> {}))
                .contains("You have used your share of the server's"
                        + " computing for this minute (1 s of computing per minute); try again in 20 seconds.");
        assertThat(share.submit("B", () -> false, run -> {}))
                .as("another learner is not affected")
                .isEmpty();
        wall.addAndGet(20_000_000_000L);
        assertThat(share.submit("A", () -> false, run -> {})).isEmpty();
    }

    @Test
    void work_queued_before_the_share_ran_out_waits_until_the_share_returns() throws Exception {
        AtomicLong cpu = new AtomicLong();
        AtomicLong wall = new AtomicLong();
        ComputeShare share = new ComputeShare(LIMITS, cpu::get, wall::get);
        CountDownLatch release = new CountDownLatch(1);
        CountDownLatch secondStarted = new CountDownLatch(1);
        assertThat(share.submit("A", () -> false, run -> {
                    await(release);
                    cpu.addAndGet(1_200_000_000L); // more than the 1 s share in one run
                }))
                .isEmpty();
        assertThat(share.submit("A", () -> false, run -> secondStarted.countDown()))
                .as("queued while A was under its share")
                .isEmpty();
        release.countDown();
        assertThat(secondStarted.await(300, TimeUnit.MILLISECONDS))
                .as("held back: A used its minute's share")
                .isFalse();
        assertThat(share.inFlight("A")).isEqualTo(1);
        CountDownLatch other = new CountDownLatch(1);
        assertThat(share.submit("B", () -> false, run -> other.countDown())).isEmpty();
        assertThat(other.await(5, TimeUnit.SECONDS))
                .as("another learner is served meanwhile")
                .isTrue();

        wall.addAndGet(61_000_000_000L); // the first run has aged out of the minute
        share.wake();
        assertThat(secondStarted.await(5, TimeUnit.SECONDS)).isTrue();
    }

    private static void waitIdle(ComputeShare share, String learner) throws InterruptedException {
        for (int i = 0; i < 500 && share.inFlight(learner) > 0; i++) {
            Thread.sleep(2);
        }
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
