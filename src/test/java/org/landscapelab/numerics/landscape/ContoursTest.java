package org.landscapelab.numerics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** Level lines: every vertex is a true crossing, every crossing is a vertex, and known shapes come out right. */
class ContoursTest {

    @Test
    void every_vertex_is_an_interpolated_crossing_and_every_crossing_a_vertex() {
        qt().withFixedSeed(5).withExamples(300).forAll(longs().all()).checkAssert(seed -> {
            Random rnd = new Random(seed);
            int nx = 2 + rnd.nextInt(12);
            int ny = 2 + rnd.nextInt(12);
            double[] xs = axis(rnd, nx);
            double[] ys = axis(rnd, ny);
            double[][] f = new double[ny][nx];
            for (int j = 0; j < ny; j++) {
                for (int i = 0; i < nx; i++) {
                    // coarse values make ties with the level (corner exactly on it) common
                    f[j][i] = rnd.nextInt(4) == 0 ? Math.round(rnd.nextGaussian() * 2) : rnd.nextGaussian() * 3;
                }
            }
            double level = rnd.nextBoolean() ? Math.round(rnd.nextGaussian()) : rnd.nextGaussian();
            List<Contours.Level> out = Contours.of(xs, ys, f, new double[] {level});
            int vertices = 0;
            for (Contours.Line line : out.getFirst().lines()) {
                double[] x = line.x();
                double[] y = line.y();
                assertThat(x.length).isGreaterThanOrEqualTo(2);
                vertices += line.closed() ? x.length - 1 : x.length;
                for (int k = 0; k < x.length; k++) {
                    assertThat(valueOnEdge(xs, ys, f, x[k], y[k], level))
                            .isCloseTo(level, within(1e-9 * (1 + Math.abs(level))));
                }
                for (int k = 1; k < x.length; k++) {
                    // consecutive vertices share a cell: no jumps across the plot
                    assertThat(cellsApart(xs, x[k - 1], x[k])).isLessThanOrEqualTo(1);
                    assertThat(cellsApart(ys, y[k - 1], y[k])).isLessThanOrEqualTo(1);
                }
            }
            assertThat(vertices).isEqualTo(crossedEdges(f, level));
        });
    }

    @Test
    void a_bowl_has_one_closed_circle_per_level() {
        double[] g = square(101);
        List<Contours.Level> levels = Contours.of(g, g, field(g, (x, y) -> x * x + y * y), new double[] {0.25, 0.64});
        for (Contours.Level level : levels) {
            assertThat(level.lines()).hasSize(1);
            Contours.Line circle = level.lines().getFirst();
            assertThat(circle.closed()).isTrue();
            double r = Math.sqrt(level.value());
            double[] x = circle.x();
            double[] y = circle.y();
            for (int k = 0; k < x.length; k++) {
                // linear interpolation of x² over a cell of width 0.02 is off by at most 0.02²/4 in value
                assertThat(Math.hypot(x[k], y[k])).isCloseTo(r, within(1e-4 / r));
            }
        }
    }

    @Test
    void a_saddle_has_two_branches_on_each_side() {
        double[] g = square(41);
        List<Contours.Level> levels = Contours.of(g, g, field(g, (x, y) -> x * x - y * y), new double[] {0.3, -0.3});
        for (Contours.Level level : levels) {
            assertThat(level.lines()).hasSize(2);
            assertThat(level.lines()).noneMatch(Contours.Line::closed);
        }
    }

