package org.landscapelab.widgets.optimum;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.CheckpointVariants;

/** Checkpoint {@code optimum-value} tests itself: L* typed to six digits passes, twice the tolerance off does not. */
class OptimumValueVariantsTest {

    private final CheckpointVariants variants = new OptimumValue().variants().orElseThrow();

    private static void gradesAsExpected(CheckpointVariants.Variant v) {
        assertThat(v.grade(v.referenceAnswer()).right()).as(v.referenceAnswer()).isTrue();
        assertThat(v.wrongAnswers())
                .isNotEmpty()
                .allSatisfy(w -> assertThat(v.grade(w).right()).as(w).isFalse());
    }

    @Test
    void the_lessons_example_and_the_defaults_grade_their_known_answers_as_expected_at_every_seed() {
        Map<String, Object> lesson = Map.of(
                "X", List.of(List.of(1, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
                "Y", List.of(List.of(2, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
                "hidden", "1");
        for (long seed = 1; seed <= 100; seed++) {
            gradesAsExpected(variants.variant(lesson, seed));
            gradesAsExpected(variants.variant(Map.of(), seed));
        }
        CheckpointVariants.Variant v = variants.variant(lesson, 1);
        assertThat(v.referenceAnswer()).isEqualTo("1.00000");
        assertThat(v.wrongAnswers()).startsWith("1.00200", "0.998000");
    }

    @Test
    void an_l_star_of_zero_is_answered_within_one_millionth() {
        // hidden 2 fits Y exactly: L* = 0, so the wrong answers are ±2e−6
        CheckpointVariants.Variant v = variants.variant(Map.of("hidden", "2"), 7);
        gradesAsExpected(v);
        assertThat(v.grade("0").right()).isTrue();
        assertThat(v.grade("5e-7").right()).isTrue();
    }

    @Test
    void the_grader_reads_the_text_as_the_field_does_and_says_why_it_cannot() {
        CheckpointVariants.Grade right = OptimumValue.grade(0.5, "5e-1");
        assertThat(right).isEqualTo(new CheckpointVariants.Grade(true, "L* = 0.500000."));
        CheckpointVariants.Grade comma = OptimumValue.grade(0.5, "0,5");
        assertThat(comma.right()).isFalse();
        assertThat(comma.text()).isNotBlank();
        assertThat(OptimumValue.grade(0.5, "1").text()).startsWith("Your value 1.00000 is not L*.");
    }

    @Test
    void the_view_shows_the_students_own_y_records_its_seed_and_moves_to_the_next_seed_on_request() {
        Map<String, Object> lesson = Map.of("X", "1,0,0;0,1,0;0,0,1", "Y", "2,0,0;0,1,0;0,0,1", "random", true);
        OptimumValue.Inputs in = OptimumValue.SPEC.inputsOf(lesson);
        java.util.List<org.landscapelab.widgets.Checkpoint.Attempt> attempts = new java.util.ArrayList<>();
        OptimumValueView view = new OptimumValueView(
                in,
                new org.landscapelab.widgets.Checkpoint.Hooks(
                        "", java.util.List.of(), false, attempts::add, () -> {}, 41));
        assertThat(y(view)).isEqualTo(in.problem(41).y().format());

        CheckpointVariants.Variant v = variants.variant(lesson, 41);
        field(view).setValue(v.referenceAnswer());
        button(view, "Check").click();
        assertThat(attempts)
                .containsExactly(new org.landscapelab.widgets.Checkpoint.Attempt(v.referenceAnswer(), true, 41L));

        button(view, "Another example").click();
        assertThat(y(view)).isEqualTo(in.problem(42).y().format());
        assertThat(field(view).getValue()).isEmpty();
        field(view).setValue(variants.variant(lesson, 42).referenceAnswer());
        button(view, "Check").click();
        assertThat(attempts.getLast().seed()).isEqualTo(42L);
        assertThat(attempts.getLast().right()).isTrue();
    }

    private static java.util.stream.Stream<com.vaadin.flow.component.Component> all(
            com.vaadin.flow.component.Component c) {
        return java.util.stream.Stream.concat(
                java.util.stream.Stream.of(c), c.getChildren().flatMap(OptimumValueVariantsTest::all));
    }

    private static String y(OptimumValueView view) {
        return all(view)
                .map(c -> c.getElement().getAttribute("data-y"))
                .filter(java.util.Objects::nonNull)
                .findFirst()
                .orElseThrow();
    }

    private static org.landscapelab.widgets.NumberInput field(OptimumValueView view) {
        return all(view)
                .filter(org.landscapelab.widgets.NumberInput.class::isInstance)
                .map(org.landscapelab.widgets.NumberInput.class::cast)
                .findFirst()
                .orElseThrow();
    }

    private static com.vaadin.flow.component.button.Button button(OptimumValueView view, String text) {
        return all(view)
                .filter(com.vaadin.flow.component.button.Button.class::isInstance)
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> text.equals(b.getText()))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void hints_open_one_by_one_and_three_wrong_answers_offer_the_solution_worked_on_the_students_own_y() {
        Map<String, Object> lesson = Map.of("X", "1,0,0;0,1,0;0,0,1", "Y", "2,0,0;0,1,0;0,0,1", "random", true);
        OptimumValue.Inputs in = OptimumValue.SPEC.inputsOf(lesson);
        OptimumValueView view = new OptimumValueView(
                in,
                new org.landscapelab.widgets.Checkpoint.Hooks(
                        "", java.util.List.of("<p>first</p>", "<p>second</p>"), false, a -> {}, () -> {}, 5));
        com.vaadin.flow.component.button.Button hint = byClass(view, "lab-hint-button");
        com.vaadin.flow.component.button.Button solve = byClass(view, "lab-solve-button");
        assertThat(hint.isVisible()).isTrue();
        hint.click();
        assertThat(texts(view, "lab-hint")).containsExactly("Hint 1 of 2: ");
        hint.click();
        assertThat(hint.isVisible()).isFalse();

        for (int i = 0; i < org.landscapelab.widgets.CheckpointFrame.SOLUTION_AFTER; i++) {
            assertThat(solve.isVisible()).isFalse();
            field(view).setValue("3"); // never L*: ½(a² + b²) = 3 has no whole solution
            button(view, "Check").click();
        }
        assertThat(solve.isVisible()).isTrue();
        solve.click();
        com.vaadin.flow.component.Component solution = all(view)
                .filter(c -> c.getClassNames().contains("lab-solution"))
                .findFirst()
                .orElseThrow();
        // the last formula ends in L*, computed for this student's Y, which the construction knows independently
        String tex = all(solution)
                .filter(org.landscapelab.components.Formula.class::isInstance)
                .map(c -> c.getElement().getAttribute("tex"))
                .reduce((a, b) -> b)
                .orElseThrow();
        double lStar = OptimumValue.drawn(in.problem(), 5).lStar();
        assertThat(tex).endsWith("= " + org.landscapelab.widgets.Tex.number(lStar));

        // another example: a new question, its own count, the old solution gone
        button(view, "Another example").click();
        assertThat(all(view).filter(c -> c.getClassNames().contains("lab-solution")))
                .isEmpty();
        assertThat(solve.isVisible()).isFalse();
    }

    private static com.vaadin.flow.component.button.Button byClass(OptimumValueView view, String name) {
        return all(view)
                .filter(com.vaadin.flow.component.button.Button.class::isInstance)
                .map(com.vaadin.flow.component.button.Button.class::cast)
                .filter(b -> b.getClassNames().contains(name))
                .findFirst()
                .orElseThrow();
    }

    private static java.util.List<String> texts(OptimumValueView view, String name) {
        return all(view)
                .filter(c -> c.getClassNames().contains(name))
                .map(c -> c.getChildren().findFirst().orElseThrow().getElement().getText())
                .toList();
    }
}
