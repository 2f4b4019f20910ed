package org.landscapelab.records;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.records.ProgressRepository.ClassEvent;

/** The class report's figures, checked against a class small enough to count by hand. */
class ClassReportTest {

    private static final Instant T = Instant.parse("2026-12-01T09:00:00Z");
    private static final ClassReport.Outline TWO_LAYER = new ClassReport.Outline(
            "two-layer",
            "Two-layer",
            List.of("problem", "optimum", "train"),
            new LinkedHashMap<>(Map.of("compute-optimum", "optimum")));

    private final List<ClassEvent> events = new ArrayList<>();
    private int clock;

    private void step(String who, String step) {
        events.add(new ClassEvent(who, ProgressEvent.step("two-layer", step, T.plusSeconds(clock++))));
    }

    private void answer(String who, String answer, boolean right) {
        events.add(new ClassEvent(
                who,
                ProgressEvent.attempt(
                        "two-layer", "optimum", "compute-optimum", answer, right, null, T.plusSeconds(clock++))));
        if (right) {
            events.add(new ClassEvent(
                    who, ProgressEvent.passed("two-layer", "optimum", "compute-optimum", T.plusSeconds(clock++))));
        }
    }

    @Test
    void funnel_attempts_passes_median_and_common_wrong_answers_count_as_by_hand() {
        // ada: right at the 1st answer; bob: 3rd (wrong "3", "2"); cy: 2nd (wrong " 3 "); dee: only wrong "3" twice
        step("ada", "problem");
        step("ada", "optimum");
        answer("ada", "1", true);
        step("ada", "train");
        step("bob", "problem");
        step("bob", "optimum");
        answer("bob", "3", false);
        answer("bob", "2", false);
        answer("bob", "1", true);
        step("cy", "problem");
        step("cy", "optimum");
        answer("cy", " 3 ", false);
        answer("cy", "1.0", true);
        step("dee", "problem");
        step("dee", "optimum");
        answer("dee", "3", false);
        answer("dee", "3", false);
        step("eve", "problem");

        ClassReport report = ClassReport.of(List.of(TWO_LAYER), events, Map.of("bob", "Bob B."));
        ClassReport.LessonReport lesson = report.lessons().getFirst();
        assertThat(lesson.started()).isEqualTo(5);
        assertThat(lesson.funnel()).extracting(ClassReport.StepCount::reached).containsExactly(5, 4, 1);
        ClassReport.CheckpointReport optimum = lesson.checkpoints().getFirst();
        assertThat(optimum.attempted()).isEqualTo(4);
        assertThat(optimum.passed()).isEqualTo(3);
        assertThat(optimum.medianAttemptsToPass()).isEqualTo(2.0); // of 1, 3, 2
        assertThat(optimum.commonWrong())
                .containsExactly(new ClassReport.AnswerCount("3", 4), new ClassReport.AnswerCount("2", 1));

        ClassReport.LearnerRow bob = report.learners().stream()
                .filter(r -> r.learnerId().equals("bob"))
                .findFirst()
                .orElseThrow();
        assertThat(bob.learner()).isEqualTo("Bob B.");
        assertThat(bob.stepsSeen()).isEqualTo(2);
        assertThat(bob.checkpointsPassed()).isEqualTo(1);
        assertThat(bob.attempts()).isEqualTo(3);
        ClassReport.LearnerRow eve = report.learners().stream()
                .filter(r -> r.learnerId().equals("eve"))
                .findFirst()
                .orElseThrow();
        assertThat(eve.learner()).isEqualTo("learner-eve");
        assertThat(report.learners().getFirst().learnerId()).isEqualTo("eve"); // the most recently active first
    }

    @Test
    void the_median_of_an_even_count_is_the_mean_of_the_middle_two_and_nobody_passing_gives_none() {
        assertThat(ClassReport.median(List.of(4, 1, 2, 3))).isEqualTo(2.5);
        assertThat(ClassReport.median(List.of())).isNull();
        ClassReport empty = ClassReport.of(List.of(TWO_LAYER), List.of(), Map.of());
        assertThat(empty.lessons().getFirst().started()).isZero();
        assertThat(empty.lessons().getFirst().checkpoints().getFirst().medianAttemptsToPass())
                .isNull();
        assertThat(empty.learners()).isEmpty();
    }

    @Test
    void events_of_lessons_or_checkpoints_no_longer_in_the_course_are_left_out() {
        events.add(new ClassEvent("ada", ProgressEvent.step("gone-lesson", "x", T)));
        events.add(new ClassEvent("ada", ProgressEvent.attempt("two-layer", "optimum", "renamed", "1", true, null, T)));
        ClassReport report = ClassReport.of(List.of(TWO_LAYER), events, Map.of());
        assertThat(report.lessons()).hasSize(1);
        assertThat(report.lessons().getFirst().checkpoints().getFirst().attempted())
                .isZero();
        assertThat(report.learners()).extracting(ClassReport.LearnerRow::lesson).containsOnly("two-layer");
    }
}
