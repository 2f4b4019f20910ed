package org.landscapelab.numerics.pyramidal;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.landscapelab.numerics.Budget;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Checks;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.LinearAlgebra;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Svd;
import org.landscapelab.numerics.networks.NetworkState;
import org.landscapelab.numerics.optimize.GradientDescent;

/**
 * A leaky-ReLU network F_1 = σ(W_1X), F_i = σ(W_iF_{i−1}), activation at every layer including the output, with
 * σ(a) = a for a &gt; 0 and αa otherwise, α ∈ (0, 1), and the loss L(W) = ½‖F_h − Y‖_F² (math.md §5). The derivative
 * convention is σ'(0) := α. Backpropagation: δ_h = (F_h − Y) ∘ σ'(A_h), ∇_{W_i}L = δ_iF_{i−1}ᵀ,
 * δ_{i−1} = (W_iᵀδ_i) ∘ σ'(A_{i−1}), with A_i = W_iF_{i−1} the pre-activations.
 *
 * <p><b>Lemma 3 and its consequence</b> (§5.1): if X has full column rank (so d_0 ≥ n) and d_0 ≥ d_1 ≥ … ≥ d_h, the image
 * of W ↦ F_h is all of R^{d_h×n}; hence every local minimum at which every W_i has full row rank is global, with
 * value 0. Nothing is claimed about minima with a rank-deficient W_i, nor about gradient descent (empirical, §5.2).
 */
public final class LeakyReluNetwork {

    /**
     * What the widths and the data allow (§5.1), as facts for a widget to word: whether the widths never increase,
     * X's rank against its n columns, and whether Lemma 3 then gives the whole output space as the image.
     */
    public record Pyramid(
            boolean pyramidal,
            boolean fullColumnRankX,
            boolean imageIsEverything,
            boolean widthsNonIncreasing,
            int rankX,
            int columnsX) {}

    /** A gradient-descent run: final weights and loss, steps taken, why it stopped, and a sampled loss history. */
    public record Run(
            List<Matrix> weights,
            double loss,
            int steps,
            GradientDescent.Outcome outcome,
            double[][] history,
            boolean fullRowRank) {
        public Run {
            weights = List.copyOf(weights);
            double[][] c = new double[history.length][];
            for (int i = 0; i < history.length; i++) {
                c[i] = history[i].clone();
            }
            history = c;
        }

        /** (step, loss) pairs, at most {@link GradientDescent#MAX_RECORDED}. */
        @Override
        public double[][] history() {
            double[][] c = new double[history.length][];
            for (int i = 0; i < history.length; i++) {
                c[i] = history[i].clone();
            }
            return c;
        }
    }

    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final double alpha;

    private LeakyReluNetwork(Matrix x, Matrix y, double alpha) {
        this.x = Ejml.dense(x);
        this.y = Ejml.dense(y);
        this.alpha = alpha;
    }

    /** The network on data X ∈ R^{d_0×n}, Y ∈ R^{d_h×n} with slope α ∈ (0, 1). */
    public static LeakyReluNetwork of(Matrix x, Matrix y, double alpha) throws NumericsException {
        Checks.valid(x, "X");
        Checks.valid(y, "Y");
        if (x.cols() != y.cols()) {
            throw new NumericsException("X has " + x.cols() + " columns (samples) but Y has " + y.cols() + ".");
        }
        if (!(alpha > 0 && alpha < 1)) {
            throw new NumericsException("The leaky-ReLU slope α must lie strictly between 0 and 1.");
        }
        return new LeakyReluNetwork(x, y, alpha);
    }

    /** σ(a) = a for a &gt; 0, αa otherwise. */
    public double activation(double a) {
        return a > 0 ? a : alpha * a;
    }

    /** Lemma 3's hypotheses for these widths: d_0 &gt; n, non-increasing widths, X of full column rank. */
    public Pyramid pyramid(int... widths) throws NumericsException {
        checkWidths(widths);
        int n = x.numCols;
        boolean decreasing = true;
        for (int i = 1; i < widths.length; i++) {
            decreasing &= widths[i] <= widths[i - 1];
        }
        boolean pyramidal = widths[0] > n && decreasing;
        int rank = LinearAlgebra.rank(Ejml.matrix(x));
        boolean fullColumn = rank == n;
        boolean everything = fullColumn && decreasing;
        return new Pyramid(pyramidal, fullColumn, everything, decreasing, rank, n);
    }

