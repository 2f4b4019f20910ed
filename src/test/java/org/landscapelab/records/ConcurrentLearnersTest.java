package org.landscapelab.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.landscapelab.records.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * 50 learners write at once for a while ({@code -Dlab.records.seconds=N}), each event sent
 * once and about one in ten sent again as a client retry would: every event is stored exactly once. Prints the
 * throughput and write latencies it saw (figures for docs/performance.md, not asserted). The suite runs it for 10 s
 * per database, enough to prove exactly-once under contention; the published figures come from
 * {@code -Dlab.records.seconds=60}.
 */
class ConcurrentLearnersTest {

    private static final int LEARNERS = 50;

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_event_of_50_concurrent_learners_is_stored_exactly_once(Kind kind) throws Exception {
        Duration length = Duration.ofSeconds(Long.getLong("lab.records.seconds", 10));
        try (HikariDataSource ds = TestDatabases.fresh(kind, 10)) {
            JdbcClient jdbc = JdbcClient.create(ds);
            Migrations migrations = new Migrations();
            migrations.migrate(
                    org.flywaydb.core.Flyway.configure().dataSource(ds).load());
            ProgressRecorder recorder =
                    new ProgressRecorder(new LearnerRepository(jdbc), new ProgressRepository(jdbc), migrations);
            AtomicLong sent = new AtomicLong();
            AtomicLong resent = new AtomicLong();
            List<long[]> latencies = new ArrayList<>();
            CountDownLatch go = new CountDownLatch(1);
            List<Thread> threads = new ArrayList<>();
            AtomicLong end = new AtomicLong();
            for (int i = 0; i < LEARNERS; i++) {
                long[] mine = new long[1_000_000];
                latencies.add(mine);
                int learner = i;
                threads.add(Thread.ofPlatform().start(() -> {
                    Random random = new Random(learner);
                    String token = LearnerTokens.hash("learner-" + learner);
                    int n = 0;
                    try {
                        go.await();
                    } catch (InterruptedException e) {
                        return;
                    }
                    while (System.nanoTime() < end.get() && n < mine.length - 1) {
                        ProgressEvent e = random.nextInt(4) == 0
                                ? ProgressEvent.attempt(
                                        "lesson-" + random.nextInt(3),
                                        "step",
                                        "cp",
                                        "answer " + n,
                                        random.nextBoolean(),
                                        random.nextLong(),
                                        recorder.now())
                                : ProgressEvent.step("lesson-" + random.nextInt(3), "step-" + n, recorder.now());
                        long t = System.nanoTime();
                        recorder.record(token, e);
                        mine[++n] = System.nanoTime() - t;
                        sent.incrementAndGet();
                        if (random.nextInt(10) == 0) {
                            recorder.record(token, e); // the same event again: a retry
                            resent.incrementAndGet();
                        }
                        if (n % 20 == 0) {
                            recorder.position(token, "lesson-0", "step-" + n, "w.x=" + n);
                        }
                    }
                    mine[0] = n;
                }));
            }
            long started = System.nanoTime();
            end.set(started + length.toNanos());
            go.countDown();
            for (Thread t : threads) {
                t.join();
            }
            double seconds = (System.nanoTime() - started) / 1e9;
            assertThat(recorder.saving()).isTrue();
            assertThat(recorder.waiting()).isZero();
            long stored = jdbc.sql("SELECT COUNT(*) FROM progress_event")
                    .query(Long.class)
                    .single();
            assertThat(stored).isEqualTo(sent.get());
            assertThat(jdbc.sql("SELECT COUNT(*) FROM learner")
                            .query(Long.class)
                            .single())
                    .isEqualTo(LEARNERS);
            assertThat(jdbc.sql("SELECT COUNT(DISTINCT learner_id) FROM progress_event")
                            .query(Long.class)
                            .single())
                    .isEqualTo(LEARNERS);

            long[] all = latencies.stream()
                    .flatMapToLong(a -> Arrays.stream(a, 1, (int) a[0] + 1))
                    .sorted()
                    .toArray();
            System.out.printf(
                    "records load %s: %d learners, %.0f s, %d events stored (+%d retries refused), "
                            + "%.0f events/s; write p50 %.2f ms, p95 %.2f ms, p99 %.2f ms%n",
                    kind,
                    LEARNERS,
                    seconds,
                    stored,
                    resent.get(),
                    stored / seconds,
                    all[all.length / 2] / 1e6,
                    all[(int) (all.length * 0.95)] / 1e6,
                    all[(int) (all.length * 0.99)] / 1e6);
            recorder.close();
        }
    }
}
