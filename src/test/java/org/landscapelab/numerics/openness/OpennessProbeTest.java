package org.landscapelab.numerics.openness;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.LinearAlgebra;
import org.landscapelab.numerics.linalg.Matrix;

/** The probe of math.md §3.4 on the instances of §3.3, against the rank test, and its limits. */
class OpennessProbeTest {

    private static final Instant LATER = Instant.now().plusSeconds(600);

    static OpennessProbe.Estimate delta(String w1, String w2, double eps) throws NumericsException {
        return OpennessProbe.deltaStar(Matrix.parse(w1), Matrix.parse(w2), eps, 7, LATER, () -> false, f -> {});
    }

    @Test
    void instance_b_has_delta_star_equal_to_epsilon_squared() throws Exception {
        for (double eps : new double[] {0.1, 0.05}) {
            OpennessProbe.Estimate e = delta("1,0;0,0;0,0", "1,0,0;0,0,0", eps);
            assertThat(e.deltaStar() / (eps * eps)).as("B at ε = " + eps).isCloseTo(1.0, within(0.03));
        }
    }

    @Test
    void instance_d_has_delta_star_equal_to_epsilon() throws Exception {
        for (double eps : new double[] {0.1, 0.05}) {
            OpennessProbe.Estimate e = delta("1,0;0,1;0,0", "1,0,0;0,1,0", eps);
            assertThat(e.deltaStar() / eps).as("D at ε = " + eps).isCloseTo(1.0, within(0.03));
        }
    }

    @Test
    void instance_e_has_delta_star_equal_to_epsilon_squared_over_root_two() throws Exception {
        for (double eps : new double[] {0.1, 0.05}) {
            OpennessProbe.Estimate e = delta("0,0;0,0;0,0", "0,0,0;0,0,0", eps);
            assertThat(e.deltaStar() / (eps * eps)).as("E at ε = " + eps).isCloseTo(1 / Math.sqrt(2), within(0.02));
            // 9 normal-block units u_a v_bᵀ, the balanced Σu_av_aᵀ/√3, 9 matrix units, 6 Gaussian: the balanced binds
            assertThat(e.targets()).isEqualTo(25);
            assertThat(e.binding()).as("E at ε = " + eps).contains(new OpennessProbe.Direction.BalancedNormalBlock(3));
        }
    }

    @Test
    void instances_a_and_c_are_not_open() throws Exception {
        for (OpennessProbe.Estimate e : List.of(delta("1;1", "0,0", 0.1), delta("1,0;0,0;0,0", "0,0,0;1,0,0", 0.1))) {
            assertThat(e.deltaStar()).isZero();
            // the target out of reach at the smallest scale lies in the normal block C(Z)^⊥ ⊗ C(Zᵀ)^⊥
            assertThat(e.binding()).get().isInstanceOf(OpennessProbe.Direction.NormalBlock.class);
        }
    }

    @Test
    void classification_slopes_of_the_instances() throws Exception {
        record Case(String w1, String w2, LocalOpenness.Rate rate, double slope) {}
        for (Case c : List.of(
                new Case("1,0;0,0;0,0", "1,0,0;0,0,0", LocalOpenness.Rate.QUADRATIC, 2),
                new Case("1,0;0,1;0,0", "1,0,0;0,1,0", LocalOpenness.Rate.LINEAR, 1),
                new Case("0,0;0,0;0,0", "0,0,0;0,0,0", LocalOpenness.Rate.QUADRATIC, 2),
                new Case("1,0;0,0;0,0", "0,0,0;1,0,0", LocalOpenness.Rate.ZERO, Double.NaN))) {
            List<Double> seen = new ArrayList<>();
            OpennessProbe.Classification k = OpennessProbe.classify(
                    Matrix.parse(c.w1()),
                    Matrix.parse(c.w2()),
                    OpennessProbe.defaultEpsilons(),
                    3,
                    LATER,
                    () -> false,
                    seen::add);
            assertThat(k.rate()).as(c.w1() + " / " + c.w2()).isEqualTo(c.rate());
            assertThat(k.estimates()).hasSize(3);
            if (!Double.isNaN(c.slope())) {
                assertThat(k.slope()).isCloseTo(c.slope(), within(0.05));
            }
            assertThat(seen).isSorted().last().isEqualTo(1.0);
            assertThat(seen).allMatch(f -> f >= 0 && f <= 1);
        }
    }

