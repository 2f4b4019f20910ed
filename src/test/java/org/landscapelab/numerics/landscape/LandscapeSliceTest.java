package org.landscapelab.numerics.landscape;

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
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.LinearNetworkProperties;

/** The landscape slice equals the network's loss at every grid point it is compared at. */
class LandscapeSliceTest {

    private static final Instant LATER = Instant.now().plusSeconds(600);

    @Test
    void matches_the_network_loss_on_random_networks_and_weighted_losses() {
        qt().withFixedSeed(12).withExamples(40).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int h = 1 + rnd.nextInt(4);
            int[] widths = new int[h + 1];
            for (int i = 0; i <= h; i++) {
                widths[i] = 1 + rnd.nextInt(4);
            }
            int samples = 1 + rnd.nextInt(4);
            Matrix x = gaussian(rnd, widths[0], samples);
            Matrix y = gaussian(rnd, widths[h], samples);
            LinearNetwork net = LinearNetworkProperties.call(() -> rnd.nextBoolean()
                    ? LinearNetwork.squaredLoss(x, y)
                    : LinearNetwork.weightedLoss(
                            x,
                            y,
                            gaussian(rnd, widths[h], samples)
                                    .scale(0)
                                    .plus(new Matrix(widths[h], samples, positive(rnd, widths[h] * samples)))));
            List<Matrix> w = layers(rnd, widths);
            List<Matrix> d1 = layers(rnd, widths);
            List<Matrix> d2 = layers(rnd, widths);
            int n = 2 + rnd.nextInt(9);
            LandscapeSlice.Slice s = LinearNetworkProperties.call(
                    () -> LandscapeSlice.compute(net, w, d1, d2, 0.7, 1.3, n, LATER, () -> false, f -> {}));
            double[][] loss = s.loss();
            for (int t = 0; t < 5; t++) {
                int i = rnd.nextInt(n);
                int j = rnd.nextInt(n);
                double alpha = s.alphas()[i];
                double beta = s.betas()[j];
                List<Matrix> p = new ArrayList<>();
                for (int l = 0; l < h; l++) {
                    p.add(w.get(l).plus(d1.get(l).scale(alpha)).plus(d2.get(l).scale(beta)));
                }
                double expected = LinearNetworkProperties.call(() -> net.loss(p));
                assertThat(loss[j][i]).isCloseTo(expected, within(1e-10 * Math.max(1, expected)));
            }
            assertThat(s.alphas()[0]).isEqualTo(-0.7);
            assertThat(s.betas()[n - 1]).isEqualTo(1.3);
        });
    }

    @Test
    void the_centre_of_an_odd_grid_is_the_point_and_instance_1a_shows_its_saddle() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(Matrix.identity(2), Matrix.parse("0,0;0,1"));
        List<Matrix> w = List.of(Matrix.parse("1,0"), Matrix.parse("0"), Matrix.parse("1;0"));
        // directions a2 + b2 and s: the plane of the notes' curve
        List<Matrix> d1 = List.of(Matrix.parse("0,1"), Matrix.parse("0"), Matrix.parse("0;1"));
        List<Matrix> d2 = List.of(Matrix.parse("0,0"), Matrix.parse("1"), Matrix.parse("0;0"));
        List<Double> progress = new ArrayList<>();
        LandscapeSlice.Slice s =
                LandscapeSlice.compute(net, w, d1, d2, 0.5, 0.5, 101, LATER, () -> false, progress::add);
        assertThat(s.loss()[50][50]).isEqualTo(0.5);
        assertThat(s.min()).isLessThan(0.5); // the slice contains the descent of order 4
        assertThat(progress).isSorted().last().isEqualTo(1.0);
    }

    @Test
    void limits_and_cancellation() throws Exception {
        LinearNetwork net = LinearNetwork.squaredLoss(Matrix.identity(2), Matrix.parse("0,0;0,1"));
        List<Matrix> w = List.of(Matrix.parse("1,0"), Matrix.parse("1;0"));
        assertThatThrownBy(() -> LandscapeSlice.compute(net, w, w, w, 1, 1, 401, LATER, () -> false, f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("between 2 and 400");
        assertThatThrownBy(() -> LandscapeSlice.compute(net, w, w, w, 0, 1, 10, LATER, () -> false, f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("positive");
        assertThatThrownBy(() -> LandscapeSlice.compute(
                        net, w, List.of(Matrix.parse("1")), w, 1, 1, 10, LATER, () -> false, f -> {}))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> LandscapeSlice.compute(net, w, w, w, 1, 1, 10, LATER, () -> true, f -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("cancelled");
    }

    private static double[] positive(Random rnd, int size) {
        double[] d = new double[size];
        for (int i = 0; i < size; i++) {
            d[i] = 0.1 + rnd.nextDouble() * 5;
        }
        return d;
    }

    private static List<Matrix> layers(Random rnd, int[] widths) {
        List<Matrix> out = new ArrayList<>();
        for (int i = 1; i < widths.length; i++) {
            out.add(gaussian(rnd, widths[i], widths[i - 1]));
        }
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
