package org.landscapelab.numerics.landscape;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Level lines of a field sampled on a grid, by marching squares with linear interpolation along the cell edges.
 *
 * <p>Every vertex of a line lies on a grid edge whose two end values straddle the level, at the point where the
 * linear interpolation between them equals the level; so a line never claims a value the samples do not support.
 * Corners at or above the level count as "above". A saddle cell (two opposite corners above) is resolved by the
 * mean of its four corners. Segments of neighbouring cells share the crossing point of their common edge and are
 * joined into polylines; a closed line repeats its first vertex at the end. Cells with a non-finite corner are
 * skipped, so a line may stop there.
 */
public final class Contours {

    /** Most levels one call may ask for. */
    public static final int MAX_LEVELS = 40;

    /** One polyline: vertices (x[k], y[k]); a closed one ends where it starts. */
    public record Line(double[] x, double[] y, boolean closed) {
        public Line {
            x = x.clone();
            y = y.clone();
        }

        @Override
        public double[] x() {
            return x.clone();
        }

        @Override
        public double[] y() {
            return y.clone();
        }
    }

    /** The lines of one level. */
    public record Level(double value, List<Line> lines) {
        public Level {
            lines = List.copyOf(lines);
        }
    }

    private Contours() {}

    /**
     * Levels at evenly spaced quantiles of the finite values, (k + ½)/count for k = 0 … count−1, duplicates
     * removed. Quantiles rather than an even split of [min, max]: a loss grows like a high power away from its
     * valley, and even spacing would crowd every line into the corners.
     */
    public static double[] quantileLevels(double[][] values, int count) {
        if (count < 1 || count > MAX_LEVELS) {
            throw new IllegalArgumentException("between 1 and " + MAX_LEVELS + " levels");
        }
        double[] sorted = sortedFinite(values);
        if (sorted.length == 0) {
            return new double[0];
        }
        return java.util.stream.IntStream.range(0, count)
                .mapToDouble(k -> at(sorted, (k + 0.5) / count))
                .distinct()
                .toArray();
    }

    /** The q-quantile (0 ≤ q ≤ 1, lower value) of the finite values, or NaN when there are none. */
    public static double quantile(double[][] values, double q) {
        double[] sorted = sortedFinite(values);
        return sorted.length == 0 ? Double.NaN : at(sorted, q);
    }

    private static double[] sortedFinite(double[][] values) {
        return Arrays.stream(values)
                .flatMapToDouble(Arrays::stream)
                .filter(Double::isFinite)
                .sorted()
                .toArray();
    }

    private static double at(double[] sorted, double q) {
        return sorted[(int) Math.floor(q * (sorted.length - 1))];
    }

    /**
     * The level lines of values[j][i], sampled at (xs[i], ys[j]); xs and ys strictly increasing, at least two each.
     */
    public static List<Level> of(double[] xs, double[] ys, double[][] values, double[] levels) {
        check(xs, ys, values, levels);
        List<Level> out = new ArrayList<>(levels.length);
        for (double level : levels) {
            out.add(new Level(level, lines(xs, ys, values, level)));
        }
        return out;
    }

