package org.landscapelab.widgets.critical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.CheckpointVariants;

/**
 * Checkpoint {@code critical-global} tests itself: the family of least loss (read from the losses) must be graded
 * right by the kinds, every family of larger loss wrong.
 */
class GlobalFamilyVariantsTest {

    private final CheckpointVariants variants = new GlobalFamily().variants().orElseThrow();

    private static final Map<String, Object> LESSON =
            Map.of("X", "1,0,0;0,1,0;0,0,1", "Y", "1,0,0;0,3,0;0,0,2", "d1", 1);

    private static void gradesAsExpected(CheckpointVariants.Variant v) {
        assertThat(v.grade(v.referenceAnswer()).right()).as(v.referenceAnswer()).isTrue();
        assertThat(v.wrongAnswers())
                .isNotEmpty()
                .allSatisfy(w -> assertThat(v.grade(w).right()).as(w).isFalse());
    }

    @Test
    void the_lessons_question_and_others_grade_their_known_answers_as_expected() {
        for (long seed = 1; seed <= 50; seed++) {
            gradesAsExpected(variants.variant(LESSON, seed));
        }
        CheckpointVariants.Variant v = variants.variant(LESSON, 1);
        assertThat(v.referenceAnswer()).isEqualTo("J = {1}");
        assertThat(v.wrongAnswers()).containsExactlyInAnyOrder("J = ∅", "J = {2}", "J = {3}", "J = {0}");
        gradesAsExpected(variants.variant(Map.of(), 1));
        gradesAsExpected(variants.variant(Map.of("d1", 2, "X", "1,1,0;0,1,1;1,0,1"), 1));
    }

    @Test
    void a_choice_is_graded_by_its_label_with_the_same_text_as_before() {
        CheckpointVariants.Variant v = variants.variant(LESSON, 1);
        assertThat(v.grade("J = {2}"))
                .isEqualTo(new CheckpointVariants.Grade(
                        false,
                        "J = {2} has loss 5.00000 and is a strict saddle; the global minimum is J = {1}, with L* ="
                                + " 2.50000."));
        assertThat(v.grade("J = {9}").text())
                .isEqualTo("Choose one of the families: J = ∅, J = {1}, J = {2}, J = {3}.");
    }

    @Test
    void a_question_where_every_family_is_a_global_minimum_has_no_wrong_answer() {
        // Y = 0: every family has loss 0, so every choice is right and the question tests nothing
        CheckpointVariants.Variant v = variants.variant(Map.of("Y", "0,0,0;0,0,0;0,0,0"), 1);
        assertThat(v.wrongAnswers()).isEmpty();
        assertThatThrownBy(() -> v.wrongAnswers().add("x")).isInstanceOf(UnsupportedOperationException.class);
    }
}
