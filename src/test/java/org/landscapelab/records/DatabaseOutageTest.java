package org.landscapelab.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariConfig;
import com.zaxxer.hikari.HikariDataSource;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The database goes away mid-lesson, or is not there at start: nothing is thrown at the page, writes wait in
 * order, and each is stored exactly once when the database is back.
 */
class DatabaseOutageTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
    private HikariDataSource real;
    private SwitchableDataSource db;
    private ProgressRecorder recorder;
    private final List<Boolean> heard = new CopyOnWriteArrayList<>();

    private void start(boolean downAtStart) {
        HikariConfig config = new HikariConfig();
        config.setJdbcUrl("jdbc:h2:mem:outage-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
        config.setUsername("sa");
        real = new HikariDataSource(config);
        db = new SwitchableDataSource(real);
        db.down = downAtStart;
        JdbcClient jdbc = JdbcClient.create(db);
        Migrations migrations = new Migrations();
        migrations.migrate(Flyway.configure().dataSource(db).load());
        recorder = new ProgressRecorder(new LearnerRepository(jdbc), new ProgressRepository(jdbc), migrations);
        recorder.addListener(heard::add);
    }

    @AfterEach
    void stop() {
        recorder.close();
        real.close();
    }

    private long events() {
        return JdbcClient.create(real)
                .sql("SELECT COUNT(*) FROM progress_event")
                .query(Long.class)
                .single();
    }

    private static void await(BooleanSupplier condition) throws InterruptedException {
        long until = System.nanoTime() + Duration.ofSeconds(20).toNanos();
        while (!condition.getAsBoolean()) {
            if (System.nanoTime() > until) {
                throw new AssertionError("the records did not reach the expected state within 20 s");
            }
            Thread.sleep(50);
        }
    }

    @Test
    void writes_wait_while_the_database_is_away_and_are_stored_once_when_it_is_back() throws Exception {
        start(false);
        String ada = LearnerTokens.hash(LearnerTokens.newToken());
        recorder.record(ada, ProgressEvent.step("l", "s1", T0));
        assertThat(events()).isEqualTo(1);

        db.down = true;
        recorder.record(ada, ProgressEvent.step("l", "s2", T0.plusSeconds(1)));
        recorder.record(ada, ProgressEvent.passed("l", "s2", "c", T0.plusSeconds(2)));
        recorder.position(ada, "l", "s2", "w.x=2");
        assertThat(recorder.saving()).isFalse();
        assertThat(heard).containsExactly(false);
        assertThat(recorder.waiting()).isEqualTo(3);
        assertThat(recorder.records(ada)).as("cannot be read now, and says so").isEmpty();

        db.down = false;
        // the listeners hear of it just after saving() turns true, on the replaying thread: wait for both
        await(() -> recorder.saving() && heard.size() == 2);
        assertThat(heard).containsExactly(false, true);
        assertThat(recorder.waiting()).isZero();
        assertThat(events()).isEqualTo(3);
        LessonRecord l = recorder.records(ada).orElseThrow().get("l");
        assertThat(l.stepsSeen()).containsExactlyInAnyOrder("s1", "s2");
        assertThat(l.passed()).containsExactly("c");
        assertThat(l.position().state()).isEqualTo("w.x=2");
    }

    @Test
    void a_database_missing_at_start_is_migrated_and_written_to_when_it_comes() throws Exception {
        start(true);
        assertThat(recorder.saving()).isFalse();
        String ada = LearnerTokens.hash(LearnerTokens.newToken());
        recorder.record(ada, ProgressEvent.step("l", "s1", T0));
        recorder.record(ada, ProgressEvent.step("l", "s2", T0.plusSeconds(1)));

        db.down = false;
        await(recorder::saving);
        assertThat(events()).isEqualTo(2);
        assertThat(recorder.records(ada).orElseThrow().get("l").stepsSeen()).containsExactlyInAnyOrder("s1", "s2");
    }
}