    private static List<Line> lines(double[] xs, double[] ys, double[][] f, double c) {
        int nx = xs.length;
        int ny = ys.length;
        // a crossing is keyed by its edge: horizontal edge (i,j)–(i+1,j) is 2(j·nx+i), vertical (i,j)–(i,j+1) is +1
        Map<Integer, int[]> neighbours = new HashMap<>();
        Map<Integer, double[]> points = new HashMap<>();
        for (int j = 0; j + 1 < ny; j++) {
            for (int i = 0; i + 1 < nx; i++) {
                double v00 = f[j][i];
                double v10 = f[j][i + 1];
                double v11 = f[j + 1][i + 1];
                double v01 = f[j + 1][i];
                if (!Double.isFinite(v00) || !Double.isFinite(v10) || !Double.isFinite(v11) || !Double.isFinite(v01)) {
                    continue;
                }
                int bottom = 2 * (j * nx + i);
                int top = 2 * ((j + 1) * nx + i);
                int left = 2 * (j * nx + i) + 1;
                int right = 2 * (j * nx + i + 1) + 1;
                boolean a00 = v00 >= c;
                boolean a10 = v10 >= c;
                boolean a11 = v11 >= c;
                boolean a01 = v01 >= c;
                List<Integer> crossed = new ArrayList<>(4);
                if (a00 != a10) {
                    crossed.add(bottom);
                    points.putIfAbsent(bottom, new double[] {lerp(xs[i], xs[i + 1], v00, v10, c), ys[j]});
                }
                if (a10 != a11) {
                    crossed.add(right);
                    points.putIfAbsent(right, new double[] {xs[i + 1], lerp(ys[j], ys[j + 1], v10, v11, c)});
                }
                if (a01 != a11) {
                    crossed.add(top);
                    points.putIfAbsent(top, new double[] {lerp(xs[i], xs[i + 1], v01, v11, c), ys[j + 1]});
                }
                if (a00 != a01) {
                    crossed.add(left);
                    points.putIfAbsent(left, new double[] {xs[i], lerp(ys[j], ys[j + 1], v00, v01, c)});
                }
                if (crossed.size() == 2) {
                    link(neighbours, crossed.get(0), crossed.get(1));
                } else if (crossed.size() == 4) {
                    // saddle: pair each edge with a neighbour so the centre's side stays connected
                    boolean centreAbove = (v00 + v10 + v11 + v01) / 4 >= c;
                    if (centreAbove == a00) {
                        // the lines cut off the corners that differ from the centre: (1,0) and (0,1)
                        link(neighbours, bottom, right);
                        link(neighbours, top, left);
                    } else {
                        link(neighbours, bottom, left);
                        link(neighbours, right, top);
                    }
                }
            }
        }
        return walk(neighbours, points);
    }

    private static void link(Map<Integer, int[]> neighbours, int a, int b) {
        add(neighbours, a, b);
        add(neighbours, b, a);
    }

    private static void add(Map<Integer, int[]> neighbours, int from, int to) {
        int[] n = neighbours.computeIfAbsent(from, k -> new int[] {-1, -1});
        n[n[0] < 0 ? 0 : 1] = to;
    }

    // Each crossing has at most two neighbours, so the segments form paths and cycles: walk paths from their
    // ends first, then what is left are cycles.
    private static List<Line> walk(Map<Integer, int[]> neighbours, Map<Integer, double[]> points) {
        List<Line> lines = new ArrayList<>();
        java.util.Set<Integer> seen = new java.util.HashSet<>();
        List<Integer> keys = new ArrayList<>(neighbours.keySet());
        java.util.Collections.sort(keys);
        for (int pass = 0; pass < 2; pass++) {
            for (int start : keys) {
                if (seen.contains(start) || (pass == 0 && neighbours.get(start)[1] >= 0)) {
                    continue;
                }
                List<double[]> path = new ArrayList<>();
                int previous = -1;
                int current = start;
                while (current >= 0 && seen.add(current)) {
                    path.add(points.get(current));
                    int[] n = neighbours.get(current);
                    int next = n[0] != previous ? n[0] : n[1];
                    if (n[0] == previous && n[1] == previous) {
                        next = -1;
                    }
                    previous = current;
                    current = next;
                }
                boolean closed = current == start;
                if (closed) {
                    path.add(points.get(start));
                }
                double[] x = new double[path.size()];
                double[] y = new double[path.size()];
                for (int k = 0; k < x.length; k++) {
                    x[k] = path.get(k)[0];
                    y[k] = path.get(k)[1];
                }
                lines.add(new Line(x, y, closed));
            }
        }
        return lines;
    }

    private static double lerp(double p, double q, double fp, double fq, double c) {
        return p + (q - p) * ((c - fp) / (fq - fp));
    }

    private static void check(double[] xs, double[] ys, double[][] values, double[] levels) {
        if (xs.length < 2 || ys.length < 2) {
            throw new IllegalArgumentException("at least two grid points per side");
        }
        if (levels.length > MAX_LEVELS) {
            throw new IllegalArgumentException("at most " + MAX_LEVELS + " levels");
        }
        if (values.length != ys.length) {
            throw new IllegalArgumentException("values has " + values.length + " rows, ys has " + ys.length);
        }
        for (double[] row : values) {
            if (row.length != xs.length) {
                throw new IllegalArgumentException(
                        "a row of values has " + row.length + " entries, xs has " + xs.length);
            }
        }
        for (double[] axis : List.of(xs, ys)) {
            for (int k = 1; k < axis.length; k++) {
                if (!(axis[k] > axis[k - 1])) {
                    throw new IllegalArgumentException("grid coordinates must increase strictly");
                }
            }
        }
    }
}
