package org.landscapelab.widgets.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;
import static org.quicktheories.generators.SourceDSL.lists;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.networks.Hypotheses.LossKind;
import org.landscapelab.widgets.Job;

/** The hypothesis checker's one computation, the path {@code {expect}} takes to it, and its checks. */
class ArchitectureComputeTest {

    private static ArchitectureCompute.Result compute(LossKind loss, Integer... widths) throws NumericsException {
        return ArchitectureCompute.compute(new Architecture.Inputs(List.of(widths), loss), Job.HEADLESS);
    }

    @Test
    void widths_2_1_1_2_have_a_bottleneck_of_width_one() throws NumericsException {
        ArchitectureCompute.Result r = compute(LossKind.SQUARED, 2, 1, 1, 2);
        assertThat(r.summary())
                .isEqualTo("widths [2, 1, 1, 2], d_min = 1, bottleneck: Laurent–von Brecht: no"
                        + " bottleneck does not hold; Zhang's reduction to two super-layers holds; Zhang's Corollary 1 (squared"
                        + " loss) holds; NR's condition p1 < p2 (Theorem 8) holds");
        assertThat(r.values()).isEqualTo(Map.of("bottleneck", 1.0, "d-min", 1.0, "narrowest", 1.0));
    }

    @Test
    void widths_2_2_2_2_with_a_convex_loss_have_no_bottleneck() throws NumericsException {
        ArchitectureCompute.Result r = compute(LossKind.CONVEX, 2, 2, 2, 2);
        assertThat(r.summary())
                .startsWith(
                        "widths [2, 2, 2, 2], d_min = 2, no bottleneck: Laurent–von Brecht: no" + " bottleneck holds")
                .contains("Zhang's Corollary 1 (squared loss) does not hold");
        assertThat(r.values())
                .containsEntry("bottleneck", 0.0)
                .containsEntry("d-min", 2.0)
                .containsEntry("narrowest", 0.0);
    }

    @Test
    void d_min_the_narrowest_layer_and_the_bottleneck_are_those_of_the_widths() {
        // computed here from the widths: d_min = min d_i, k = its first index, bottleneck iff d_min < min(d_0, d_h)
        qt().withExamples(200)
                .forAll(lists().of(integers().between(1, 12)).ofSizeBetween(3, 8))
                .checkAssert(w -> {
                    int min = w.stream().mapToInt(Integer::intValue).min().orElseThrow();
                    ArchitectureCompute.Result r;
                    try {
                        r = ArchitectureCompute.compute(new Architecture.Inputs(w, LossKind.SQUARED), Job.HEADLESS);
                    } catch (NumericsException e) {
                        throw new AssertionError(e);
                    }
                    assertThat(r.values())
                            .containsEntry("d-min", (double) min)
                            .containsEntry("narrowest", (double) w.indexOf(min))
                            .containsEntry("bottleneck", min < Math.min(w.getFirst(), w.getLast()) ? 1.0 : 0.0);
                    assertThat(r.summary()).startsWith("widths " + w + ", d_min = " + min);
                });
    }

    @Test
    void expect_evaluates_the_same_result_the_view_renders() throws NumericsException {
        // the lesson's options: widths "2,1,1,2", squared loss; claim {bottleneck: true}
        Evaluation e = new Architecture()
                .evaluate(Map.of("widths", "2,1,1,2", "loss", "squared"))
                .orElseThrow();
        ArchitectureCompute.Result r = compute(LossKind.SQUARED, 2, 1, 1, 2);
        assertThat(e.summary()).isEqualTo(r.summary());
        assertThat(e.values()).isEqualTo(r.values()).containsEntry("bottleneck", 1.0);
        assertThat(new Architecture().evaluate(Map.of()).orElseThrow().values()).isEqualTo(r.values());
        assertThat(new Architecture()
                        .evaluate(Map.of("widths", List.of(2, 2, 2, 2), "loss", "convex"))
                        .orElseThrow()
                        .summary())
                .isEqualTo(compute(LossKind.CONVEX, 2, 2, 2, 2).summary());
    }

    @Test
    void the_field_says_what_is_wrong_in_its_own_words() throws NumericsException {
        assertThat(Architecture.widths(" 2, 1 1,2 ")).containsExactly(2, 1, 1, 2);
        assertThatThrownBy(() -> Architecture.widths("2,1,x"))
                .isInstanceOf(NumericsException.class)
                .hasMessage("Widths are whole numbers separated by commas, e.g. 2,1,1,2; 'x' is not one.");
        assertThatThrownBy(() -> Architecture.widths("2,1"))
                .isInstanceOf(NumericsException.class)
                .hasMessage("Give at least three widths d0, d1, d2 (two layers).");
        assertThatThrownBy(() -> compute(LossKind.SQUARED, 2, 0, 2))
                .isInstanceOf(NumericsException.class)
                .hasMessage("Every width must lie between 1 and 12.");
    }

    @Test
    void bad_lesson_options_are_refused_naming_the_option() {
        Architecture widget = new Architecture();
        assertThat(widget.check(Map.of("widths", "2,1,1,2", "loss", "convex"))).isEmpty();
        assertThat(widget.check(Map.of("widths", "2,x,2")))
                .containsExactly("widths: each must be a whole number from 1 to 12; 'x' is not.");
        assertThat(widget.check(Map.of("widths", "2,1")))
                .containsExactly("widths: give 3 to 21 whole numbers separated by commas; '2,1' has 2.");
        assertThat(widget.check(Map.of("loss", "hinge")))
                .containsExactly("loss: must be one of squared, convex, not 'hinge'.");
        assertThatThrownBy(() -> widget.evaluate(Map.of("widths", "2,13,2")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageStartingWith("widths: ");
    }

    @Test
    void schema_keeps_its_name_defaults_and_choices() {
        assertThat(new Architecture().name()).isEqualTo("architecture");
        assertThat(new Architecture().options())
                .extracting(o -> o.name() + "=" + o.defaultValue() + " " + o.choices() + " " + o.doc())
                .containsExactly(
                        "widths=2,1,1,2 [] d0,…,dh separated by commas",
                        "loss=squared [squared, convex] squared, or any convex loss");
    }
}
