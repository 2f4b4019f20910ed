package org.landscapelab.records;

import static org.assertj.core.api.Assertions.assertThat;

import com.zaxxer.hikari.HikariDataSource;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.landscapelab.records.TestDatabases.Kind;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The repositories and the recorder on a real H2 and a real PostgreSQL, through the same migrations. */
class RecordsTest {

    private static final Instant T0 = Instant.parse("2026-12-05T10:00:00Z");
    private HikariDataSource ds;
    private JdbcClient jdbc;
    private LearnerRepository learners;
    private ProgressRepository progress;

    private void open(Kind kind) {
        ds = TestDatabases.fresh(kind, 4);
        jdbc = JdbcClient.create(ds);
        learners = new LearnerRepository(jdbc);
        progress = new ProgressRepository(jdbc);
    }

    @AfterEach
    void close() {
        ds.close();
    }

    private long count(String table) {
        return jdbc.sql("SELECT COUNT(*) FROM " + table).query(Long.class).single();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void every_event_is_stored_once_and_progress_is_derived_from_them(Kind kind) {
        open(kind);
        Learner ada = learners.create(LearnerTokens.hash("ada-token"), T0);
        ProgressEvent seen = ProgressEvent.step("two-layer", "problem", T0);
        assertThat(progress.append(ada.id(), seen)).isTrue();
        assertThat(progress.append(ada.id(), seen)).as("a retried write").isFalse();
        progress.append(ada.id(), ProgressEvent.step("two-layer", "optimum", T0.plusSeconds(5)));
        progress.append(
                ada.id(),
                ProgressEvent.attempt(
                        "two-layer", "optimum", "compute-optimum", "1e20", false, null, T0.plusSeconds(9)));
        progress.append(
                ada.id(),
                ProgressEvent.attempt("two-layer", "optimum", "compute-optimum", "1", true, null, T0.plusSeconds(20)));
        progress.append(ada.id(), ProgressEvent.passed("two-layer", "optimum", "compute-optimum", T0.plusSeconds(20)));
        progress.append(
                ada.id(),
                ProgressEvent.attempt("matrices", "check", "classify", "Locally open", true, -42L, T0.plusSeconds(30)));

        assertThat(count("progress_event")).isEqualTo(6);
        Map<String, LessonRecord> records = progress.records(ada.id());
        assertThat(records.keySet()).containsExactly("two-layer", "matrices");
        LessonRecord twoLayer = records.get("two-layer");
        assertThat(twoLayer.stepsSeen()).containsExactlyInAnyOrder("problem", "optimum");
        assertThat(twoLayer.passed()).containsExactly("compute-optimum");
        assertThat(twoLayer.attempts()).isEqualTo(2);
        assertThat(twoLayer.position()).isNull();

        var events = progress.events(ada.id());
        assertThat(events).hasSize(6);
        assertThat(events.get(2).answer()).isEqualTo("1e20");
        assertThat(events.get(2).correct()).isFalse();
        assertThat(events.get(2).seed()).isNull();
        assertThat(events.get(5).seed()).isEqualTo(-42L);
        assertThat(events.get(5).at()).isEqualTo(T0.plusSeconds(30));
        assertThat(events.get(0).correct()).isNull();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void the_latest_position_wins_and_a_late_retry_does_not_move_the_learner_back(Kind kind) {
        open(kind);
        Learner ada = learners.create(LearnerTokens.hash("ada-token"), T0);
        progress.savePosition(ada.id(), "two-layer", "problem", "", T0);
        progress.savePosition(ada.id(), "two-layer", "train", "trainer.rate=0.05", T0.plusSeconds(60));
        progress.savePosition(ada.id(), "two-layer", "problem", "", T0.plusSeconds(30)); // arrives late
        LessonRecord.Position at = progress.records(ada.id()).get("two-layer").position();
        assertThat(at.step()).isEqualTo("train");
        assertThat(at.state()).isEqualTo("trainer.rate=0.05");
        assertThat(at.at()).isEqualTo(T0.plusSeconds(60));
        assertThat(count("lesson_position")).isEqualTo(1);

        // a state too long to keep is dropped, the step is kept
        progress.savePosition(
                ada.id(), "two-layer", "slice", "x".repeat(ProgressRepository.MAX_STATE + 1), T0.plusSeconds(90));
        at = progress.records(ada.id()).get("two-layer").position();
        assertThat(at.step()).isEqualTo("slice");
        assertThat(at.state()).isEmpty();
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void answers_keep_any_script_and_are_cut_whole_at_the_limit(Kind kind) {
        open(kind);
        Learner ada = learners.create(LearnerTokens.hash("ada-token"), T0);
        String script = "١٢٣ 一二三 𝟙𝟚𝟛 ";
        String huge = "😀".repeat(ProgressEvent.MAX_ANSWER); // 2,000 chars of surrogate pairs
        progress.append(ada.id(), ProgressEvent.attempt("l", "s", "c", script, false, null, T0));
        progress.append(ada.id(), ProgressEvent.attempt("l", "s", "c", huge, false, null, T0));
        var events = progress.events(ada.id());
        assertThat(events.get(0).answer()).isEqualTo(script);
        assertThat(events.get(1).answer()).isEqualTo("😀".repeat(ProgressEvent.MAX_ANSWER / 2));
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void a_resume_code_finds_its_learner_until_a_new_code_replaces_it(Kind kind) {
        open(kind);
        ProgressRecorder recorder = recorder();
        String tokenA = LearnerTokens.newToken();
        recorder.record(LearnerTokens.hash(tokenA), ProgressEvent.step("l", "s1", T0));
        String first = recorder.newResumeCode(LearnerTokens.hash(tokenA));
        assertThat(first).matches("[0-9A-Z]{5}(-[0-9A-Z]{5}){4}-[0-9A-Z]");
        assertThat(recorder.hasResumeCode(LearnerTokens.hash(tokenA))).isTrue();

        // typed by hand: lower case, spaces instead of dashes, O for 0
        String typed = first.toLowerCase().replace('-', ' ').replace('0', 'o');
        String tokenB = recorder.resume(typed).orElseThrow();
        assertThat(tokenB).isNotEqualTo(tokenA);
        assertThat(recorder.records(LearnerTokens.hash(tokenB))
                        .orElseThrow()
                        .get("l")
                        .stepsSeen())
                .containsExactly("s1");
        recorder.record(LearnerTokens.hash(tokenB), ProgressEvent.step("l", "s2", T0.plusSeconds(1)));
        assertThat(recorder.records(LearnerTokens.hash(tokenA))
                        .orElseThrow()
                        .get("l")
                        .stepsSeen())
                .as("both devices are one learner")
                .containsExactlyInAnyOrder("s1", "s2");

        String second = recorder.newResumeCode(LearnerTokens.hash(tokenB));
        assertThat(recorder.resume(first)).as("the old code is revoked").isEmpty();
        assertThat(recorder.resume(second)).isPresent();
        recorder.revokeResumeCode(LearnerTokens.hash(tokenA));
        assertThat(recorder.resume(second)).isEmpty();
        assertThat(recorder.resume("not a code")).isEmpty();
        assertThat(recorder.resume("")).isEmpty();
        assertThat(count("learner")).isEqualTo(1);
    }

    @ParameterizedTest
    @EnumSource(Kind.class)
    void reset_keeps_the_learner_and_delete_removes_every_row(Kind kind) {
        open(kind);
        ProgressRecorder recorder = recorder();
        String ada = LearnerTokens.hash(LearnerTokens.newToken());
        String bob = LearnerTokens.hash(LearnerTokens.newToken());
        for (String who : new String[] {ada, bob}) {
            recorder.record(who, ProgressEvent.step("l", "s1", T0));
            recorder.position(who, "l", "s1", "w.x=1");
            recorder.newResumeCode(who);
        }
        recorder.reset(ada);
        assertThat(recorder.records(ada).orElseThrow()).isEmpty();
        assertThat(recorder.hasResumeCode(ada)).isTrue();
        assertThat(recorder.records(bob).orElseThrow()).containsKey("l");

        recorder.delete(ada);
        assertThat(count("learner")).isEqualTo(1);
        assertThat(count("learner_token")).isEqualTo(1);
        assertThat(count("progress_event")).isEqualTo(1);
        assertThat(count("lesson_position")).isEqualTo(1);
        // the same token writing again after deletion starts a new, empty learner
        recorder.record(ada, ProgressEvent.step("l", "s9", T0));
        assertThat(recorder.records(ada).orElseThrow().get("l").stepsSeen()).containsExactly("s9");
        assertThat(count("learner")).isEqualTo(2);
    }

    private ProgressRecorder recorder() {
        Migrations migrations = new Migrations();
        migrations.migrate(org.flywaydb.core.Flyway.configure().dataSource(ds).load());
        return new ProgressRecorder(learners, progress, migrations);
    }
}