    /**
     * A zero-loss point by the construction of §5.1: F_h = Y; going down, F_{i−1} = [σ⁻¹(F_i); G] with
     * W_i = [I_{d_i}, 0] and G a fixed seeded Gaussian block (any G works; a generic one makes W_1 of full row rank
     * whenever d_1 ≤ n); finally W_1 = σ⁻¹(F_1)X⁺. Needs X of full column rank and non-increasing widths.
     */
    public List<Matrix> zeroLossPoint(int... widths) throws NumericsException {
        if (!pyramid(widths).imageIsEverything()) {
            throw new NumericsException("A zero-loss point is constructed only when X has full column rank and the "
                    + "widths never increase.");
        }
        int h = widths.length - 1;
        int n = x.numCols;
        DMatrixRMaj[] w = new DMatrixRMaj[h + 1];
        DMatrixRMaj target = y.copy(); // F_h
        java.util.Random filler = new java.util.Random(7);
        for (int i = h; i >= 2; i--) {
            DMatrixRMaj pre = inverse(target); // A_i = σ⁻¹(F_i)
            w[i] = new DMatrixRMaj(widths[i], widths[i - 1]);
            for (int d = 0; d < widths[i]; d++) {
                w[i].set(d, d, 1);
            }
            DMatrixRMaj below = new DMatrixRMaj(widths[i - 1], n); // F_{i−1} = [A_i; G], G free
            for (int e = 0; e < below.data.length; e++) {
                below.data[e] = filler.nextGaussian(); // generic G keeps W_1 of full row rank when d_1 ≤ n
            }
            CommonOps_DDRM.insert(pre, below, 0, 0);
            target = below;
        }
        Svd sx = Svd.of(x);
        int rho = sx.rank(Tolerances.rank(Ejml.normF(x)));
        DMatrixRMaj vs = Ejml.columns(sx.v, 0, rho);
        for (int c = 0; c < rho; c++) {
            for (int r = 0; r < vs.numRows; r++) {
                vs.unsafe_set(r, c, vs.unsafe_get(r, c) / sx.sigma[c]);
            }
        }
        DMatrixRMaj pinv = Ejml.multTransB(vs, Ejml.columns(sx.u, 0, rho)); // X⁺ = V Σ⁻¹ Uᵀ
        w[1] = Ejml.mult(inverse(target), pinv);
        List<Matrix> out = new ArrayList<>();
        for (int i = 1; i <= h; i++) {
            out.add(Ejml.matrix(w[i]));
        }
        return out;
    }

    /** L(W) = ½‖F_h − Y‖_F². */
    public double loss(List<Matrix> weights) throws NumericsException {
        Work s = new Work(dense(weights));
        s.forward();
        return s.loss();
    }

    /** ∇_{W_i}L, one matrix per layer (σ'(0) := α). */
    public List<Matrix> gradient(List<Matrix> weights) throws NumericsException {
        Work s = new Work(dense(weights));
        s.forward();
        s.backward();
        List<Matrix> out = new ArrayList<>();
        for (int i = 1; i < s.w.length; i++) {
            out.add(Ejml.matrix(s.grad[i]));
        }
        return out;
    }

    /** Whether every W_i has full row rank (the hypothesis of Lemma 3). */
    public static boolean fullRowRank(List<Matrix> weights) throws NumericsException {
        for (Matrix w : weights) {
            if (LinearAlgebra.rank(w) < w.rows()) {
                return false;
            }
        }
        return true;
    }

    /**
     * Plain gradient descent W_i ← W_i − η∇_{W_i}L from {@code start} (not modified), stopping at the step cap, at a
     * critical point (‖∇L‖ ≤ 1e−10·max(1, ‖Y‖_F‖X‖_F∏‖W_i‖_F)), on divergence, deadline or cancellation.
     */
    public Run descend(
            List<Matrix> start,
            double learningRate,
            int maxSteps,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        if (!(learningRate > 0) || !Double.isFinite(learningRate)) {
            throw new NumericsException("The learning rate must be a positive number.");
        }
        if (maxSteps < 1 || maxSteps > Tolerances.MAX_STEPS) {
            throw new NumericsException("The number of steps must lie between 1 and " + Tolerances.MAX_STEPS + ".");
        }
        Budget budget = new Budget(deadline, cancelled, progress);
        Work s = new Work(dense(start));
        int every = Math.max(1, (maxSteps + GradientDescent.MAX_RECORDED - 2) / (GradientDescent.MAX_RECORDED - 1));
        List<double[]> history = new ArrayList<>();
        int step = 0;
        GradientDescent.Outcome outcome;
        while (true) {
            s.forward();
            double loss = s.loss();
            s.backward();
            double g2 = 0;
            double scale = Ejml.normF(x) * Ejml.normF(y);
            for (int i = 1; i < s.w.length; i++) {
                g2 += Math.pow(Ejml.normF(s.grad[i]), 2);
                scale *= Ejml.normF(s.w[i]);
            }
            if (step % every == 0) {
                history.add(new double[] {step, loss});
            }
            if (!Double.isFinite(loss) || loss > 1e100) {
                outcome = GradientDescent.Outcome.DIVERGED;
            } else if (Math.sqrt(g2) <= Tolerances.GRADIENT_RELATIVE * Math.max(1, scale)) {
                outcome = GradientDescent.Outcome.CRITICAL_POINT;
            } else if (step >= maxSteps) {
                outcome = GradientDescent.Outcome.STEP_CAP;
            } else if ((step & 1023) == 0 && cancelled.getAsBoolean()) {
                outcome = GradientDescent.Outcome.CANCELLED;
            } else if ((step & 1023) == 0 && Instant.now().isAfter(deadline)) {
                outcome = GradientDescent.Outcome.DEADLINE;
            } else {
                outcome = null;
            }
            if (outcome != null) {
                if (history.get(history.size() - 1)[0] != step) {
                    history.add(new double[] {step, loss});
                }
                budget.report(1);
                List<Matrix> w = new ArrayList<>();
                for (int i = 1; i < s.w.length; i++) {
                    w.add(Ejml.matrix(s.w[i]));
                }
                return new Run(w, loss, step, outcome, history.toArray(new double[0][]), fullRowRank(w));
            }
            for (int i = 1; i < s.w.length; i++) {
                CommonOps_DDRM.addEquals(s.w[i], -learningRate, s.grad[i]);
            }
            step++;
            if ((step & 1023) == 0) {
                budget.report((double) step / maxSteps);
            }
        }
    }