    /** math.md §7.5 property 6–7: the probe's verdict and rate agree with the rank test on random 3×2×3 pairs. */
    @Test
    void probe_agrees_with_the_rank_test_on_random_3x2x3_pairs() throws Exception {
        Random rnd = new Random(2026);
        int[] byRate = new int[3];
        for (int c = 0; c < 20; c++) {
            Matrix w1 = lowRank(rnd, 3, 2, rnd.nextInt(3));
            Matrix w2 = lowRank(rnd, 2, 3, rnd.nextInt(3));
            if (c % 3 == 0 && LinearAlgebra.rank(w1) == 1) {
                // put a column of W2 inside N(W1): (iii) fails
                double[] nul = LinearAlgebra.nullSpace(w1).basisVectors()[0];
                double[][] b = w2.toArray();
                b[0][0] = nul[0];
                b[1][0] = nul[1];
                w2 = Matrix.of(b);
            }
            LocalOpenness rankTest = LocalOpenness.analyze(w1, w2);
            OpennessProbe.Classification probe =
                    OpennessProbe.classify(w1, w2, OpennessProbe.defaultEpsilons(), c, LATER, () -> false, f -> {});
            assertThat(probe.rate())
                    .as(
                            "case %d: %s / %s (slope %s, %s)",
                            c, w1.format(), w2.format(), probe.slope(), probe.estimates())
                    .isEqualTo(rankTest.rate());
            byRate[rankTest.rate().ordinal()]++;
        }
        assertThat(java.util.Arrays.stream(byRate).min().orElse(0))
                .isGreaterThanOrEqualTo(3); // every verdict is represented
    }

    private static Matrix lowRank(Random rnd, int rows, int cols, int rank) {
        double[][] out = new double[rows][cols];
        for (int q = 0; q < rank; q++) {
            int[] u = new int[rows];
            int[] v = new int[cols];
            for (int i = 0; i < rows; i++) {
                u[i] = rnd.nextInt(5) - 2;
            }
            for (int j = 0; j < cols; j++) {
                v[j] = rnd.nextInt(5) - 2;
            }
            for (int i = 0; i < rows; i++) {
                for (int j = 0; j < cols; j++) {
                    out[i][j] += u[i] * v[j];
                }
            }
        }
        return Matrix.of(out);
    }

    /** §3.5's hand cases, k ≥ min(m,n): the probe's rate agrees with Behrends' criterion and the derived rate. */
    @Test
    void wide_hand_cases_of_section_3_5() throws Exception {
        String[][] cases = {{"0", "0"}, {"1,0;0,0", "0,0;1,0"}, {"1,0;0,0", "1,0;0,0"}, {"1,0,0;0,1,0", "0,0;0,0;0,0"}};
        for (String[] c : cases) {
            Matrix w1 = Matrix.parse(c[0]);
            Matrix w2 = Matrix.parse(c[1]);
            OpennessProbe.Classification k =
                    OpennessProbe.classify(w1, w2, OpennessProbe.defaultEpsilons(), 5, LATER, () -> false, f -> {});
            assertThat(k.rate())
                    .as(c[0] + " / " + c[1] + ": slope " + k.slope() + ", " + k.estimates())
                    .isEqualTo(LocalOpenness.analyze(w1, w2).rate());
        }
        // scalar (0,0): δ* = ε² (0.01001 at ε = 0.1 in the notes)
        assertThat(delta("0", "0", 0.1).deltaStar()).isCloseTo(0.01, within(2e-4));
    }

    @Test
    void cancellation_and_deadline_stop_the_probe() {
        AtomicInteger calls = new AtomicInteger();
        assertThatThrownBy(() -> OpennessProbe.classify(
                        Matrix.parse("1,0;0,0;0,0"),
                        Matrix.parse("1,0,0;0,0,0"),
                        OpennessProbe.defaultEpsilons(),
                        1,
                        LATER,
                        () -> calls.incrementAndGet() > 5,
                        f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("cancelled");
        assertThat(calls.get()).isEqualTo(6); // stopped at the first check that saw the flag
        assertThatThrownBy(() -> OpennessProbe.classify(
                        Matrix.parse("1,0;0,0;0,0"),
                        Matrix.parse("1,0,0;0,0,0"),
                        OpennessProbe.defaultEpsilons(),
                        1,
                        Instant.EPOCH,
                        () -> false,
                        f -> {})) // passed: no timing involved
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("ran out of time");
    }

    @Test
    void bad_input_is_refused() {
        assertThatThrownBy(() -> OpennessProbe.classify(
                        Matrix.identity(6),
                        Matrix.identity(6),
                        OpennessProbe.defaultEpsilons(),
                        1,
                        LATER,
                        () -> false,
                        f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("limited to sizes up to 5");
        assertThatThrownBy(() -> delta("1", "1", 0))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("(0, 1]");
        assertThatThrownBy(() -> OpennessProbe.classify(
                        Matrix.identity(2), Matrix.identity(2), new double[] {0.1}, 1, LATER, () -> false, f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("two values");
    }
}
