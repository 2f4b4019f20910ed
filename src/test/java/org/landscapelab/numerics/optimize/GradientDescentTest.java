package org.landscapelab.numerics.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.LinearAlgebra;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.LinearNetworkProperties;
import org.landscapelab.numerics.networks.ReducedRankRegression;

class GradientDescentTest {

    private static final Instant LATER = Instant.now().plusSeconds(600);

    @Test
    void from_small_random_starts_gd_reaches_the_closed_form_l_star() {
        qt().withFixedSeed(31).withExamples(500).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int h = 1 + rnd.nextInt(3);
            int[] d = new int[h + 1];
            for (int i = 0; i <= h; i++) {
                d[i] = 1 + rnd.nextInt(3);
            }
            int n = 1 + rnd.nextInt(4);
            Matrix x = wellConditioned(rnd, d[0], n);
            Matrix y = LinearNetworkProperties.gaussian(rnd, d[h], n);
            Matrix yScaled = y.scale(1.5 / Math.max(1e-9, y.frobeniusNorm()));
            List<Matrix> start = new ArrayList<>();
            for (int i = 1; i <= h; i++) {
                start.add(LinearNetworkProperties.gaussian(rnd, d[i], d[i - 1]).scale(0.3));
            }
            LinearNetwork net = LinearNetworkProperties.call(() -> LinearNetwork.squaredLoss(x, yScaled));
            double lStar = LinearNetworkProperties.call(() -> ReducedRankRegression.globalOptimum(x, yScaled, d))
                    .value();
            GradientDescent.Run run = LinearNetworkProperties.call(
                    () -> GradientDescent.run(net, start, 0.05, 20_000, LATER, () -> false, p -> {}));
            assertThat(run.outcome()).isIn(GradientDescent.Outcome.CRITICAL_POINT, GradientDescent.Outcome.STEP_CAP);
            assertThat(run.last().loss() - lStar).as("seed %d", seed).isLessThan(1e-6 * Math.max(1, lStar));
        });
    }

    @Test
    void the_trajectory_is_capped_starts_at_step_0_ends_at_the_last_step_and_is_reported_as_progress()
            throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(Matrix.identity(2), Matrix.parse("3,0;0,1"));
        List<Matrix> start = List.of(Matrix.parse("0.1,0.2;0.3,0.1"), Matrix.parse("0.2,0;0.1,0.1"));
        List<GradientDescent.Point> seen = new ArrayList<>();
        GradientDescent.Run run = GradientDescent.run(net, start, 1e-4, 5001, LATER, () -> false, seen::add);
        assertThat(run.outcome()).isEqualTo(GradientDescent.Outcome.STEP_CAP);
        assertThat(run.steps()).isEqualTo(5001);
        assertThat(run.trajectory())
                .hasSizeLessThanOrEqualTo(GradientDescent.MAX_RECORDED)
                .isEqualTo(seen);
        assertThat(run.trajectory().get(0).step()).isZero();
        assertThat(run.trajectory().get(0).weights()).isEqualTo(start);
        assertThat(run.last().step()).isEqualTo(5001);
        for (int i = 1; i < run.trajectory().size(); i++) {
            assertThat(run.trajectory().get(i).loss())
                    .isLessThanOrEqualTo(run.trajectory().get(i - 1).loss());
        }
    }

    @Test
    void a_critical_start_stops_at_once_even_when_it_is_not_a_minimum() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(Matrix.identity(2), Matrix.parse("0,0;0,1"));
        GradientDescent.Run run = GradientDescent.run(
                net,
                List.of(Matrix.parse("1,0"), Matrix.parse("0"), Matrix.parse("1;0")),
                0.1,
                100,
                LATER,
                () -> false,
                p -> {});
        assertThat(run.outcome()).isEqualTo(GradientDescent.Outcome.CRITICAL_POINT); // instance 1A: a saddle
        assertThat(run.steps()).isZero();
    }

    @Test
    void cancellation_deadline_and_divergence_end_the_run() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(Matrix.identity(2), Matrix.parse("3,0;0,1"));
        List<Matrix> start = List.of(Matrix.parse("0.1,0.2;0.3,0.1"), Matrix.parse("0.2,0;0.1,0.1"));
        AtomicInteger calls = new AtomicInteger();
        GradientDescent.Run cancelled =
                GradientDescent.run(net, start, 1e-3, 100_000, LATER, () -> calls.incrementAndGet() > 10, p -> {});
        assertThat(cancelled.outcome()).isEqualTo(GradientDescent.Outcome.CANCELLED);
        assertThat(cancelled.steps()).isEqualTo(10);
        GradientDescent.Run late =
                GradientDescent.run(net, start, 1e-3, 100_000, Instant.now().minusSeconds(1), () -> false, p -> {});
        assertThat(late.outcome()).isEqualTo(GradientDescent.Outcome.DEADLINE);
        GradientDescent.Run diverged = GradientDescent.run(net, start, 10, 100_000, LATER, () -> false, p -> {});
        assertThat(diverged.outcome()).isEqualTo(GradientDescent.Outcome.DIVERGED);
    }

    @Test
    void bad_settings_are_refused() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(Matrix.identity(1), Matrix.identity(1));
        List<Matrix> start = List.of(Matrix.identity(1));
        assertThatThrownBy(() -> GradientDescent.run(net, start, -1, 10, LATER, () -> false, p -> {}))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> GradientDescent.run(net, start, Double.NaN, 10, LATER, () -> false, p -> {}))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> GradientDescent.run(net, start, 0.1, 0, LATER, () -> false, p -> {}))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> GradientDescent.run(net, start, 0.1, 2_000_000, LATER, () -> false, p -> {}))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() ->
                        GradientDescent.run(net, List.of(Matrix.identity(2)), 0.1, 10, LATER, () -> false, p -> {}))
                .isInstanceOf(NumericsException.class);
    }

    /** A rows×cols matrix with singular values in [0.5, 1.5], from the SVD bases of a Gaussian matrix. */
    private static Matrix wellConditioned(Random rnd, int rows, int cols) {
        Matrix g = LinearNetworkProperties.gaussian(rnd, rows, cols);
        Matrix u =
                LinearNetworkProperties.call(() -> LinearAlgebra.columnSpace(g)).basis();
        Matrix v = LinearNetworkProperties.call(() -> LinearAlgebra.rowSpace(g)).basis();
        int k = u.cols();
        double[][] s = new double[k][k];
        for (int i = 0; i < k; i++) {
            s[i][i] = 0.5 + rnd.nextDouble();
        }
        return u.times(Matrix.of(s)).times(v.transpose());
    }
}
