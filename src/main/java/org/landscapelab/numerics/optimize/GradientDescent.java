package org.landscapelab.numerics.optimize;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.Consumer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.NetworkState;

/**
 * Plain gradient descent W_i ← W_i − η ∇_{W_i} L on a {@link LinearNetwork}, with a step cap, a deadline and a
 * cancellation flag, recording at most {@link #MAX_RECORDED} points of the trajectory (evenly spaced in steps).
 */
public final class GradientDescent {

    /** The most trajectory points kept (the first and the last are always among them). */
    public static final int MAX_RECORDED = 1000;

    /** Why the run ended. */
    public enum Outcome {
        /** ‖∇L‖ passed the gradient test of {@link Tolerances#GRADIENT_RELATIVE}. */
        CRITICAL_POINT,
        /** The step cap was reached first; the loss may still be decreasing. */
        STEP_CAP,
        /** The deadline passed. */
        DEADLINE,
        /** The caller cancelled. */
        CANCELLED,
        /** The loss became non-finite or exceeded 1e100: the learning rate is too large. */
        DIVERGED
    }

    /** One recorded point: step number, loss, gradient norm and the weights there. */
    public record Point(int step, double loss, double gradientNorm, List<Matrix> weights) {
        public Point {
            weights = List.copyOf(weights);
        }
    }

    /** The whole run: recorded points (first and last included), the outcome and the number of steps taken. */
    public record Run(List<Point> trajectory, Outcome outcome, int steps) {
        public Run {
            trajectory = List.copyOf(trajectory);
        }

        public Point last() {
            return trajectory.get(trajectory.size() - 1);
        }
    }

    private GradientDescent() {}

    /**
     * Runs GD from {@code start} (not modified). {@code progress} receives every recorded point as it is produced;
     * the deadline and the cancellation flag are checked every step.
     */
    public static Run run(
            LinearNetwork net,
            List<Matrix> start,
            double learningRate,
            int maxSteps,
            Instant deadline,
            BooleanSupplier cancelled,
            Consumer<Point> progress)
            throws NumericsException {
        return run(net, start, learningRate, 0, maxSteps, deadline, cancelled, progress);
    }

    /**
     * Gradient descent with heavy-ball momentum μ ∈ [0, 1): V ← μV − η∇L(W), W ← W + V. μ = 0 is plain gradient
     * descent; μ ≈ 0.9 crosses long flat valleys (an unbalanced start, a slow saddle) many times faster.
     */
    public static Run run(
            LinearNetwork net,
            List<Matrix> start,
            double learningRate,
            double momentum,
            int maxSteps,
            Instant deadline,
            BooleanSupplier cancelled,
            Consumer<Point> progress)
            throws NumericsException {
        if (!(momentum >= 0 && momentum < 1)) {
            throw new NumericsException("The momentum must lie in [0, 1).");
        }
        if (net == null || deadline == null || cancelled == null || progress == null) {
            throw new IllegalArgumentException("net, deadline, cancelled and progress are required");
        }
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new NumericsException("The learning rate must be a positive number.");
        }
        if (maxSteps < 1 || maxSteps > Tolerances.MAX_STEPS) {
            throw new NumericsException("The number of steps must lie between 1 and " + Tolerances.MAX_STEPS + ".");
        }
        net.loss(start); // validates the shapes
        DMatrixRMaj[] w = new DMatrixRMaj[start.size() + 1];
        for (int i = 1; i <= start.size(); i++) {
            w[i] = Ejml.dense(start.get(i - 1));
        }
        DMatrixRMaj[] velocity = new DMatrixRMaj[w.length];
        for (int i = 1; i < w.length; i++) {
            velocity[i] = new DMatrixRMaj(w[i].numRows, w[i].numCols);
        }
        int every = Math.max(1, (maxSteps + MAX_RECORDED - 2) / (MAX_RECORDED - 1));
        List<Point> trajectory = new ArrayList<>();
        for (int step = 0; ; step++) {
            NetworkState s = net.state(w);
            DMatrixRMaj[] grad = new DMatrixRMaj[w.length];
            double norm2 = 0;
            for (int i = 1; i < w.length; i++) {
                grad[i] = s.gradient(i); // ∇_{W_i} L = W_{h:i+1}ᵀ G W_{i−1:1}ᵀ
                double n = Ejml.normF(grad[i]);
                norm2 += n * n;
            }
            double loss = s.loss();
            double gradNorm = Math.sqrt(norm2);
            Outcome outcome = outcome(loss, gradNorm, net.gradientScale(w), step, maxSteps, deadline, cancelled);
            if (outcome != null || step % every == 0) {
                Point p = new Point(step, loss, gradNorm, weights(w));
                trajectory.add(p);
                progress.accept(p);
            }
            if (outcome != null) {
                return new Run(trajectory, outcome, step);
            }
            for (int i = 1; i < w.length; i++) {
                CommonOps_DDRM.scale(momentum, velocity[i]);
                CommonOps_DDRM.addEquals(velocity[i], -learningRate, grad[i]); // V_i ← μV_i − η∇_{W_i}L
                CommonOps_DDRM.addEquals(w[i], velocity[i]); // W_i ← W_i + V_i
            }
        }
    }

    private static Outcome outcome(
            double loss,
            double gradNorm,
            double scale,
            int step,
            int maxSteps,
            Instant deadline,
            BooleanSupplier cancelled) {
        if (!Double.isFinite(loss) || loss > 1e100 || !Double.isFinite(gradNorm)) {
            return Outcome.DIVERGED;
        }
        if (gradNorm <= Tolerances.GRADIENT_RELATIVE * scale) {
            return Outcome.CRITICAL_POINT;
        }
        if (step >= maxSteps) {
            return Outcome.STEP_CAP;
        }
        if (cancelled.getAsBoolean()) {
            return Outcome.CANCELLED;
        }
        if (Instant.now().isAfter(deadline)) {
            return Outcome.DEADLINE;
        }
        return null;
    }

    private static List<Matrix> weights(DMatrixRMaj[] w) {
        List<Matrix> out = new ArrayList<>();
        for (int i = 1; i < w.length; i++) {
            out.add(Ejml.matrix(w[i]));
        }
        return out;
    }
}