    /** σ⁻¹(b) = b for b &gt; 0, b/α otherwise, entrywise. */
    private DMatrixRMaj inverse(DMatrixRMaj f) {
        DMatrixRMaj a = f.copy();
        for (int e = 0; e < a.data.length; e++) {
            if (!(a.data[e] > 0)) {
                a.data[e] /= alpha;
            }
        }
        return a;
    }

    private void checkWidths(int[] widths) throws NumericsException {
        if (widths == null || widths.length < 2 || widths.length > Tolerances.MAX_DEPTH + 1) {
            throw new NumericsException("Give the widths d_0, …, d_h of 1 to " + Tolerances.MAX_DEPTH + " layers.");
        }
        if (widths[0] != x.numRows || widths[widths.length - 1] != y.numRows) {
            throw new NumericsException("The first width must be the rows of X (" + x.numRows
                    + ") and the last the rows of Y (" + y.numRows + ").");
        }
        for (int d : widths) {
            if (d < 1 || d > Tolerances.MAX_SIDE) {
                throw new NumericsException("Every width must lie between 1 and " + Tolerances.MAX_SIDE + ".");
            }
        }
    }

    private DMatrixRMaj[] dense(List<Matrix> weights) throws NumericsException {
        return NetworkState.layers(weights, x.numRows, y.numRows);
    }

    /** Preallocated forward/backward buffers for weights w[1..h] (modified in place by descend). */
    private final class Work {
        final DMatrixRMaj[] w;
        final DMatrixRMaj[] pre; // A_i
        final DMatrixRMaj[] act; // F_i, act[0] = X
        final DMatrixRMaj[] delta;
        final DMatrixRMaj[] grad;

        Work(DMatrixRMaj[] w) {
            this.w = w;
            int h = w.length - 1;
            int n = x.numCols;
            pre = new DMatrixRMaj[h + 1];
            act = new DMatrixRMaj[h + 1];
            delta = new DMatrixRMaj[h + 1];
            grad = new DMatrixRMaj[h + 1];
            act[0] = x;
            for (int i = 1; i <= h; i++) {
                pre[i] = new DMatrixRMaj(w[i].numRows, n);
                act[i] = new DMatrixRMaj(w[i].numRows, n);
                delta[i] = new DMatrixRMaj(w[i].numRows, n);
                grad[i] = new DMatrixRMaj(w[i].numRows, w[i].numCols);
            }
        }

        void forward() {
            for (int i = 1; i < w.length; i++) {
                CommonOps_DDRM.mult(w[i], act[i - 1], pre[i]);
                for (int e = 0; e < pre[i].data.length; e++) {
                    double a = pre[i].data[e];
                    act[i].data[e] = a > 0 ? a : alpha * a;
                }
            }
        }

        double loss() {
            DMatrixRMaj f = act[w.length - 1];
            double s = 0;
            for (int e = 0; e < f.data.length; e++) {
                double r = f.data[e] - y.data[e];
                s += r * r;
            }
            return s / 2;
        }

        void backward() {
            int h = w.length - 1;
            for (int e = 0; e < delta[h].data.length; e++) {
                delta[h].data[e] = (act[h].data[e] - y.data[e]) * (pre[h].data[e] > 0 ? 1 : alpha);
            }
            for (int i = h; i >= 1; i--) {
                CommonOps_DDRM.multTransB(delta[i], act[i - 1], grad[i]);
                if (i > 1) {
                    CommonOps_DDRM.multTransA(w[i], delta[i], delta[i - 1]);
                    for (int e = 0; e < delta[i - 1].data.length; e++) {
                        delta[i - 1].data[e] *= pre[i - 1].data[e] > 0 ? 1 : alpha;
                    }
                }
            }
        }
    }
}
