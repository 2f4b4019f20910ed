package org.landscapelab.numerics.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/** The hypothesis checker on the notes' width patterns (math.md §1, §2, §6) and its logical properties. */
class HypothesesTest {

    static boolean[] verdicts(Hypotheses.Report r) {
        boolean[] out = new boolean[r.checks().size()];
        for (int i = 0; i < out.length; i++) {
            out[i] = r.checks().get(i).holds();
        }
        return out;
    }

    @Test
    void instance_1a_widths_2_1_1_2_squared_loss() throws Exception {
        Hypotheses.Report r = Hypotheses.check(new int[] {2, 1, 1, 2}, Hypotheses.LossKind.SQUARED);
        assertThat(r.bottleneck()).isTrue();
        assertThat(r.narrowest()).isEqualTo(1);
        assertThat(r.dMin()).isEqualTo(1);
        // LvB, Zhang's reduction, Corollary 1, NR p1 < p2
        assertThat(verdicts(r)).containsExactly(false, true, true, true);
        assertThat(r.checks())
                .extracting(Hypotheses.Check::hypothesis)
                .containsExactly(
                        Hypotheses.Hypothesis.LAURENT_VON_BRECHT, Hypotheses.Hypothesis.ZHANG_REDUCTION,
                        Hypotheses.Hypothesis.COROLLARY_1, Hypotheses.Hypothesis.NR_CONDITION);
        // NR's layers: d_1 = 1 < d_0 = 2, then d_2 = 1 < d_h = 2
        assertThat(new int[] {r.p1(), r.p2()}).containsExactly(1, 2);
        assertThat(r.depth()).isEqualTo(3);
        assertThat(r.loss()).isEqualTo(Hypotheses.LossKind.SQUARED);
        assertThat(r.widths()).containsExactly(2, 1, 1, 2);
    }

    @Test
    void instance_1b_and_1c_widths_have_no_bottleneck() throws Exception {
        Hypotheses.Report b = Hypotheses.check(new int[] {1, 2, 2, 2}, Hypotheses.LossKind.CONVEX);
        assertThat(verdicts(b)).containsExactly(true, true, false, false);
        assertThat(b.bottleneck()).isFalse();
        assertThat(b.dMin()).isEqualTo(1); // d_0 = 1 is the narrowest: an end, so no bottleneck
        assertThat(new int[] {b.p1(), b.p2()}).containsExactly(0, 0);
        Hypotheses.Report c = Hypotheses.check(new int[] {2, 2, 2, 2}, Hypotheses.LossKind.SQUARED);
        assertThat(c.bottleneck()).isFalse();
        assertThat(verdicts(c)).containsExactly(true, true, true, false);
    }

    @Test
    void instance_1d_widths_2_1_2_convex_loss() throws Exception {
        Hypotheses.Report r = Hypotheses.check(new int[] {2, 1, 2}, Hypotheses.LossKind.CONVEX);
        assertThat(verdicts(r)).containsExactly(false, true, false, false);
        assertThat(r.bottleneck()).isTrue();
        assertThat(r.depth()).isEqualTo(2); // one hidden layer: NR's condition needs two
        assertThat(new int[] {r.p1(), r.p2()}).containsExactly(0, 0);
    }

