package org.landscapelab.numerics.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.LinearAlgebra;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Svd;
import org.landscapelab.numerics.openness.RandomPairs;

/** L* of math.md §4.1 and the instances of §4.4. */
class ReducedRankRegressionTest {

    private static final Matrix X_B = parse("1,0,1,0;0,1,1,0;1,1,2,0");
    private static final Matrix Y_B = parse("2,0,1,1;0,1,1,0;1,1,0,3");

    @Test
    void section_4_4a_eckart_young_values() throws Exception {
        Matrix x = Matrix.identity(3);
        Matrix y = parse("3,0,0;0,2,0;0,0,1");
        assertThat(ReducedRankRegression.globalOptimum(x, y, 3, 2, 3).value()).isCloseTo(0.5, within(1e-14));
        assertThat(ReducedRankRegression.globalOptimum(x, y, 3, 1, 3).value()).isCloseTo(2.5, within(1e-14));
        assertThat(ReducedRankRegression.globalOptimum(x, y, 3, 3, 3).value()).isCloseTo(0, within(1e-14));
        assertThat(ReducedRankRegression.globalOptimum(x, y, 3, 1, 2, 3).value())
                .isCloseTo(2.5, within(1e-14));
    }

    @Test
    void section_4_4a_canonical_critical_points_have_the_listed_loss_and_curvature() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(Matrix.identity(3), parse("3,0,0;0,2,0;0,0,1"));
        // d1, J, L, λ_min, number of negative eigenvalues
        Object[][] table = {
            {2, new int[] {}, 7.0, -3.0, 6}, {2, new int[] {1}, 2.5, -2.0, 2}, {2, new int[] {2}, 5.0, -3.0, 3},
            {2, new int[] {3}, 6.5, -3.0, 4}, {2, new int[] {1, 2}, 0.5, 0.0, 0}, {2, new int[] {1, 3}, 2.0, -1.0, 1},
            {2, new int[] {2, 3}, 4.5, -2.0, 2}, {1, new int[] {}, 7.0, -3.0, 3}, {1, new int[] {1}, 2.5, 0.0, 0},
            {1, new int[] {2}, 5.0, -1.0, 1}, {1, new int[] {3}, 6.5, -2.0, 2},
        };
        double[] sigma = {3, 2, 1};
        for (Object[] row : table) {
            int d1 = (int) row[0];
            int[] j = (int[]) row[1];
            double[][] w1 = new double[d1][3]; // [Σ_J^{1/2} V_Jᵀ; 0]
            double[][] w2 = new double[3][d1]; // [U_J Σ_J^{1/2}, 0]
            for (int q = 0; q < j.length; q++) {
                w1[q][j[q] - 1] = Math.sqrt(sigma[j[q] - 1]);
                w2[j[q] - 1][q] = Math.sqrt(sigma[j[q] - 1]);
            }
            List<Matrix> w = List.of(Matrix.of(w1), Matrix.of(w2));
            assertThat(net.loss(w))
                    .as("L at J=%s", java.util.Arrays.toString(j))
                    .isCloseTo((double) row[2], within(1e-13));
            assertThat(net.gradientNorm(w)).isLessThan(1e-13);
            double[] eig = net.hessianEigenvalues(w);
            assertThat(eig[0])
                    .as("λ_min at d1=%d J=%s", d1, java.util.Arrays.toString(j))
                    .isCloseTo((double) row[3], within(1e-12));
            double tauH = Tolerances.HESSIAN_RELATIVE * Math.max(1, Math.abs(eig[eig.length - 1]));
            assertThat(java.util.Arrays.stream(eig).filter(v -> v < -tauH).count())
                    .isEqualTo((long) (int) row[4]);
        }
    }

    @Test
    void section_4_4b_rank_deficient_x_values() throws Exception {
        var one = ReducedRankRegression.globalOptimum(X_B, Y_B, 3, 1, 3);
        var two = ReducedRankRegression.globalOptimum(X_B, Y_B, 3, 2, 3);
        assertThat(one.value()).isCloseTo((46 - Math.sqrt(31)) / 6, within(1e-13));
        assertThat(two.value()).isCloseTo(35.0 / 6, within(1e-13));
        assertThat(one.rank()).isEqualTo(1);
        LinearNetwork net = LinearNetwork.squaredLoss(X_B, Y_B);
        assertThat(net.loss(one.minimiser())).isCloseTo(one.value(), within(1e-12));
        assertThat(net.loss(two.minimiser())).isCloseTo(two.value(), within(1e-12));
        assertThat(net.gradientNorm(two.minimiser())).isLessThan(1e-12);
    }

    @Test
    void section_4_4b_canonical_critical_points_have_the_listed_loss_and_lowest_curvature() throws Exception {
        // X = U_x S_x V_xᵀ (rank 2), T = Y V_x = U Σ Vᵀ; W2 = [U_J Σ_J^{1/2}, 0], W1 = [Σ_J^{1/2} V_Jᵀ; 0] S_x⁻¹ U_xᵀ
        Svd sx = Svd.of(Ejml.dense(X_B));
        Matrix ux = Ejml.matrix(Ejml.columns(sx.u, 0, 2));
        Matrix vx = Ejml.matrix(Ejml.columns(sx.v, 0, 2));
        Matrix sxInverse = Matrix.of(new double[][] {{1 / sx.sigma[0], 0}, {0, 1 / sx.sigma[1]}});
        Svd st = Svd.of(Ejml.dense(Y_B.times(vx)));
        assertThat(st.sigma[0] * st.sigma[0]).isCloseTo((11 + Math.sqrt(31)) / 3, within(1e-12));
        assertThat(st.sigma[1] * st.sigma[1]).isCloseTo((11 - Math.sqrt(31)) / 3, within(1e-12));
        LinearNetwork net = LinearNetwork.squaredLoss(X_B, Y_B);
        Object[][] table = { // d1, J, L, λ_min
            {2, new int[] {}, 9.5, -6.62966}, {2, new int[] {1}, 6.73871, -2.12147},
            {2, new int[] {2}, 8.59463, -6.44200}, {2, new int[] {1, 2}, 35.0 / 6, 0.0},
            {1, new int[] {}, 9.5, -6.62966}, {1, new int[] {1}, (46 - Math.sqrt(31)) / 6, 0.0},
            {1, new int[] {2}, 8.59463, -1.91881},
        };
        for (Object[] row : table) {
            int d1 = (int) row[0];
            int[] j = (int[]) row[1];
            double[][] b = new double[d1][2];
            double[][] a = new double[3][d1];
            for (int q = 0; q < j.length; q++) {
                double root = Math.sqrt(st.sigma[j[q] - 1]);
                for (int c = 0; c < 2; c++) {
                    b[q][c] = root * st.v.get(c, j[q] - 1);
                }
                for (int r = 0; r < 3; r++) {
                    a[r][q] = root * st.u.get(r, j[q] - 1);
                }
            }
            List<Matrix> w = List.of(Matrix.of(b).times(sxInverse).times(ux.transpose()), Matrix.of(a));
            String at = "d1=" + d1 + " J=" + java.util.Arrays.toString(j);
            assertThat(net.gradientNorm(w)).as(at).isLessThan(1e-12);
            assertThat(net.loss(w)).as(at).isCloseTo((double) row[2], within(5e-6 * 10));
            assertThat(net.hessianEigenvalues(w)[0]).as(at).isCloseTo((double) row[3], within(1e-5));
        }
    }

    @Test
    void the_minimiser_attains_l_star_is_critical_and_no_random_point_does_better() {
        qt().withFixedSeed(21).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int h = 1 + rnd.nextInt(4);
            int[] d = new int[h + 1];
            for (int i = 0; i <= h; i++) {
                d[i] = 1 + rnd.nextInt(4);
            }
            int n = 1 + rnd.nextInt(5);
            Matrix x = rnd.nextBoolean()
                    ? LinearNetworkProperties.gaussian(rnd, d[0], n)
                    : RandomPairs.lowRank(rnd, d[0], n); // rank-deficient X about half the time
            Matrix y = RandomPairs.lowRank(rnd, d[h], n)
                    .plus(LinearNetworkProperties.gaussian(rnd, d[h], n).scale(0.1));
            LinearNetwork net = LinearNetworkProperties.call(() -> LinearNetwork.squaredLoss(x, y));
            var opt = LinearNetworkProperties.call(() -> ReducedRankRegression.globalOptimum(x, y, d));
            double scale = Math.max(1, y.frobeniusNorm() * y.frobeniusNorm());
            assertThat(LinearNetworkProperties.call(() -> net.loss(opt.minimiser())))
                    .isCloseTo(opt.value(), within(1e-10 * scale));
            double gradient = LinearNetworkProperties.call(() -> net.gradientNorm(opt.minimiser()));
            assertThat(gradient).isLessThan(1e-8 * scale * Math.max(1, x.frobeniusNorm()));
            for (int trial = 0; trial < 5; trial++) {
                List<Matrix> w = new ArrayList<>();
                for (int i = 1; i <= h; i++) {
                    w.add(LinearNetworkProperties.gaussian(rnd, d[i], d[i - 1]));
                }
                assertThat(LinearNetworkProperties.call(() -> net.loss(w)))
                        .isGreaterThanOrEqualTo(opt.value() - 1e-12 * scale);
            }
        });
    }

    @Test
    void with_identity_input_l_star_is_the_eckart_young_tail() {
        qt().withFixedSeed(22).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int d0 = 1 + rnd.nextInt(4);
            int d2 = 1 + rnd.nextInt(4);
            int d1 = 1 + rnd.nextInt(4);
            Matrix y = LinearNetworkProperties.gaussian(rnd, d2, d0);
            var opt = LinearNetworkProperties.call(
                    () -> ReducedRankRegression.globalOptimum(Matrix.identity(d0), y, d0, d1, d2));
            double[] s = LinearNetworkProperties.call(() -> LinearAlgebra.singularValues(y));
            double tail = 0;
            for (int i = Math.min(d0, Math.min(d1, d2)); i < s.length; i++) {
                tail += s[i] * s[i] / 2;
            }
            assertThat(opt.value()).isCloseTo(tail, within(1e-12));
        });
    }

    @Test
    void widths_must_fit_the_data() {
        assertThatThrownBy(() -> ReducedRankRegression.globalOptimum(X_B, Y_B, 2, 1, 3))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("rows of X");
        assertThatThrownBy(() -> ReducedRankRegression.globalOptimum(X_B, Y_B, 3))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> ReducedRankRegression.globalOptimum(X_B, Y_B, 3, 0, 3))
                .isInstanceOf(NumericsException.class);
    }

    private static Matrix parse(String s) {
        try {
            return Matrix.parse(s);
        } catch (NumericsException e) {
            throw new AssertionError(e);
        }
    }
}
