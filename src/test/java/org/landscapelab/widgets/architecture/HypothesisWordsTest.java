package org.landscapelab.widgets.architecture;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.Hypotheses;
import org.landscapelab.numerics.networks.Hypotheses.Hypothesis;
import org.landscapelab.numerics.networks.Hypotheses.LossKind;

/** The hypothesis checker in words, on the notes' width patterns (math.md §1, §2, §6), in the notes' safe wording. */
class HypothesisWordsTest {

    private static Hypotheses.Report check(LossKind loss, int... widths) throws NumericsException {
        return Hypotheses.check(widths, loss);
    }

    @Test
    void instance_1a_widths_2_1_1_2_squared_loss() throws NumericsException {
        Hypotheses.Report r = check(LossKind.SQUARED, 2, 1, 1, 2);
        assertThat(HypothesisWords.reason(r, Hypothesis.NR_CONDITION)).contains("p1 = 1 and p2 = 2");
        assertThat(HypothesisWords.conclusion(r, Hypothesis.NR_CONDITION))
                .contains("false for the squared loss")
                .contains("non-strict saddle");
        assertThat(HypothesisWords.conclusion(r, Hypothesis.COROLLARY_1))
                .contains("Every local minimum is global")
                .contains("with or without a bottleneck");
        assertThat(HypothesisWords.reason(r, Hypothesis.ZHANG_REDUCTION))
                .isEqualTo("The narrowest layer is d_1 = 1, so W_{h:2} is 2×1 and W_{1:1} is 1×2.");
        assertThat(HypothesisWords.summary(r))
                .startsWith("For the squared loss, every local minimum of a deep linear network is global");
    }

    @Test
    void instance_1b_has_no_bottleneck_so_laurent_von_brecht_speaks_for_every_convex_loss() throws NumericsException {
        Hypotheses.Report b = check(LossKind.CONVEX, 1, 2, 2, 2);
        assertThat(HypothesisWords.reason(b, Hypothesis.LAURENT_VON_BRECHT))
                .isEqualTo("The narrowest width 1 equals min(d_0, d_h) = 1, so there is no bottleneck.");
        assertThat(HypothesisWords.conclusion(b, Hypothesis.LAURENT_VON_BRECHT))
                .contains("for every convex differentiable ℓ");
        assertThat(HypothesisWords.summary(b)).endsWith("These widths (1, 2, 2, 2) have none.");
    }

    @Test
    void instance_1d_widths_2_1_2_convex_loss() throws NumericsException {
        Hypotheses.Report r = check(LossKind.CONVEX, 2, 1, 2);
        assertThat(HypothesisWords.conclusion(r, Hypothesis.LAURENT_VON_BRECHT))
                .contains("can")
                .contains("Instance 1D");
        assertThat(HypothesisWords.reason(r, Hypothesis.NR_CONDITION)).contains("impossible with h = 2");
        assertThat(HypothesisWords.summary(r))
                .isEqualTo(
                        "For general convex losses, a bottleneck can create genuine"
                                + " spurious local minima; without a bottleneck it cannot. These widths (2, 1, 2) have a bottleneck.");
    }

    @Test
    void never_teaches_bottleneck_implies_non_strict_saddle() {
        qt().withFixedSeed(8).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int[] widths = new int[2 + rnd.nextInt(5)];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = 1 + rnd.nextInt(5);
            }
            for (LossKind kind : LossKind.values()) {
                Hypotheses.Report r;
                try {
                    r = Hypotheses.check(widths, kind);
                } catch (NumericsException e) {
                    throw new AssertionError(e);
                }
                for (Hypotheses.Check c : r.checks()) {
                    assertThat(HypothesisWords.name(c.hypothesis())).isNotBlank();
                    assertThat(HypothesisWords.reason(r, c.hypothesis())).isNotBlank();
                    assertThat(HypothesisWords.conclusion(r, c.hypothesis()))
                            .isNotBlank()
                            .doesNotContainIgnoringCase("bottleneck ⇒")
                            .doesNotContainIgnoringCase("bottleneck implies");
                }
                assertThat(HypothesisWords.summary(r))
                        .doesNotContainIgnoringCase("bottleneck ⇒")
                        .doesNotContainIgnoringCase("bottleneck implies");
            }
        });
    }

    @Test
    void zhang_split_says_whether_theorem_2_excludes_a_spurious_minimum() throws NumericsException {
        Hypotheses.SuperLayers a =
                Hypotheses.split(List.of(Matrix.parse("1,0"), Matrix.parse("0"), Matrix.parse("1;0")));
        assertThat(HypothesisWords.superLayers(a))
                .contains("Theorem 2")
                .contains("not both 1")
                .contains("not a spurious local minimum");
        Hypotheses.SuperLayers d =
                Hypotheses.split(List.of(Matrix.parse("1,0"), Matrix.parse("1"), Matrix.parse("1;0")));
        assertThat(HypothesisWords.superLayers(d))
                .startsWith("Both halves have full rank 1: Theorem 2 does not exclude");
        Hypotheses.SuperLayers end = Hypotheses.split(List.of(Matrix.parse("1;0"), Matrix.parse("1,0;0,1")));
        assertThat(HypothesisWords.superLayers(end)).contains("Laurent–von Brecht");
    }

    @Test
    void multi_tower_collapse_of_corollary_2_in_words() throws NumericsException {
        Hypotheses.Towers two = Hypotheses.towers(new int[][] {{3, 1, 3}, {3, 2, 1, 3}}, LossKind.CONVEX);
        assertThat(HypothesisWords.towers(two))
                .startsWith("r = 2 (sum of the towers' narrowest widths)")
                .contains("some convex losses");
        Hypotheses.Towers three =
                Hypotheses.towers(new int[][] {{3, 1, 3}, {3, 2, 1, 3}, {3, 1, 1, 3}}, LossKind.CONVEX);
        assertThat(HypothesisWords.towers(three)).endsWith("it has none, for every convex differentiable ℓ.");
        assertThat(HypothesisWords.towers(Hypotheses.towers(new int[][] {{3, 1, 3}}, LossKind.SQUARED)))
                .contains("For the squared loss that two-layer problem has none");
    }
}
