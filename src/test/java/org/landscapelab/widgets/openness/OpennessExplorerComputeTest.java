package org.landscapelab.widgets.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.OpennessInstance;
import org.landscapelab.widgets.Settings;

/** The explorer's one computation, on the worked pairs of lesson A, and the path {@code {expect}} takes to it. */
class OpennessExplorerComputeTest {

    private static OpennessExplorerCompute.Result compute(OpennessInstance instance) throws NumericsException {
        return OpennessExplorerCompute.compute(
                new OpennessExplorer.Inputs(new OpennessExplorer.Pair(instance.w1(), instance.w2()), true),
                Job.HEADLESS);
    }

    @Test
    void instance_c_has_equal_ranks_and_is_not_open() throws NumericsException {
        OpennessExplorerCompute.Result r = compute(OpennessInstance.C);
        // W1 = e1 e1ᵀ (3×2), W2 = e2 e1ᵀ (2×3): rank 1 each, W1W2 = 0, and N(W1) ∩ C(W2) = span{e2}
        assertThat(r.values())
                .containsEntry("rank-W1", 1.0)
                .containsEntry("rank-W2", 1.0)
                .containsEntry("rank-W1W2", 0.0)
                .containsEntry("dim-null-W1-in-col-W2", 1.0)
                .containsEntry("open", 0.0);
        assertThat(r.summary())
                .isEqualTo("rank W1 = 1, rank W2 = 1, rank W1W2 = 0, dim N(W1) ∩ C(W2) = 1, "
                        + "dim N(W2ᵀ) ∩ C(W1ᵀ) = 1: not locally open (k < min(m,n))");
    }

    @Test
    void instance_a_has_ranks_that_differ() throws NumericsException {
        OpennessExplorerCompute.Result r = compute(OpennessInstance.A);
        assertThat(r.values())
                .containsEntry("rank-W1", 1.0)
                .containsEntry("rank-W2", 0.0)
                .containsEntry("open", 0.0);
        assertThat(r.summary())
                .isEqualTo("rank W1 = 1, rank W2 = 0, rank W1W2 = 0, dim N(W1) ∩ C(W2) = 0, "
                        + "dim N(W2ᵀ) ∩ C(W1ᵀ) = 1: not locally open (k < min(m,n))");
    }

    @Test
    void instance_d_is_full_rank_and_open() throws NumericsException {
        OpennessExplorerCompute.Result r = compute(OpennessInstance.D);
        assertThat(r.values()).containsEntry("rank-W1W2", 2.0).containsEntry("open", 1.0);
        assertThat(r.summary())
                .isEqualTo("rank W1 = 2, rank W2 = 2, rank W1W2 = 2, dim N(W1) ∩ C(W2) = 0, "
                        + "dim N(W2ᵀ) ∩ C(W1ᵀ) = 0: locally open (k < min(m,n))");
    }

    @Test
    void a_wide_pair_says_its_regime() throws NumericsException {
        OpennessExplorerCompute.Result r = OpennessExplorerCompute.compute(
                new OpennessExplorer.Inputs(
                        new OpennessExplorer.Pair(
                                org.landscapelab.numerics.linalg.Matrix.parse("1,0;0,0"),
                                org.landscapelab.numerics.linalg.Matrix.parse("0,0;1,0")),
                        true),
                Job.HEADLESS);
        assertThat(r.summary()).endsWith(": not locally open (k ≥ min(m,n))");
    }

    @Test
    void expect_evaluates_the_same_result_the_view_renders() throws NumericsException {
        OpennessExplorer widget = new OpennessExplorer();
        Evaluation e = widget.evaluate(Map.of("W1", "1,0;0,0;0,0", "W2", "0,0,0;1,0,0"))
                .orElseThrow();
        OpennessExplorerCompute.Result r = compute(OpennessInstance.C);
        assertThat(e.summary()).isEqualTo(r.summary());
        assertThat(e.values()).isEqualTo(r.values());
    }

    @Test
    void lesson_options_that_do_not_multiply_are_refused_naming_both() {
        assertThat(new OpennessExplorer().check(Map.of("W1", "1,0;0,1", "W2", "1,0")))
                .containsExactly("W2 must have as many rows as W1 has columns: W1 is 2×2, W2 is 1×2");
        assertThatThrownBy(() -> new OpennessExplorer().evaluate(Map.of("W1", "1,0;0,1", "W2", "1,0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("W2 must have as many rows");
    }

    @Test
    void defaults_are_the_declared_ones() {
        Settings s = Settings.of(Map.of());
        OpennessExplorer.Inputs in = OpennessExplorer.inputs(s);
        assertThat(in.pair().w1()).isEqualTo(OpennessExplorer.W1.defaultValue());
        assertThat(new OpennessExplorer().options().getFirst().defaultValue())
                .isEqualTo(OpennessExplorer.W1.write(OpennessExplorer.W1.defaultValue()));
        assertThat(in.pair().w1().shape()).isEqualTo("3×2");
    }

    @Test
    void a_checkpoints_question_comes_from_the_lesson_never_from_the_link() {
        org.landscapelab.widgets.WidgetContext crafted = new org.landscapelab.widgets.WidgetContext(
                "classify", Map.of("rounds", 3), java.util.List.of(), Map.of("rounds", "1"), "classify.");
        assertThat(OpennessClassify.SPEC.lessonInputs(crafted)).isEqualTo(3);
    }
}
