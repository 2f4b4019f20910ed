package org.landscapelab.widgets.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.exercises.ExerciseKind;
import org.landscapelab.widgets.Checkpoint;

/** The openness checkpoints test themselves: known right and wrong answers through the graders the views call. */
class OpennessVariantsTest {

    private static void gradesAsExpected(CheckpointVariants.Variant v, String what) {
        assertThat(v.grade(v.referenceAnswer()).right())
                .as("%s: reference %s", what, v.referenceAnswer())
                .isTrue();
        assertThat(v.wrongAnswers()).isNotEmpty();
        for (String wrong : v.wrongAnswers()) {
            assertThat(v.grade(wrong).right()).as("%s: wrong %s", what, wrong).isFalse();
        }
    }

    @Test
    void classify_grades_the_generated_kind_right_and_the_other_answer_wrong_for_many_seeds() {
        CheckpointVariants variants = new OpennessClassify().variants().orElseThrow();
        for (long seed = -200; seed <= 600; seed++) {
            gradesAsExpected(variants.variant(Map.of("rounds", 3), seed), "seed " + seed);
        }
    }

    @Test
    void a_classify_seed_carries_its_kind_so_a_recorded_seed_gives_back_the_pair() {
        for (ExerciseKind kind : ExerciseKind.values()) {
            for (long random : new long[] {Long.MIN_VALUE, Long.MAX_VALUE, -1, 0, 1, 123_456_789_012L}) {
                long seed = OpennessClassify.seed(kind, random);
                assertThat(OpennessClassify.kind(seed)).isEqualTo(kind);
                assertThat(OpennessClassify.exercise(seed).kind()).isEqualTo(kind);
            }
        }
        assertThat(OpennessClassify.exercise(42).w1())
                .isEqualTo(OpennessClassify.exercise(42).w1());
    }

    @Test
    void the_classify_view_records_the_seed_of_the_pair_it_shows_and_grades_through_the_same_function() {
        List<Checkpoint.Attempt> attempts = new ArrayList<>();
        OpennessClassifyView view = new OpennessClassifyView(
                3, new Checkpoint.Hooks("", java.util.List.of(), false, attempts::add, () -> {}, 11));
        @SuppressWarnings("unchecked")
        RadioButtonGroup<String> answer = all(view)
                .filter(RadioButtonGroup.class::isInstance)
                .map(RadioButtonGroup.class::cast)
                .findFirst()
                .orElseThrow();
        answer.setValue(OpennessClassify.OPEN);
        button(view, "Check").click();

        assertThat(attempts).hasSize(1);
        Long seed = attempts.getFirst().seed();
        assertThat(seed).isNotNull();
        String w1 = all(view)
                .map(c -> c.getElement().getAttribute("data-w1"))
                .filter(a -> a != null)
                .findFirst()
                .orElseThrow();
        assertThat(OpennessClassify.exercise(seed).w1().format()).isEqualTo(w1);
        assertThat(attempts.getFirst().right())
                .isEqualTo(OpennessClassify.variant(seed)
                        .grade(OpennessClassify.OPEN)
                        .right());
    }

    @Test
    void example_builds_a_pair_of_each_kind_for_each_shape_and_refuses_a_wrong_kind_or_shape() {
        CheckpointVariants variants = new OpennessExample().variants().orElseThrow();
        for (ExerciseKind kind : ExerciseKind.values()) {
            for (int m = 2; m <= 5; m++) {
                for (int n = 2; n <= 5; n++) {
                    for (int k = kind == ExerciseKind.EQUAL_RANKS_NOT_OPEN ? 2 : 1; k < Math.min(m, n); k++) {
                        Map<String, Object> options =
                                Map.of("property", OpennessExample.key(kind), "m", m, "k", k, "n", n);
                        for (long seed = 1; seed <= 10; seed++) {
                            gradesAsExpected(variants.variant(options, seed), options + " seed " + seed);
                        }
                    }
                }
            }
        }
    }

    @Test
    void equal_ranks_yet_not_open_cannot_be_asked_with_k_one() {
        CheckpointVariants variants = new OpennessExample().variants().orElseThrow();
        assertThatThrownBy(() -> variants.variant(Map.of("property", "equal-ranks-not-open", "m", 3, "k", 1), 1))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("when k = 1")
                .hasMessageContaining("take k ≥ 2");
    }

    @Test
    void an_example_answer_is_read_as_the_fields_read_it() {
        OpennessExample.Inputs in = new OpennessExample.Inputs(ExerciseKind.EQUAL_RANKS_NOT_OPEN, 3, 2, 3);
        // e1 spans C(W2) and W1 kills it: ranks 1 and 1, product 0
        CheckpointVariants.Grade right = OpennessExample.grade(in, "W1 = 0 0\n0 1\n0 0;\nW2 = 1,0,0;0,0,0;");
        assertThat(right.right()).as(right.text()).isTrue();
        assertThat(right.text()).startsWith("Your pair: ").contains("equal ranks, yet not locally open");
        CheckpointVariants.Grade fullRank = OpennessExample.grade(in, "W1 = 1,0;0,1;0,0; W2 = 1,0,0;0,1,0");
        assertThat(fullRank.right()).isFalse();
        assertThat(fullRank.text()).contains("the question asks for equal ranks, yet not locally open.");
        assertThat(OpennessExample.grade(in, "W1 = 1,0,0;0,1,0; W2 = 1,0,0;0,1,0")
                        .text())
                .isEqualTo("W1 must be 3×2; this is 2×3.");
        assertThat(OpennessExample.grade(in, "W1 = 1,0;0,1;0,0").text())
                .isEqualTo("Write the answer as W1 = …; W2 = ….");
        assertThat(OpennessExample.grade(in, "W1 = 1,x;0,1;0,0; W2 = 1,0,0;0,1,0")
                        .text())
                .startsWith("W1: ");
    }

    private static Stream<Component> all(Component c) {
        return Stream.concat(Stream.of(c), c.getChildren().flatMap(OpennessVariantsTest::all));
    }

    private static Button button(Component view, String text) {
        return all(view)
                .filter(Button.class::isInstance)
                .map(Button.class::cast)
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }
}