    @Test
    void quantile_levels_spread_over_the_values_and_skip_non_finite_ones() {
        double[][] f = {{0, 1, 2, 3}, {4, 5, 6, 7}, {8, 9, Double.NaN, Double.POSITIVE_INFINITY}};
        assertThat(Contours.quantileLevels(f, 2)).containsExactly(2, 6);
        assertThat(Contours.quantile(f, 0.95)).isEqualTo(8);
        assertThat(Contours.quantile(new double[][] {{Double.NaN}}, 0.5)).isNaN();
        assertThat(Contours.quantileLevels(new double[][] {{1, 1}, {1, 1}}, 5)).containsExactly(1);
        assertThat(Contours.quantileLevels(new double[][] {{Double.NaN}}, 5)).isEmpty();
        assertThatThrownBy(() -> Contours.quantileLevels(f, Contours.MAX_LEVELS + 1))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void cells_with_a_missing_value_are_skipped_and_flat_fields_have_no_lines() {
        double[] g = {0, 1, 2};
        double[][] f = {{0, 1, 2}, {0, Double.NaN, 2}, {0, 1, 2}};
        assertThat(Contours.of(g, g, f, new double[] {0.5}).getFirst().lines()).isEmpty();
        double[][] flat = {{1, 1, 1}, {1, 1, 1}, {1, 1, 1}};
        assertThat(Contours.of(g, g, flat, new double[] {1, 0.5, 2}))
                .allSatisfy(l -> assertThat(l.lines()).isEmpty());
        assertThatThrownBy(() ->
                        Contours.of(new double[] {0, 0}, g, new double[][] {{1, 1}, {1, 1}, {1, 1}}, new double[] {1}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    // n evenly spaced points on [−1, 1]
    private static double[] square(int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = -1 + 2.0 * i / (n - 1);
        }
        return g;
    }

    private static double[][] field(double[] g, java.util.function.DoubleBinaryOperator f) {
        double[][] values = new double[g.length][g.length];
        for (int j = 0; j < g.length; j++) {
            for (int i = 0; i < g.length; i++) {
                values[j][i] = f.applyAsDouble(g[i], g[j]);
            }
        }
        return values;
    }

    private static double[] axis(Random rnd, int n) {
        double[] a = new double[n];
        a[0] = rnd.nextGaussian();
        for (int k = 1; k < n; k++) {
            a[k] = a[k - 1] + 0.01 + rnd.nextDouble();
        }
        return a;
    }

    // The linear interpolation of f at the point along a grid edge through it whose ends straddle the level (a
    // point at a grid corner lies on several edges; the one that is crossed counts).
    private static double valueOnEdge(double[] xs, double[] ys, double[][] f, double x, double y, double level) {
        int i = index(xs, x);
        int j = index(ys, y);
        double best = Double.NaN;
        if (i >= 0) {
            for (int lo = 0; lo + 1 < ys.length; lo++) {
                if (y >= ys[lo] && y <= ys[lo + 1] && (f[lo][i] >= level) != (f[lo + 1][i] >= level)) {
                    double t = (y - ys[lo]) / (ys[lo + 1] - ys[lo]);
                    best = closer(best, f[lo][i] + t * (f[lo + 1][i] - f[lo][i]), level);
                }
            }
        }
        if (j >= 0) {
            for (int lo = 0; lo + 1 < xs.length; lo++) {
                if (x >= xs[lo] && x <= xs[lo + 1] && (f[j][lo] >= level) != (f[j][lo + 1] >= level)) {
                    double t = (x - xs[lo]) / (xs[lo + 1] - xs[lo]);
                    best = closer(best, f[j][lo] + t * (f[j][lo + 1] - f[j][lo]), level);
                }
            }
        }
        assertThat(best).as("a vertex lies on a crossed grid edge").isNotNaN();
        return best;
    }

    private static double closer(double a, double b, double level) {
        return Double.isNaN(a) || Math.abs(b - level) < Math.abs(a - level) ? b : a;
    }

    private static int index(double[] axis, double v) {
        for (int k = 0; k < axis.length; k++) {
            if (axis[k] == v) {
                return k;
            }
        }
        return -1;
    }

    private static int cell(double[] axis, double v) {
        for (int k = 0; k + 1 < axis.length; k++) {
            if (v > axis[k] && v < axis[k + 1]) {
                return k;
            }
        }
        return axis.length - 2;
    }

    private static int cellsApart(double[] axis, double a, double b) {
        return Math.abs(position(axis, a) - position(axis, b)) / 2;
    }

    // 2k on grid line k, 2k+1 strictly inside cell k
    private static int position(double[] axis, double v) {
        int i = index(axis, v);
        return i >= 0 ? 2 * i : 2 * cell(axis, v) + 1;
    }

    private static int crossedEdges(double[][] f, double level) {
        int count = 0;
        int ny = f.length;
        int nx = f[0].length;
        for (int j = 0; j < ny; j++) {
            for (int i = 0; i < nx; i++) {
                if (i + 1 < nx && (f[j][i] >= level) != (f[j][i + 1] >= level)) {
                    count++;
                }
                if (j + 1 < ny && (f[j][i] >= level) != (f[j + 1][i] >= level)) {
                    count++;
                }
            }
        }
        return count;
    }
}
