package org.landscapelab.numerics.networks;

import java.util.ArrayList;
import java.util.List;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Checks;
import org.landscapelab.numerics.linalg.LinearAlgebra;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * Which of the course's theorems apply to a deep linear network of widths (d_0, …, d_h) and a loss kind (math.md §1,
 * §2.1, §6): each hypothesis true or false, and the numbers behind the verdicts (the narrowest layer, d_min, the
 * bottleneck, NR's layers p1 &lt; p2). What they license is said by the widget that shows them, in the notes' safe
 * wording: for the squared loss every local minimum is global (Zhang's Corollary 1) and non-strict saddles can exist
 * for h ≥ 3 with or without a bottleneck; for general convex losses a bottleneck <em>can</em> create spurious local
 * minima and no bottleneck rules them out. "Bottleneck ⇒ non-strict saddle" is never said: it is false.
 */
public final class Hypotheses {

    /** The loss ℓ(W_{h:1}). */
    public enum LossKind {
        /** ½‖W_{h:1}X − Y‖_F², any X and Y. */
        SQUARED,
        /** Any convex differentiable ℓ (e.g. a weighted squared loss). */
        CONVEX
    }

    /** The hypotheses checked, in the order of {@link Report#checks()}. */
    public enum Hypothesis {
        /** Laurent–von Brecht: no hidden layer narrower than both the input and the output. */
        LAURENT_VON_BRECHT,
        /** Zhang's reduction to the two super-layers split at the narrowest layer (Theorem 1); always applicable. */
        ZHANG_REDUCTION,
        /** Zhang's Corollary 1: the loss is the squared loss. */
        COROLLARY_1,
        /** NR's condition of Theorem 8: hidden layers p1 &lt; p2 with d_p1 &lt; d_0 and d_p2 &lt; d_h. */
        NR_CONDITION
    }

    /** One hypothesis and whether it holds for these widths and this loss. */
    public record Check(Hypothesis hypothesis, boolean holds) {}

    /**
     * The report.
     *
     * @param narrowest  the index k of the (first) narrowest layer
     * @param dMin       d_min = d_k
     * @param bottleneck d_min &lt; min(d_0, d_h) (Zhang, Laurent–von Brecht)
     * @param p1         NR's first layer: the first hidden layer 1 ≤ p1 ≤ h − 1 with d_p1 &lt; d_0 that is followed by
     *                   a hidden layer p2 with d_p2 &lt; d_h; 0 when the condition fails
     * @param p2         NR's second layer, p1 &lt; p2 ≤ h − 1 (the first for that p1); 0 when the condition fails
     * @param checks     Laurent–von Brecht, Zhang's reduction, Corollary 1, NR's p1 &lt; p2 condition, in this order
     */
    public record Report(
            int[] widths,
            LossKind loss,
            int narrowest,
            int dMin,
            boolean bottleneck,
            int p1,
            int p2,
            List<Check> checks) {
        public Report {
            widths = widths.clone();
            checks = List.copyOf(checks);
        }

        @Override
        public int[] widths() {
            return widths.clone();
        }

        /** h, the number of layers. */
        public int depth() {
            return widths.length - 1;
        }
    }

    /**
     * Zhang's split of a network at its (first) narrowest layer k: A = W_{h:k+1} ∈ R^{d_h×d}, B = W_{k:1} ∈ R^{d×d_0}
     * (an identity when k is an end), with ranks at the one rank tolerance. Theorem 2: at a spurious local minimum with
     * 0 &lt; k &lt; h both have rank d, so {@code excludesSpurious} = 0 &lt; k &lt; h and (rank A &lt; d or rank B &lt; d).
     *
     * @param interior 0 &lt; k &lt; h: the narrowest layer is a hidden one; otherwise it is an end (d_0 or d_h),
     *                 there is no bottleneck and Laurent–von Brecht applies instead of Theorem 2
     */
    public record SuperLayers(
            int narrowest,
            int width,
            Matrix upper,
            Matrix lower,
            int rankUpper,
            int rankLower,
            boolean interior,
            boolean excludesSpurious) {}

    /**
     * Zhang's multi-tower network Σ_j W^{(j)}_{h_j:1} collapsed (Corollary 2): r = Σ_j r_j with r_j the narrowest width
     * of tower j; no spurious local minima iff ℓ(AB), A ∈ R^{d_h×r}, B ∈ R^{r×d_0}, has none.
     *
     * @param noSpurious no spurious local minima for this loss kind: r ≥ min(d_0, d_h) (any convex loss), or the
     *                   squared loss (NR's Theorem 5 for the two-layer problem)
     */
    public record Towers(int[] bottlenecks, int r, int d0, int dh, boolean noSpurious) {
        public Towers {
            bottlenecks = bottlenecks.clone();
        }

        @Override
        public int[] bottlenecks() {
            return bottlenecks.clone();
        }
    }

    private Hypotheses() {}

    /** The two super-layers of [W_1, …, W_h] (any depth; shapes must chain). */
    public static SuperLayers split(List<Matrix> weights) throws NumericsException {
        if (weights == null) {
            throw new IllegalArgumentException("weights is null");
        }
        if (weights.isEmpty() || weights.size() > Tolerances.MAX_DEPTH) {
            throw new NumericsException("A network needs between 1 and " + Tolerances.MAX_DEPTH + " layers.");
        }
        int h = weights.size();
        int[] widths = new int[h + 1];
        widths[0] = Checks.valid(weights.get(0), "W1").cols();
        for (int i = 1; i <= h; i++) {
            Matrix w = Checks.valid(weights.get(i - 1), "W" + i);
            if (w.cols() != widths[i - 1]) {
                throw new NumericsException("W" + i + " is " + w.shape() + " but needs " + widths[i - 1]
                        + " columns (the rows of W" + (i - 1) + ").");
            }
            widths[i] = w.rows();
        }
        int k = 0;
        for (int i = 1; i <= h; i++) {
            if (widths[i] < widths[k]) {
                k = i;
            }
        }
        int d = widths[k];
        Matrix lower = Matrix.identity(widths[0]);
        for (int i = 1; i <= k; i++) {
            lower = weights.get(i - 1).times(lower); // B = W_{k:1}
        }
        Matrix upper = Matrix.identity(widths[k]);
        for (int i = k + 1; i <= h; i++) {
            upper = weights.get(i - 1).times(upper); // A = W_{h:k+1}
        }
        int ra = LinearAlgebra.rank(upper);
        int rb = LinearAlgebra.rank(lower);
        boolean interior = k > 0 && k < h;
        boolean excludes = interior && (ra < d || rb < d);
        return new SuperLayers(k, d, upper, lower, ra, rb, interior, excludes);
    }

    /** Corollary 2 for towers given by their widths (each from d_0 to d_h, all towers with the same ends). */
    public static Towers towers(int[][] towerWidths, LossKind loss) throws NumericsException {
        if (towerWidths == null || loss == null) {
            throw new IllegalArgumentException("towerWidths and loss are required");
        }
        if (towerWidths.length < 1 || towerWidths.length > Tolerances.MAX_DEPTH) {
            throw new NumericsException("Give between 1 and " + Tolerances.MAX_DEPTH + " towers.");
        }
        int d0 = -1;
        int dh = -1;
        int[] rj = new int[towerWidths.length];
        int r = 0;
        for (int j = 0; j < towerWidths.length; j++) {
            int[] w = towerWidths[j];
            if (w == null || w.length < 2 || w.length > Tolerances.MAX_DEPTH + 1) {
                throw new NumericsException("Tower " + (j + 1) + " needs the widths d_0, …, d_h of 1 to "
                        + Tolerances.MAX_DEPTH + " layers.");
            }
            int min = Integer.MAX_VALUE;
            for (int d : w) {
                if (d < 1 || d > Tolerances.MAX_SIDE) {
                    throw new NumericsException("Every width must lie between 1 and " + Tolerances.MAX_SIDE + ".");
                }
                min = Math.min(min, d);
            }
            if (j == 0) {
                d0 = w[0];
                dh = w[w.length - 1];
            } else if (w[0] != d0 || w[w.length - 1] != dh) {
                throw new NumericsException("Every tower must start at d_0 = " + d0 + " and end at d_h = " + dh
                        + "; tower " + (j + 1) + " does not.");
            }
            rj[j] = min;
            r += min;
        }
        boolean wide = r >= Math.min(d0, dh);
        boolean none = wide || loss == LossKind.SQUARED;
        return new Towers(rj, r, d0, dh, none);
    }

    /** Checks every hypothesis for widths (d_0, …, d_h), 1 ≤ h ≤ {@link Tolerances#MAX_DEPTH}. */
    public static Report check(int[] widths, LossKind loss) throws NumericsException {
        if (widths == null || loss == null) {
            throw new IllegalArgumentException("widths and loss are required");
        }
        if (widths.length < 2 || widths.length > Tolerances.MAX_DEPTH + 1) {
            throw new NumericsException("Give the widths d_0, …, d_h of 1 to " + Tolerances.MAX_DEPTH + " layers.");
        }
        for (int d : widths) {
            if (d < 1 || d > Tolerances.MAX_SIDE) {
                throw new NumericsException("Every width must lie between 1 and " + Tolerances.MAX_SIDE + ".");
            }
        }
        int h = widths.length - 1;
        int d0 = widths[0];
        int dh = widths[h];
        int k = 0;
        for (int i = 1; i <= h; i++) {
            if (widths[i] < widths[k]) {
                k = i;
            }
        }
        int d = widths[k];
        boolean bottleneck = d < Math.min(d0, dh);
        List<Check> checks = new ArrayList<>();
        // Laurent–von Brecht: no bottleneck (every hidden layer at least as wide as the input or as the output)
        checks.add(new Check(Hypothesis.LAURENT_VON_BRECHT, !bottleneck));
        // Zhang's reduction: two super-layers split at the narrowest layer
        checks.add(new Check(Hypothesis.ZHANG_REDUCTION, true));
        // Corollary 1: squared loss
        checks.add(new Check(Hypothesis.COROLLARY_1, loss == LossKind.SQUARED));
        // NR's Theorem-8 condition
        int p1 = 0;
        int p2 = 0;
        for (int a = 1; a <= h - 1 && p2 == 0; a++) {
            if (widths[a] < d0) {
                for (int b = a + 1; b <= h - 1; b++) {
                    if (widths[b] < dh) {
                        p1 = a;
                        p2 = b;
                        break;
                    }
                }
            }
        }
        checks.add(new Check(Hypothesis.NR_CONDITION, p2 > 0));
        return new Report(widths, loss, k, d, bottleneck, p1, p2, checks);
    }
}
