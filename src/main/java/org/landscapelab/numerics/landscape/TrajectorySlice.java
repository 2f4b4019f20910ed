package org.landscapelab.numerics.landscape;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.ReducedRankRegression;
import org.landscapelab.numerics.optimize.GradientDescent;
import org.landscapelab.numerics.optimize.MultiStart;

/**
 * A gradient-descent run seen through a 2-D slice of the loss, with the slicing made honest. The plane passes
 * through the start W₀ along D₁ = (W_end − W₀)/‖W_end − W₀‖ and a seeded random D₂ orthogonal to it (both unit in
 * parameter space). Each trajectory point W(t) is projected, α = ⟨W(t) − W₀, D₁⟩, β = ⟨W(t) − W₀, D₂⟩; what the
 * plane misses is the distance ‖W(t) − W₀ − αD₁ − βD₂‖, and the loss the slice shows there, L(W₀ + αD₁ + βD₂), is
 * set beside the true L(W(t)).
 */
public final class TrajectorySlice {

    /** Most grid points per side for this view. */
    public static final int MAX_GRID = 120;

    /** One trajectory point: its step, plane coordinates, distance off the plane, true and slice loss. */
    public record Point(int step, double alpha, double beta, double offPlane, double trueLoss, double sliceLoss) {}

    /** The slice, the projected trajectory, and the largest distance off the plane. */
    public record Result(
            LandscapeSlice.Slice slice,
            List<Point> trajectory,
            double maxOffPlane,
            double globalValue,
            GradientDescent.Outcome outcome) {

        public Result {
            trajectory = List.copyOf(trajectory);
        }
    }

    private TrajectorySlice() {}

    public static Result compute(
            Matrix x,
            Matrix y,
            int[] widths,
            double rate,
            int steps,
            double scale,
            long seed,
            int grid,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        if (grid < 2 || grid > MAX_GRID) {
            throw new NumericsException("The grid needs between 2 and " + MAX_GRID + " points per side.");
        }
        if (steps < 1 || steps > MultiStart.MAX_STEPS) {
            throw new NumericsException("Choose between 1 and " + MultiStart.MAX_STEPS + " steps.");
        }
        LinearNetwork net = LinearNetwork.squaredLoss(x, y);
        double lStar = ReducedRankRegression.globalOptimum(x, y, widths).value();
        Random random = new Random(seed);
        List<Matrix> w0 = randomLike(widths, scale, random);
        GradientDescent.Run run = GradientDescent.run(net, w0, rate, steps, deadline, cancelled, p -> {});
        progress.accept(0.3);
        List<Matrix> travel = minus(run.last().weights(), w0);
        double length = norm(travel);
        // D₁ along the run (any unit direction when the run did not move), D₂ random and orthogonal to it.
        List<Matrix> d1 = length > 0 ? scale(travel, 1 / length) : unit(randomLike(widths, 1, random));
        List<Matrix> r = randomLike(widths, 1, random);
        List<Matrix> d2 = unit(minus(r, scale(d1, dot(r, d1))));
        double radius = Math.max(1e-3, 1.3 * Math.max(length, maxDistance(run, w0)));
        LandscapeSlice.Slice slice = LandscapeSlice.compute(
                net, w0, d1, d2, radius, radius, grid, deadline, cancelled, p -> progress.accept(0.3 + 0.6 * p));
        List<Point> points = new ArrayList<>();
        double maxOff = 0;
        for (GradientDescent.Point p : run.trajectory()) {
            List<Matrix> delta = minus(p.weights(), w0);
            double a = dot(delta, d1);
            double b = dot(delta, d2);
            List<Matrix> inPlane = plus(scale(d1, a), scale(d2, b));
            double off = norm(minus(delta, inPlane));
            maxOff = Math.max(maxOff, off);
            points.add(new Point(p.step(), a, b, off, p.loss(), net.loss(plus(w0, inPlane))));
        }
        progress.accept(1);
        return new Result(slice, points, maxOff, lStar, run.outcome());
    }

    private static double maxDistance(GradientDescent.Run run, List<Matrix> w0) {
        double m = 0;
        for (GradientDescent.Point p : run.trajectory()) {
            m = Math.max(m, norm(minus(p.weights(), w0)));
        }
        return m;
    }

    private static List<Matrix> randomLike(int[] widths, double scale, Random random) {
        List<Matrix> out = new ArrayList<>();
        for (int i = 1; i < widths.length; i++) {
            double[][] w = new double[widths[i]][widths[i - 1]];
            for (double[] row : w) {
                for (int j = 0; j < row.length; j++) {
                    row[j] = scale * random.nextGaussian();
                }
            }
            out.add(Matrix.of(w));
        }
        return out;
    }

    // ⟨A, B⟩ = Σ_i tr(A_iᵀ B_i) over the layers
    private static double dot(List<Matrix> a, List<Matrix> b) {
        double s = 0;
        for (int i = 0; i < a.size(); i++) {
            double[] x = a.get(i).data();
            double[] y = b.get(i).data();
            for (int k = 0; k < x.length; k++) {
                s += x[k] * y[k];
            }
        }
        return s;
    }

    private static double norm(List<Matrix> a) {
        return Math.sqrt(dot(a, a));
    }

    private static List<Matrix> unit(List<Matrix> a) {
        double n = norm(a);
        return n > 0 ? scale(a, 1 / n) : a;
    }

    private static List<Matrix> scale(List<Matrix> a, double s) {
        return a.stream().map(m -> m.scale(s)).toList();
    }

    private static List<Matrix> plus(List<Matrix> a, List<Matrix> b) {
        List<Matrix> out = new ArrayList<>();
        for (int i = 0; i < a.size(); i++) {
            out.add(a.get(i).plus(b.get(i)));
        }
        return out;
    }

    private static List<Matrix> minus(List<Matrix> a, List<Matrix> b) {
        return plus(a, scale(b, -1));
    }
}
