package org.landscapelab.numerics.networks;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/** The exact Hessian and gradient against finite differences and the expansion recursion, on random networks. */
public class LinearNetworkProperties {

    /** A random network: depth 1..4, widths 1..3, n 1..3, Gaussian data and weights, squared or weighted loss. */
    public record Case(LinearNetwork net, List<Matrix> w, long seed) {
        static Case draw(long seed) {
            Random rnd = new Random(seed);
            int h = 1 + rnd.nextInt(4);
            int[] d = new int[h + 1];
            for (int i = 0; i <= h; i++) {
                d[i] = 1 + rnd.nextInt(3);
            }
            int n = 1 + rnd.nextInt(3);
            List<Matrix> w = new ArrayList<>();
            for (int i = 1; i <= h; i++) {
                w.add(gaussian(rnd, d[i], d[i - 1]));
            }
            Matrix x = gaussian(rnd, d[0], n);
            Matrix y = gaussian(rnd, d[h], n);
            try {
                LinearNetwork net = rnd.nextBoolean()
                        ? LinearNetwork.squaredLoss(x, y)
                        : LinearNetwork.weightedLoss(x, y, uniform(rnd, d[h], n));
                return new Case(net, w, seed);
            } catch (NumericsException e) {
                throw new AssertionError(e);
            }
        }
    }

    @Test
    void exact_hessian_equals_central_differences_of_the_analytic_gradient() {
        qt().withFixedSeed(11)
                .withExamples(300)
                .forAll(longs().all().map(Case::draw))
                .checkAssert(c -> {
                    double[][] h = call(() -> c.net().hessian(c.w()));
                    double[][] fd = finiteDifferenceHessian(c, 1e-6);
                    double scale = 1;
                    for (double[] row : h) {
                        for (double v : row) {
                            scale = Math.max(scale, Math.abs(v));
                        }
                    }
                    for (int i = 0; i < h.length; i++) {
                        for (int j = 0; j < h.length; j++) {
                            assertThat(Math.abs(h[i][j] - fd[i][j]))
                                    .as("H[%d][%d], seed %d", i, j, c.seed())
                                    .isLessThan(1e-6 * scale);
                        }
                    }
                });
    }

    @Test
    void hessian_quadratic_form_equals_the_expansion_recursion_q_of_delta() {
        qt().withFixedSeed(12)
                .withExamples(1000)
                .forAll(longs().all().map(Case::draw))
                .checkAssert(c -> {
                    Random rnd = new Random(c.seed() + 1);
                    List<Matrix> delta = new ArrayList<>();
                    for (Matrix wi : c.w()) {
                        delta.add(gaussian(rnd, wi.rows(), wi.cols()));
                    }
                    double[] v = flatten(delta);
                    double[][] h = call(() -> c.net().hessian(c.w()));
                    double vhv = 0;
                    double scale = 1;
                    for (int i = 0; i < v.length; i++) {
                        for (int j = 0; j < v.length; j++) {
                            vhv += v[i] * h[i][j] * v[j];
                            scale += Math.abs(v[i] * h[i][j] * v[j]);
                        }
                    }
                    double q = call(() -> c.net().secondDerivative(c.w(), delta));
                    assertThat(Math.abs(vhv - q)).isLessThan(1e-11 * scale);
                });
    }

    @Test
    void gradient_equals_central_differences_of_the_loss() {
        qt().withFixedSeed(13)
                .withExamples(500)
                .forAll(longs().all().map(Case::draw))
                .checkAssert(c -> {
                    double[] g = flatten(call(() -> c.net().gradient(c.w())));
                    double[] p = flatten(c.w());
                    double step = 1e-6;
                    for (int i = 0; i < p.length; i++) {
                        double[] plus = p.clone();
                        double[] minus = p.clone();
                        plus[i] += step;
                        minus[i] -= step;
                        double fd = (loss(c, plus) - loss(c, minus)) / (2 * step);
                        assertThat(Math.abs(fd - g[i])).isLessThan(1e-6 * Math.max(1, Math.abs(g[i]) + loss(c, p)));
                    }
                });
    }

    @Test
    void hessian_is_symmetric() {
        qt().withFixedSeed(14)
                .withExamples(300)
                .forAll(longs().all().map(Case::draw))
                .checkAssert(c -> {
                    double[][] h = call(() -> c.net().hessian(c.w()));
                    for (int i = 0; i < h.length; i++) {
                        for (int j = 0; j < h.length; j++) {
                            assertThat(h[i][j]).isEqualTo(h[j][i]);
                        }
                    }
                });
    }

    /** Row i: (∇L(W + s e_i) − ∇L(W − s e_i)) / 2s. */
    private static double[][] finiteDifferenceHessian(Case c, double s) {
        double[] p = flatten(c.w());
        double[][] fd = new double[p.length][];
        for (int i = 0; i < p.length; i++) {
            double[] plus = p.clone();
            double[] minus = p.clone();
            plus[i] += s;
            minus[i] -= s;
            double[] gp = flatten(call(() -> c.net().gradient(unflatten(plus, c.w()))));
            double[] gm = flatten(call(() -> c.net().gradient(unflatten(minus, c.w()))));
            fd[i] = new double[p.length];
            for (int j = 0; j < p.length; j++) {
                fd[i][j] = (gp[j] - gm[j]) / (2 * s);
            }
        }
        return fd;
    }

    private static double loss(Case c, double[] p) {
        return call(() -> c.net().loss(unflatten(p, c.w())));
    }

    public static double[] flatten(List<Matrix> w) {
        return w.stream()
                .flatMapToDouble(m -> java.util.Arrays.stream(m.data()))
                .toArray();
    }

    public static List<Matrix> unflatten(double[] p, List<Matrix> shapes) {
        List<Matrix> w = new ArrayList<>();
        int at = 0;
        for (Matrix s : shapes) {
            int size = s.rows() * s.cols();
            w.add(new Matrix(s.rows(), s.cols(), java.util.Arrays.copyOfRange(p, at, at + size)));
            at += size;
        }
        return w;
    }

    public static Matrix gaussian(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextGaussian();
        }
        return new Matrix(rows, cols, d);
    }

    private static Matrix uniform(Random rnd, int rows, int cols) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = 3 * rnd.nextDouble();
        }
        return new Matrix(rows, cols, d);
    }

    public interface Call<T> {
        T get() throws NumericsException;
    }

    public static <T> T call(Call<T> c) {
        try {
            return c.get();
        } catch (NumericsException e) {
            throw new AssertionError(e);
        }
    }
}