    @Test
    void each_verdict_follows_from_the_widths_and_bad_widths_are_refused() {
        qt().withFixedSeed(8).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int[] widths = new int[2 + rnd.nextInt(5)];
            for (int i = 0; i < widths.length; i++) {
                widths[i] = 1 + rnd.nextInt(5);
            }
            for (Hypotheses.LossKind kind : Hypotheses.LossKind.values()) {
                Hypotheses.Report r = LinearNetworkProperties.call(() -> Hypotheses.check(widths, kind));
                boolean[] v = verdicts(r);
                int min = java.util.Arrays.stream(widths).min().orElseThrow();
                assertThat(r.dMin()).isEqualTo(min);
                assertThat(r.bottleneck()).isEqualTo(min < Math.min(widths[0], widths[widths.length - 1]));
                assertThat(v[0]).isEqualTo(!r.bottleneck()); // LvB ⇔ no bottleneck
                assertThat(v[1]).isTrue();
                assertThat(v[2]).isEqualTo(kind == Hypotheses.LossKind.SQUARED);
                int h = widths.length - 1;
                if (v[3]) {
                    assertThat(r.bottleneck())
                            .as("NR's condition is stronger than a bottleneck")
                            .isTrue();
                    assertThat(widths.length).isGreaterThanOrEqualTo(4);
                    // 1 ≤ p1 < p2 ≤ h − 1 with d_p1 < d_0 and d_p2 < d_h
                    assertThat(r.p1()).isBetween(1, h - 2);
                    assertThat(r.p2()).isBetween(r.p1() + 1, h - 1);
                    assertThat(widths[r.p1()]).isLessThan(widths[0]);
                    assertThat(widths[r.p2()]).isLessThan(widths[h]);
                } else {
                    assertThat(new int[] {r.p1(), r.p2()}).containsExactly(0, 0);
                }
            }
        });
        assertThatThrownBy(() -> Hypotheses.check(new int[] {3}, Hypotheses.LossKind.SQUARED))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("1 to");
        assertThatThrownBy(() -> Hypotheses.check(new int[] {3, 0, 2}, Hypotheses.LossKind.SQUARED))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("between 1 and");
    }

    @Test
    void zhang_split_of_instance_1a_excludes_a_spurious_minimum_and_of_1d_does_not() throws Exception {
        Hypotheses.SuperLayers a =
                Hypotheses.split(java.util.List.of(Matrix.parse("1,0"), Matrix.parse("0"), Matrix.parse("1;0")));
        assertThat(a.narrowest()).isEqualTo(1);
        assertThat(a.width()).isEqualTo(1);
        assertThat(a.upper()).isEqualTo(Matrix.parse("0;0")); // W3W2 = 0
        assertThat(a.lower()).isEqualTo(Matrix.parse("1,0"));
        assertThat(new int[] {a.rankUpper(), a.rankLower()}).containsExactly(0, 1);
        assertThat(a.interior()).isTrue(); // 0 < k = 1 < h = 3: Theorem 2 speaks
        assertThat(a.excludesSpurious()).isTrue();
        Hypotheses.SuperLayers d =
                Hypotheses.split(java.util.List.of(Matrix.parse("1,0"), Matrix.parse("1"), Matrix.parse("1;0")));
        assertThat(d.interior()).isTrue();
        assertThat(d.excludesSpurious()).isFalse(); // instance 1D (h = 3): both halves have rank 1
        Hypotheses.SuperLayers end = Hypotheses.split(java.util.List.of(Matrix.parse("1;0"), Matrix.parse("1,0;0,1")));
        assertThat(end.narrowest()).isZero();
        assertThat(end.lower()).isEqualTo(Matrix.identity(1));
        assertThat(end.interior()).isFalse(); // the narrowest layer is the input: no bottleneck, Theorem 2 is silent
        assertThat(end.excludesSpurious()).isFalse();
        assertThatThrownBy(() -> Hypotheses.split(java.util.List.of(Matrix.parse("1,0"), Matrix.parse("1,2"))))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("needs 1 columns");
    }

    @Test
    void multi_tower_collapse_of_corollary_2() throws Exception {
        Hypotheses.Towers two = Hypotheses.towers(new int[][] {{3, 1, 3}, {3, 2, 1, 3}}, Hypotheses.LossKind.CONVEX);
        assertThat(two.bottlenecks()).containsExactly(1, 1);
        assertThat(two.r()).isEqualTo(2);
        assertThat(new int[] {two.d0(), two.dh()}).containsExactly(3, 3);
        assertThat(two.noSpurious())
                .as("r = 2 < min(d_0, d_h) = 3 and a convex loss")
                .isFalse();
        Hypotheses.Towers three =
                Hypotheses.towers(new int[][] {{3, 1, 3}, {3, 2, 1, 3}, {3, 1, 1, 3}}, Hypotheses.LossKind.CONVEX);
        assertThat(three.r()).isEqualTo(3);
        assertThat(three.noSpurious()).isTrue();
        assertThat(Hypotheses.towers(new int[][] {{3, 1, 3}}, Hypotheses.LossKind.SQUARED)
                        .noSpurious())
                .isTrue();
        assertThatThrownBy(() -> Hypotheses.towers(new int[][] {{3, 1, 3}, {2, 1, 3}}, Hypotheses.LossKind.CONVEX))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("start at d_0 = 3");
    }
}
