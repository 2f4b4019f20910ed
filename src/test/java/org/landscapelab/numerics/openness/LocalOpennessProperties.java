package org.landscapelab.numerics.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.LinearAlgebra;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Subspace;
import org.quicktheories.core.Gen;

/** The equivalences of Theorem 2, Lemma A and Behrends' criterion on random small-integer pairs (math.md §7.5). */
public class LocalOpennessProperties {

    private static final int CASES = 3000;

    private static Gen<RandomPairs> pairs(boolean narrow) {
        return longs().all().map(seed -> RandomPairs.draw(seed, narrow));
    }

    @Test
    void conditions_i_and_iii_agree_and_ii_and_iv_agree_for_all_ranks_when_k_le_min_m_n() {
        qt().withFixedSeed(1)
                .withExamples(CASES)
                .forAll(longs().all().map(seed -> RandomPairs.draw(seed, RandomPairs.Shapes.NOT_WIDER)))
                .checkAssert(p -> {
                    LocalOpenness a = analyze(p);
                    assertThat(a.conditionI().holds())
                            .as("(i) ⇔ (iii)")
                            .isEqualTo(a.conditionIII().holds());
                    assertThat(a.conditionII().holds())
                            .as("(ii) ⇔ (iv)")
                            .isEqualTo(a.conditionIV().holds());
                });
    }

