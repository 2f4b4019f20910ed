package org.landscapelab.numerics.optimize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.ReducedRankRegression;

/**
 * Gradient descent on ½‖W_h⋯W_1X − Y‖² from many seeded random starts, each end point judged against the
 * closed-form global value L* (math.md §4.1). A run is called a global minimum only when it reached L*; a run that
 * stopped with a large gradient is "not converged", never a local minimum.
 */
public final class MultiStart {

    /** Most starts and steps one request may ask for. */
    public static final int MAX_STARTS = 50;

    public static final int MAX_STEPS = 20_000;
    /** Points kept per loss curve, for drawing. */
    static final int CURVE_POINTS = 200;

    /** How a run ended, judged against L*. */
    public enum Verdict {
        /** final loss within the loss tolerance of L* */
        REACHED_GLOBAL,
        /** gradient still large when the step cap came: the run was still on its way */
        NOT_CONVERGED,
        /** gradient test passed above L*: a critical point that is not the global minimum (a saddle, for the squared
         *  loss: Corollary 1 rules out a spurious local minimum there) */
        CRITICAL_ABOVE_GLOBAL,
        /** the learning rate was too large */
        DIVERGED,
        /** cancelled or out of time */
        STOPPED
    }

    /** One run: its loss curve (steps and losses, at most 200 points) and its end. */
    public record RunSummary(
            int index, double[] steps, double[] losses, double finalLoss, double finalGradientNorm, Verdict verdict) {}

    /** All runs and the global value they are judged against. */
    public record Result(double globalValue, List<RunSummary> runs) {

        public long count(Verdict verdict) {
            return runs.stream().filter(r -> r.verdict() == verdict).count();
        }
    }

    private MultiStart() {}

    /**
     * @param widths d0..dh, with d0 = rows of X and dh = rows of Y
     * @param scale standard deviation of the random starting entries
     */
    public static Result run(
            Matrix x,
            Matrix y,
            int[] widths,
            double rate,
            int steps,
            int starts,
            double scale,
            long seed,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        return run(x, y, widths, rate, 0, steps, starts, scale, seed, deadline, cancelled, progress);
    }

    /** As above, with heavy-ball momentum μ ∈ [0, 1) (see {@link GradientDescent}). */
    public static Result run(
            Matrix x,
            Matrix y,
            int[] widths,
            double rate,
            double momentum,
            int steps,
            int starts,
            double scale,
            long seed,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        if (starts < 1 || starts > MAX_STARTS) {
            throw new NumericsException("Choose between 1 and " + MAX_STARTS + " starts.");
        }
        if (steps < 1 || steps > MAX_STEPS) {
            throw new NumericsException("Choose between 1 and " + MAX_STEPS + " steps.");
        }
        if (!(scale > 0) || scale > 10) {
            throw new NumericsException("The initial scale must be a positive number up to 10.");
        }
        if (widths.length < 3 || widths[0] != x.rows() || widths[widths.length - 1] != y.rows()) {
            throw new NumericsException("The widths must start with the rows of X (" + x.rows() + ") and end with the"
                    + " rows of Y (" + y.rows() + "), with at least one hidden layer.");
        }
        LinearNetwork net = LinearNetwork.squaredLoss(x, y);
        double lStar = ReducedRankRegression.globalOptimum(x, y, widths).value();
        Random random = new Random(seed);
        List<RunSummary> runs = new ArrayList<>();
        for (int r = 0; r < starts; r++) {
            List<Matrix> start = new ArrayList<>();
            for (int i = 1; i < widths.length; i++) {
                double[][] w = new double[widths[i]][widths[i - 1]];
                for (double[] row : w) {
                    for (int j = 0; j < row.length; j++) {
                        row[j] = scale * random.nextGaussian();
                    }
                }
                start.add(Matrix.of(w));
            }
            GradientDescent.Run run =
                    GradientDescent.run(net, start, rate, momentum, steps, deadline, cancelled, p -> {});
            runs.add(summary(r, run, lStar));
            progress.accept((r + 1) / (double) starts);
            if (run.outcome() == GradientDescent.Outcome.CANCELLED
                    || run.outcome() == GradientDescent.Outcome.DEADLINE) {
                break;
            }
        }
        return new Result(lStar, runs);
    }

    private static RunSummary summary(int index, GradientDescent.Run run, double lStar) {
        List<GradientDescent.Point> t = run.trajectory();
        int every = Math.max(1, (t.size() + CURVE_POINTS - 1) / CURVE_POINTS);
        List<GradientDescent.Point> kept = new ArrayList<>();
        for (int i = 0; i < t.size(); i += every) {
            kept.add(t.get(i));
        }
        if (kept.getLast() != run.last()) {
            kept.add(run.last());
        }
        double[] steps = kept.stream().mapToDouble(GradientDescent.Point::step).toArray();
        double[] losses = kept.stream().mapToDouble(GradientDescent.Point::loss).toArray();
        GradientDescent.Point end = run.last();
        return new RunSummary(index, steps, losses, end.loss(), end.gradientNorm(), verdict(run, lStar));
    }

    private static Verdict verdict(GradientDescent.Run run, double lStar) {
        double gap = run.last().loss() - lStar;
        return switch (run.outcome()) {
            case DIVERGED -> Verdict.DIVERGED;
            case CANCELLED, DEADLINE -> Verdict.STOPPED;
            default ->
                gap <= Tolerances.REACHED_RELATIVE * Math.max(1, Math.abs(lStar))
                        ? Verdict.REACHED_GLOBAL
                        : run.outcome() == GradientDescent.Outcome.CRITICAL_POINT
                                ? Verdict.CRITICAL_ABOVE_GLOBAL
                                : Verdict.NOT_CONVERGED;
        };
    }
}
