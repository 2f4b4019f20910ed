package org.landscapelab.numerics.pyramidal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetworkProperties;
import org.landscapelab.numerics.optimize.GradientDescent;

/** Pyramidal leaky-ReLU networks: math.md §5.1–5.3 and §7.5 properties 15–17. */
class LeakyReluNetworkTest {

    private static final Instant LATER = Instant.now().plusSeconds(600);
    private static final Matrix X = Matrix.of(new double[][] {{1, 0}, {0, 1}, {1, 1}});
    private static final Matrix Y = Matrix.of(new double[][] {{0.5, -0.2}});

    @Test
    void section_5_2_lesson_instance_exact_zero_loss_points() throws Exception {
        LeakyReluNetwork net = LeakyReluNetwork.of(X, Y, 0.1);
        LeakyReluNetwork.Pyramid p = net.pyramid(3, 2, 1);
        assertThat(p.pyramidal()).isTrue();
        assertThat(p.fullColumnRankX()).isTrue();
        assertThat(p.imageIsEverything()).isTrue();
        // the notes' point: W1 = X⁺, W2 = σ⁻¹(Y) = [0.5, −2]
        List<Matrix> notes = List.of(
                Matrix.of(new double[][] {{2.0 / 3, -1.0 / 3, 1.0 / 3}, {-1.0 / 3, 2.0 / 3, 1.0 / 3}}),
                Matrix.of(new double[][] {{0.5, -2}}));
        assertThat(net.loss(notes)).isLessThan(1e-28);
        List<Matrix> built = net.zeroLossPoint(3, 2, 1);
        assertThat(net.loss(built)).isLessThan(1e-28);
        assertThat(LeakyReluNetwork.fullRowRank(built)).isTrue();
    }