    @Test
    void scaling_either_factor_by_any_positive_number_changes_nothing_but_the_witnesses_size() {
        double[] factors = {1e-11, 1e-6, 1e-3, 1e3, 1e8, 1e10, 1e150};
        qt().withFixedSeed(11)
                .withExamples(600)
                .forAll(pairs(true).mix(pairs(false)))
                .checkAssert(p -> {
                    LocalOpenness a = analyze(p);
                    Random r = new Random(p.hashCode());
                    double c = factors[r.nextInt(factors.length)];
                    double d = factors[r.nextInt(factors.length)];
                    try {
                        LocalOpenness s = LocalOpenness.analyze(p.w1().scale(c), p.w2().scale(d));
                        assertThat(new int[] {s.rankW1(), s.rankW2(), s.rankW1W2()})
                                .as("ranks at scales %s, %s", c, d)
                                .containsExactly(a.rankW1(), a.rankW2(), a.rankW1W2());
                        assertThat(s.locallyOpen()).isEqualTo(a.locallyOpen());
                        assertThat(s.rate()).isEqualTo(a.rate());
                        s.conditionI()
                                .witness()
                                .ifPresent(w -> assertThat(
                                                w.times(p.w2().scale(d)).frobeniusNorm())
                                        .isLessThanOrEqualTo(1e-8
                                                * c
                                                * d
                                                * Math.max(1, p.w1().frobeniusNorm() * p.w2().frobeniusNorm())));
                    } catch (NumericsException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void verdicts_hold_at_the_ends_of_the_double_range() {
        // entries up to 1e308 (where ‖W‖_F itself overflows) and down to 1e-300; not subnormal tops, where the
        // scaled entries themselves lose their digits and the input is no longer the same matrix
        double[] tops = {1e308, Double.MAX_VALUE, 1e-300, 1e-307};
        qt().withFixedSeed(12)
                .withExamples(300)
                .forAll(pairs(true).mix(pairs(false)))
                .checkAssert(p -> {
                    LocalOpenness a = analyze(p);
                    Random r = new Random(p.hashCode());
                    double c = tops[r.nextInt(tops.length)];
                    double d = tops[r.nextInt(tops.length)];
                    try {
                        LocalOpenness s = LocalOpenness.analyze(toTop(p.w1(), c), toTop(p.w2(), d));
                        assertThat(new int[] {s.rankW1(), s.rankW2(), s.rankW1W2()})
                                .as("ranks with largest entries %s, %s", c, d)
                                .containsExactly(a.rankW1(), a.rankW2(), a.rankW1W2());
                        assertThat(s.locallyOpen()).isEqualTo(a.locallyOpen());
                        assertThat(s.rate()).isEqualTo(a.rate());
                    } catch (NumericsException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void the_huge_pair_of_the_student_report_has_rank_one() throws NumericsException {
        LocalOpenness a = LocalOpenness.analyze(Matrix.parse("1e308,1e308;1e308,1e308;1,1"), Matrix.parse("1,0;0,1"));
        assertThat(a.rankW1()).isEqualTo(1);
    }

    /** W scaled entry by entry so that its largest entry is {@code top}. */
    private static Matrix toTop(Matrix w, double top) {
        double m = 0;
        for (double x : w.data()) {
            m = Math.max(m, Math.abs(x));
        }
        if (m == 0) {
            return w;
        }
        double[] x = w.data();
        for (int i = 0; i < x.length; i++) {
            x[i] = x[i] / m * top;
        }
        return new Matrix(w.rows(), w.cols(), x);
    }

    @Test
    void intersection_dimensions_follow_rank_nullity() {
        qt().withFixedSeed(2)
                .withExamples(CASES)
                .forAll(pairs(true).mix(pairs(false)))
                .checkAssert(p -> {
                    LocalOpenness a = analyze(p);
                    // dim N(W1) ∩ C(W2) = rank W2 − rank W1W2 ; dim N(W2ᵀ) ∩ C(W1ᵀ) = rank W1 − rank W1W2
                    assertThat(a.nullW1InColumnsW2().dimension()).isEqualTo(a.rankW2() - a.rankW1W2());
                    assertThat(a.nullW2tInRowsW1().dimension()).isEqualTo(a.rankW1() - a.rankW1W2());
                });
    }

    @Test
    void with_equal_ranks_conditions_i_to_iv_and_openness_all_agree() {
        int[] openAndNot = new int[2];
        qt().withFixedSeed(3)
                .withExamples(CASES)
                .forAll(longs().all().map(RandomPairs::drawEqualRanks))
                .checkAssert(p -> {
                    LocalOpenness a = analyze(p);
                    boolean open = a.locallyOpen();
                    openAndNot[open ? 0 : 1]++;
                    assertThat(a.rankW1W2() == a.rankW1()).isEqualTo(open);
                    assertThat(new boolean[] {
                                a.conditionI().holds(),
                                a.conditionII().holds(),
                                a.conditionIII().holds(),
                                a.conditionIV().holds()
                            })
                            .containsExactly(open, open, open, open);
                });
        // both verdicts must be well represented, otherwise the property says little
        assertThat(openAndNot[0] + openAndNot[1]).isEqualTo(CASES);
        assertThat(openAndNot[0]).isGreaterThan(CASES / 10);
        assertThat(openAndNot[1]).isGreaterThan(CASES / 10);
    }

    @Test
    void behrends_witness_conditions_match_their_rank_form_and_decide_the_wide_case() {
        qt().withFixedSeed(4)
                .withExamples(CASES)
                .forAll(pairs(false).mix(pairs(true)))
                .checkAssert(p -> {
                    LocalOpenness a = analyze(p);
                    boolean rankA = a.m() - a.rankW1W2() <= a.k() - a.rankW2();
                    boolean rankB = a.n() - a.rankW1W2() <= a.k() - a.rankW1();
                    assertThat(a.conditionA().holds()).isEqualTo(rankA);
                    assertThat(a.conditionB().holds()).isEqualTo(rankB);
                    if (a.regime() == LocalOpenness.Regime.WIDE) {
                        assertThat(a.locallyOpen()).isEqualTo(rankA || rankB);
                    }
                });
    }

    @Test
    void every_witness_returned_passes_an_outside_check() {
        qt().withFixedSeed(5)
                .withExamples(CASES)
                .forAll(pairs(true).mix(pairs(false)))
                .checkAssert(p -> {
                    LocalOpenness a = analyze(p);
                    Matrix w1 = p.w1();
                    Matrix w2 = p.w2();
                    a.conditionI().witness().ifPresent(t -> {
                        assertThat(t.times(w2).frobeniusNorm()).isLessThan(1e-9);
                        assertThat(rank(w1.plus(t))).isEqualTo(a.k());
                    });
                    a.conditionA().witness().ifPresent(t -> {
                        assertThat(t.times(w2).frobeniusNorm()).isLessThan(1e-9);
                        assertThat(rank(w1.plus(t))).isEqualTo(a.m());
                    });
                    a.conditionII().witness().ifPresent(t -> {
                        assertThat(w1.times(t).frobeniusNorm()).isLessThan(1e-9);
                        assertThat(rank(w2.plus(t))).isEqualTo(a.k());
                    });
                    a.conditionB().witness().ifPresent(t -> {
                        assertThat(w1.times(t).frobeniusNorm()).isLessThan(1e-9);
                        assertThat(rank(w2.plus(t))).isEqualTo(a.n());
                    });
                });
    }

    @Test
    void the_verdict_and_ranks_are_invariant_under_changes_of_basis() {
        qt().withFixedSeed(6).withExamples(CASES).forAll(longs().all()).checkAssert(seed -> {
            RandomPairs p = RandomPairs.draw(seed, seed % 2 == 0);
            Random rnd = new Random(seed ^ 0x5DEECE66DL);
            Matrix[] pp = RandomPairs.invertible(rnd, p.w1().rows());
            Matrix[] g = RandomPairs.invertible(rnd, p.w1().cols());
            Matrix[] q = RandomPairs.invertible(rnd, p.w2().cols());
            // (W1, W2) → (P W1 G⁻¹, G W2 Q)
            LocalOpenness before = analyze(p);
            LocalOpenness after = analyze(new RandomPairs(
                    pp[0].times(p.w1()).times(g[1]), g[0].times(p.w2()).times(q[0]), seed));
            assertThat(after.locallyOpen()).as(p.toString()).isEqualTo(before.locallyOpen());
            assertThat(after.rate()).isEqualTo(before.rate());
            assertThat(new int[] {after.rankW1(), after.rankW2(), after.rankW1W2()})
                    .containsExactly(before.rankW1(), before.rankW2(), before.rankW1W2());
        });
    }

    @Test
    void generic_gaussian_pairs_with_a_narrow_middle_are_open() {
        qt().withFixedSeed(7).withExamples(1000).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int m = 2 + rnd.nextInt(4);
            int n = 2 + rnd.nextInt(4);
            int k = 1 + rnd.nextInt(Math.min(m, n) - 1);
            LocalOpenness a = analyze(new RandomPairs(gaussian(rnd, m, k), gaussian(rnd, k, n), seed));
            assertThat(a.locallyOpen()).isTrue();
            assertThat(a.rate()).isEqualTo(LocalOpenness.Rate.LINEAR);
        });
    }

    @Test
    void the_public_intersection_agrees_with_the_analysis() {
        qt().withFixedSeed(8)
                .withExamples(CASES)
                .forAll(pairs(true).mix(pairs(false)))
                .checkAssert(p -> {
                    try {
                        Subspace cap = LinearAlgebra.intersection(
                                LinearAlgebra.nullSpace(p.w1()), LinearAlgebra.columnSpace(p.w2()));
                        assertThat(cap.dimension())
                                .isEqualTo(analyze(p).nullW1InColumnsW2().dimension());
                    } catch (NumericsException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    private static Matrix gaussian(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextGaussian();
        }
        return new Matrix(rows, cols, d);
    }

    public static LocalOpenness analyze(RandomPairs p) {
        try {
            return LocalOpenness.analyze(p.w1(), p.w2());
        } catch (NumericsException e) {
            throw new AssertionError(e);
        }
    }

    public static int rank(Matrix a) {
        try {
            return LinearAlgebra.rank(a);
        } catch (NumericsException e) {
            throw new AssertionError(e);
        }
    }
}
