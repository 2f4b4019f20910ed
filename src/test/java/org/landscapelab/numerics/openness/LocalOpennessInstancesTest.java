package org.landscapelab.numerics.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.LinearAlgebra;
import org.landscapelab.numerics.linalg.Matrix;

/** Instances A–E of math.md §3.3, exactly, plus the hand cases of §3.5. */
class LocalOpennessInstancesTest {

    @Test
    void instance_A_ranks_differ_so_not_open_although_iii_holds() throws Exception {
        LocalOpenness a = analyze("1;1", "0,0");
        assertInstance(a, 1, 0, 0, 0, 1, new boolean[] {true, false, true, false}, false);
        assertThat(a.rate()).isEqualTo(LocalOpenness.Rate.ZERO);
        assertThat(a.nullW1InColumnsW2().dimension()).isZero();
        assertThat(a.nullW2tInRowsW1().dimension()).isEqualTo(1);
        assertThat(a.regime()).isEqualTo(LocalOpenness.Regime.NARROW);
    }

    @Test
    void instance_B_equal_ranks_and_trivial_intersections_is_open_with_quadratic_rate() throws Exception {
        LocalOpenness b = analyze("1,0;0,0;0,0", "1,0,0;0,0,0");
        assertInstance(b, 1, 1, 1, 0, 0, new boolean[] {true, true, true, true}, true);
        assertThat(b.rate()).isEqualTo(LocalOpenness.Rate.QUADRATIC);
        assertWitnessesVerify(b, "1,0;0,0;0,0", "1,0,0;0,0,0");
    }

    @Test
    void instance_C_the_column_space_of_W2_lies_in_the_kernel_of_W1_so_not_open() throws Exception {
        LocalOpenness c = analyze("1,0;0,0;0,0", "0,0,0;1,0,0");
        assertInstance(c, 1, 1, 0, 1, 1, new boolean[] {false, false, false, false}, false);
        assertThat(c.regime()).isEqualTo(LocalOpenness.Regime.NARROW);
        assertThat(Math.abs(c.nullW1InColumnsW2().basisVectors()[0][1])).isEqualTo(1.0);
        // (i) fails by Lemma A's bound: W̃1 must vanish on C(W2) (dimension rank W2 = 1), where W1 has rank 0; the one
        // free direction adds at most 1, so rank(W1 + W̃1) ≤ 1 < 2
        Condition i = c.conditionI();
        assertThat(i.kind()).isEqualTo(Condition.Kind.I);
        assertThat(i.outcome()).isEqualTo(Condition.Outcome.RANK_BOUND);
        assertThat(new int[] {i.dimension(), i.rankOn(), i.free(), i.reached(), i.required()})
                .containsExactly(c.rankW2(), 0, 1, 1, 2);
    }

    @Test
    void instance_D_full_rank_factors_are_open_with_linear_rate() throws Exception {
        LocalOpenness d = analyze("1,0;0,1;0,0", "1,0,0;0,1,0");
        assertInstance(d, 2, 2, 2, 0, 0, new boolean[] {true, true, true, true}, true);
        assertThat(d.rate()).isEqualTo(LocalOpenness.Rate.LINEAR);
        assertThat(d.regime()).isEqualTo(LocalOpenness.Regime.NARROW);
        assertWitnessesVerify(d, "1,0;0,1;0,0", "1,0,0;0,1,0");
    }

    @Test
    void instance_E_the_origin_is_open_with_quadratic_rate() throws Exception {
        LocalOpenness e = analyze("0,0;0,0;0,0", "0,0,0;0,0,0");
        assertInstance(e, 0, 0, 0, 0, 0, new boolean[] {true, true, true, true}, true);
        assertThat(e.rate()).isEqualTo(LocalOpenness.Rate.QUADRATIC);
        assertWitnessesVerify(e, "0,0;0,0;0,0", "0,0,0;0,0,0");
    }