    /** §7.5 property 15 on random pyramids: the constructed point has zero loss (and full row rank when d_1 ≤ n). */
    @Test
    void the_constructed_point_fits_any_target_on_random_pyramids() {
        qt().withFixedSeed(16).withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int n = 1 + rnd.nextInt(4);
            int h = 1 + rnd.nextInt(4);
            int[] widths = new int[h + 1];
            widths[0] = n + 1 + rnd.nextInt(3);
            for (int i = 1; i <= h; i++) {
                widths[i] = 1 + rnd.nextInt(widths[i - 1]);
            }
            Matrix x = gaussian(rnd, widths[0], n);
            Matrix y = gaussian(rnd, widths[h], n);
            LeakyReluNetwork net =
                    LinearNetworkProperties.call(() -> LeakyReluNetwork.of(x, y, 0.1 + 0.8 * rnd.nextDouble()));
            assertThat(LinearNetworkProperties.call(() -> net.pyramid(widths)).imageIsEverything())
                    .isTrue();
            List<Matrix> w = LinearNetworkProperties.call(() -> net.zeroLossPoint(widths));
            assertThat(LinearNetworkProperties.call(() -> net.loss(w))).isLessThan(1e-20);
            if (widths[1] <= n) {
                assertThat(LinearNetworkProperties.call(() -> LeakyReluNetwork.fullRowRank(w)))
                        .isTrue();
            }
        });
    }

    @Test
    void gradient_matches_central_differences_away_from_the_kinks() {
        qt().withFixedSeed(15).withExamples(100).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            LeakyReluNetwork net = LinearNetworkProperties.call(() -> LeakyReluNetwork.of(X, Y, 0.1));
            List<Matrix> w = List.of(gaussian(rnd, 2, 3), gaussian(rnd, 1, 2));
            List<Matrix> g = LinearNetworkProperties.call(() -> net.gradient(w));
            double hStep = 1e-6;
            for (int layer = 0; layer < 2; layer++) {
                for (int e = 0; e < w.get(layer).data().length; e++) {
                    List<Matrix> plus = shifted(w, layer, e, hStep);
                    List<Matrix> minus = shifted(w, layer, e, -hStep);
                    double fd = (LinearNetworkProperties.call(() -> net.loss(plus))
                                    - LinearNetworkProperties.call(() -> net.loss(minus)))
                            / (2 * hStep);
                    assertThat(g.get(layer).data()[e]).isCloseTo(fd, within(1e-6 * Math.max(1, Math.abs(fd))));
                }
            }
        });
    }

    /** §7.5 property 16, made tolerant as the notes ask: GD from N(0,1) reaches < 1e−12 within 100k steps. */
    @Test
    void gradient_descent_reaches_zero_loss_on_the_lesson_instance() throws Exception {
        LeakyReluNetwork net = LeakyReluNetwork.of(X, Y, 0.1);
        int reached = 0;
        int runs = 10;
        for (int seed = 0; seed < runs; seed++) {
            Random rnd = new Random(seed);
            LeakyReluNetwork.Run run = net.descend(
                    List.of(gaussian(rnd, 2, 3), gaussian(rnd, 1, 2)), 0.05, 100_000, LATER, () -> false, f -> {});
            assertThat(run.outcome()).isNotEqualTo(GradientDescent.Outcome.DIVERGED);
            reached += run.loss() < 1e-12 ? 1 : 0;
            assertThat(run.history().length).isLessThanOrEqualTo(GradientDescent.MAX_RECORDED + 1);
        }
        assertThat(reached).isGreaterThanOrEqualTo(runs - 1);
    }

    /** §5.3 / property 17: d_0 ≤ n, one leaky unit, two local minima; GD ends at the one on its side. */
    @Test
    void contrast_without_the_pyramid_has_a_spurious_minimum() throws Exception {
        LeakyReluNetwork net = LeakyReluNetwork.of(Matrix.parse("1,-1"), Matrix.parse("1,0.5"), 0.1);
        LeakyReluNetwork.Pyramid p = net.pyramid(1, 1);
        assertThat(p.pyramidal()).isFalse();
        assertThat(p.imageIsEverything()).isFalse();
        assertThat(p.fullColumnRankX()).isFalse();
        assertThat(p.rankX()).isEqualTo(1);
        assertThat(p.columnsX()).isEqualTo(2);
        assertThat(p.widthsNonIncreasing()).isTrue();
        assertThatThrownBy(() -> net.zeroLossPoint(1, 1)).isInstanceOf(NumericsException.class);
        for (double w0 : new double[] {-2, -0.5, -0.01, 0.01, 2}) {
            LeakyReluNetwork.Run run =
                    net.descend(List.of(Matrix.of(new double[][] {{w0}})), 0.1, 5000, LATER, () -> false, f -> {});
            double w = run.weights().get(0).get(0, 0);
            if (w0 < 0) {
                assertThat(w).isCloseTo(-40.0 / 101, within(1e-9));
                assertThat(run.loss()).isCloseTo(441.0 / 808, within(1e-12));
            } else {
                assertThat(w).isCloseTo(95.0 / 101, within(1e-9));
                assertThat(run.loss()).isCloseTo(18.0 / 101, within(1e-12));
            }
            assertThat(run.fullRowRank()).isTrue();
        }
    }

    @Test
    void limits_and_cancellation() throws Exception {
        assertThatThrownBy(() -> LeakyReluNetwork.of(X, Y, 1))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("between 0 and 1");
        LeakyReluNetwork net = LeakyReluNetwork.of(X, Y, 0.1);
        List<Matrix> w = List.of(Matrix.parse("1,0,0;0,1,0"), Matrix.parse("1,1"));
        LeakyReluNetwork.Run cancelled = net.descend(w, 0.05, 100_000, LATER, () -> true, f -> {});
        assertThat(cancelled.outcome()).isEqualTo(GradientDescent.Outcome.CANCELLED);
        LeakyReluNetwork.Run late = net.descend(w, 0.05, 100_000, Instant.now().minusSeconds(1), () -> false, f -> {});
        assertThat(late.outcome()).isEqualTo(GradientDescent.Outcome.DEADLINE);
        assertThatThrownBy(() -> net.descend(w, -1, 10, LATER, () -> false, f -> {}))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> net.loss(List.of(Matrix.parse("1,0,0;0,1,0"))))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("rows but Y has");
    }

    private static List<Matrix> shifted(List<Matrix> w, int layer, int e, double by) {
        List<Matrix> out = new ArrayList<>(w);
        double[] d = w.get(layer).data();
        d[e] += by;
        out.set(layer, new Matrix(w.get(layer).rows(), w.get(layer).cols(), d));
        return out;
    }

    private static Matrix gaussian(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextGaussian();
        }
        return new Matrix(rows, cols, d);
    }
}