    @Test
    void wide_middle_hand_cases_of_section_3_5() throws Exception {
        LocalOpenness scalar = analyze("0", "0");
        assertThat(scalar.regime()).isEqualTo(LocalOpenness.Regime.WIDE);
        assertThat(scalar.locallyOpen()).isTrue();
        assertThat(scalar.rate()).isEqualTo(LocalOpenness.Rate.QUADRATIC); // δ* = ε²

        LocalOpenness e11e21 = analyze("1,0;0,0", "0,0;1,0");
        assertThat(e11e21.locallyOpen()).isFalse();
        assertThat(e11e21.conditionA().holds()).isFalse();
        assertThat(e11e21.conditionB().holds()).isFalse();
        assertThat(e11e21.regime()).isEqualTo(LocalOpenness.Regime.WIDE);

        LocalOpenness e11e11 = analyze("1,0;0,0", "1,0;0,0");
        assertThat(e11e11.locallyOpen()).isTrue();
        assertThat(e11e11.rate()).isEqualTo(LocalOpenness.Rate.QUADRATIC); // ≈ 1.1 ε²

        LocalOpenness surjective = analyze("1,0,0;0,1,0", "0,0;0,0;0,0");
        assertThat(surjective.locallyOpen()).isTrue();
        assertThat(surjective.rate()).isEqualTo(LocalOpenness.Rate.LINEAR); // ≈ ε
        assertThat(surjective.conditionA().holds()).isTrue();
        assertThat(surjective.conditionI().holds()).isFalse(); // 2×3 cannot have full column rank 3
        assertThat(surjective.conditionI().outcome()).isEqualTo(Condition.Outcome.SHAPE);
        assertThat(new int[] {
                    surjective.conditionI().rows(),
                    surjective.conditionI().cols(),
                    surjective.conditionI().required()
                })
                .containsExactly(2, 3, 3);
    }

    @Test
    void mismatched_or_bad_factors_are_refused() {
        assertThatThrownBy(() -> analyze("1,0;0,1", "1,0,0"))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("W1 is 2×2 and W2 is 1×3");
        assertThatThrownBy(() -> LocalOpenness.analyze(
                        new Matrix(1, 1, new double[] {Double.POSITIVE_INFINITY}), Matrix.identity(1)))
                .isInstanceOf(NumericsException.class);
    }

    static LocalOpenness analyze(String w1, String w2) throws NumericsException {
        return LocalOpenness.analyze(Matrix.parse(w1), Matrix.parse(w2));
    }

    private static void assertInstance(
            LocalOpenness a, int r1, int r2, int r12, int dim3, int dim4, boolean[] conditions, boolean open) {
        assertThat(new int[] {a.rankW1(), a.rankW2(), a.rankW1W2()}).containsExactly(r1, r2, r12);
        assertThat(a.nullW1InColumnsW2().dimension()).isEqualTo(dim3);
        assertThat(a.nullW2tInRowsW1().dimension()).isEqualTo(dim4);
        assertThat(new boolean[] {
                    a.conditionI().holds(),
                    a.conditionII().holds(),
                    a.conditionIII().holds(),
                    a.conditionIV().holds()
                })
                .containsExactly(conditions);
        assertThat(a.conditionI().witness().isPresent()).isEqualTo(conditions[0]);
        assertThat(a.conditionII().witness().isPresent()).isEqualTo(conditions[1]);
        assertThat(a.locallyOpen()).isEqualTo(open);
        assertThat(a.regime()).isEqualTo(LocalOpenness.Regime.NARROW);
    }

    /** W̃1W2 = 0 with W1 + W̃1 of full column rank; W1W̃2 = 0 with W2 + W̃2 of full row rank. */
    private static void assertWitnessesVerify(LocalOpenness a, String w1s, String w2s) throws NumericsException {
        Matrix w1 = Matrix.parse(w1s);
        Matrix w2 = Matrix.parse(w2s);
        Matrix t1 = a.conditionI().witness().orElseThrow();
        Matrix t2 = a.conditionII().witness().orElseThrow();
        assertThat(t1.times(w2).frobeniusNorm()).isLessThan(1e-12);
        assertThat(w1.times(t2).frobeniusNorm()).isLessThan(1e-12);
        assertThat(LinearAlgebra.rank(w1.plus(t1))).isEqualTo(a.k());
        assertThat(LinearAlgebra.rank(w2.plus(t2))).isEqualTo(a.k());
    }
}
