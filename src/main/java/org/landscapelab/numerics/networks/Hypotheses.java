package org.landscapelab.numerics.networks;

import org.landscapelab.numerics.linalg.Checks;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.LinearAlgebra;
import org.landscapelab.numerics.linalg.Matrix;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Which of the course's theorems apply to a deep linear network of widths (d_0, …, d_h) and a loss kind (math.md §1,
 * §2.1, §6). Each check gives true/false, one sentence of reason and the conclusion it licenses, in the notes' safe
 * wording: for the squared loss every local minimum is global (Zhang's Corollary 1) and non-strict saddles can exist
 * for h ≥ 3 with or without a bottleneck; for general convex losses a bottleneck <em>can</em> create spurious local
 * minima and no bottleneck rules them out. "Bottleneck ⇒ non-strict saddle" is never stated: it is false.
 */
public final class Hypotheses {

    /** The loss ℓ(W_{h:1}). */
    public enum LossKind {
        /** ½‖W_{h:1}X − Y‖_F², any X and Y. */
        SQUARED,
        /** Any convex differentiable ℓ (e.g. a weighted squared loss). */
        CONVEX
    }

    /** One hypothesis: does it hold, why (one sentence), and what it allows us to conclude. */
    public record Check(String name, boolean holds, String reason, String conclusion) {
    }

    /**
     * The report.
     *
     * @param narrowest  the index k of the (first) narrowest layer
     * @param dMin       d_min = d_k
     * @param bottleneck d_min &lt; min(d_0, d_h) (Zhang, Laurent–von Brecht)
     * @param checks     Laurent–von Brecht, Zhang's reduction, Corollary 1, NR's p1 &lt; p2 condition, in this order
     * @param summary    the safe wording for this loss kind
     */
    public record Report(int[] widths, LossKind loss, int narrowest, int dMin, boolean bottleneck, List<Check> checks,
            String summary) {
        public Report {
            widths = widths.clone();
            checks = List.copyOf(checks);
        }

        @Override
        public int[] widths() {
            return widths.clone();
        }
    }

    /**
     * Zhang's split of a network at its (first) narrowest layer k: A = W_{h:k+1} ∈ R^{d_h×d}, B = W_{k:1} ∈ R^{d×d_0}
     * (an identity when k is an end), with ranks at the one rank tolerance. Theorem 2: at a spurious local minimum with
     * 0 &lt; k &lt; h both have rank d, so {@code excludesSpurious} = 0 &lt; k &lt; h and (rank A &lt; d or rank B &lt; d).
     */
    public record SuperLayers(int narrowest, int width, Matrix upper, Matrix lower, int rankUpper, int rankLower,
            boolean excludesSpurious, String explanation) {
    }

    /**
     * Zhang's multi-tower network Σ_j W^{(j)}_{h_j:1} collapsed (Corollary 2): r = Σ_j r_j with r_j the narrowest width
     * of tower j; no spurious local minima iff ℓ(AB), A ∈ R^{d_h×r}, B ∈ R^{r×d_0}, has none.
     *
     * @param noSpurious true when the conclusion is unconditional: r ≥ min(d_0, d_h), or the squared loss
     */
    public record Towers(int[] bottlenecks, int r, int d0, int dh, boolean noSpurious, String conclusion) {
        public Towers {
            bottlenecks = bottlenecks.clone();
        }

        @Override
        public int[] bottlenecks() {
            return bottlenecks.clone();
        }
    }

    private Hypotheses() {
    }

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
        String explanation;
        if (!interior) {
            explanation = "The narrowest layer is an end (d_" + k + " = " + d + "): there is no bottleneck, and "
                    + "Laurent–von Brecht applies instead of Theorem 2.";
        } else if (excludes) {
            explanation = "rank W_{h:" + (k + 1) + "} = " + ra + " and rank W_{" + k + ":1} = " + rb + ", not both "
                    + d + ": by Zhang's Theorem 2 this point is not a spurious local minimum (it is either a global "
                    + "minimum or not a local minimum at all).";
        } else {
            explanation = "Both halves have full rank " + d + ": Theorem 2 does not exclude a spurious local minimum "
                    + "here; the loss decides (never for the squared loss, by Corollary 1).";
        }
        return new SuperLayers(k, d, upper, lower, ra, rb, excludes, explanation);
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
        String conclusion = "r = " + r + " (sum of the towers' narrowest widths): the network has no spurious local "
                + "minima iff ℓ(AB) with A ∈ R^{" + dh + "×" + r + "}, B ∈ R^{" + r + "×" + d0 + "} has none "
                + "(Zhang's Corollary 2). "
                + (wide ? "Since r ≥ min(d_0, d_h) = " + Math.min(d0, dh) + ", it has none, for every convex "
                        + "differentiable ℓ."
                        : loss == LossKind.SQUARED ? "For the squared loss that two-layer problem has none (NR's "
                                + "Theorem 5), so neither has the network."
                                : "Since r < min(d_0, d_h) = " + Math.min(d0, dh) + ", the collapsed network has a "
                                        + "bottleneck: some convex losses have spurious local minima.");
        return new Towers(rj, r, d0, dh, none, conclusion);
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
        String shape = "widths " + Arrays.toString(widths).replace('[', '(').replace(']', ')');
        List<Check> checks = new ArrayList<>();

        // Laurent–von Brecht: no bottleneck (every hidden layer at least as wide as the input or as the output)
        String lvbReason = bottleneck
                ? "Layer " + k + " has width " + d + ", narrower than both the input (" + d0 + ") and the output (" + dh
                        + "): that is a bottleneck."
                : "The narrowest width " + d + " equals min(d_0, d_h) = " + Math.min(d0, dh)
                        + ", so there is no bottleneck.";
        String lvbConclusion = bottleneck
                ? (loss == LossKind.SQUARED
                        ? "The theorem does not apply; for the squared loss Corollary 1 still rules out spurious "
                                + "local minima."
                        : "The theorem does not apply: a bottleneck can create spurious local minima for some convex "
                                + "losses (Instance 1D has one), though a given loss need not have any.")
                : "Every local minimum W has ∇ℓ(W_{h:1}) = 0, so W_{h:1} minimises ℓ over all matrices: no spurious "
                        + "local minima, for every convex differentiable ℓ.";
        checks.add(new Check("Laurent–von Brecht: no bottleneck", !bottleneck, lvbReason, lvbConclusion));

        // Zhang's reduction: two super-layers split at the narrowest layer
        String zReason = "The narrowest layer is d_" + k + " = " + d + ", so W_{h:" + (k + 1) + "} is " + dh + "×" + d
                + " and W_{" + k + ":1} is " + d + "×" + d0 + ".";
        String zConclusion = "The network has no spurious local minima if and only if ℓ(AB), A ∈ R^{" + dh + "×" + d
                + "}, B ∈ R^{" + d + "×" + d0 + "}, has none (Zhang's Theorem 1); at a spurious local minimum of a "
                + "deeper network both halves would have rank " + d + " (Theorem 2).";
        checks.add(new Check("Zhang's reduction to two super-layers", true, zReason, zConclusion));

        // Corollary 1: squared loss
        boolean squared = loss == LossKind.SQUARED;
        checks.add(new Check("Zhang's Corollary 1 (squared loss)", squared,
                squared ? "The loss is ½‖W_{h:1}X − Y‖_F², the setting of Corollary 1, which allows any X, Y and widths."
                        : "Corollary 1 is about the squared loss; this loss is only assumed convex.",
                squared ? "Every local minimum is global, for every X and Y." + (h >= 3
                        ? " Saddles with no negative Hessian eigenvalue (non-strict saddles) can still exist, with or "
                                + "without a bottleneck (Instances 1A and 1C)."
                        : "")
                        : "No conclusion from Corollary 1; use the bottleneck test instead."));

        // NR's Theorem-8 condition
        int p1 = -1;
        int p2 = -1;
        for (int a = 1; a <= h - 1 && p2 < 0; a++) {
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
        boolean nr = p2 > 0;
        String nrReason = nr
                ? "p1 = " + p1 + " and p2 = " + p2 + " satisfy d_" + p1 + " = " + widths[p1] + " < d_0 = " + d0
                        + " and d_" + p2 + " = " + widths[p2] + " < d_h = " + dh + "."
                : h <= 2 ? "It needs two hidden layers 1 ≤ p1 < p2 ≤ h − 1, impossible with h = " + h + "."
                        : "No hidden layer narrower than the input is followed by a hidden layer narrower than the "
                                + "output.";
        String nrConclusion = nr
                ? (squared ? "NR's Theorem 8 claims a non-global local minimum here; that is false for the squared "
                        + "loss (its example, Instance 1A, is a non-strict saddle). Only non-strict saddles are "
                        + "possible." : "The condition plays no role for convex losses; the bottleneck test decides.")
                : "Nothing follows: the condition is stronger than a bottleneck and is not the criterion that matters.";
        checks.add(new Check("NR's condition p1 < p2 (Theorem 8)", nr, nrReason, nrConclusion));

        String summary = squared
                ? "For the squared loss, every local minimum of a deep linear network is global, for every X, Y, "
                        + "depth and widths. When h ≥ 3 there can be saddle points with no negative Hessian eigenvalue "
                        + "(non-strict saddles), with or without a bottleneck."
                : "For general convex losses, a bottleneck can create genuine spurious local minima; without a "
                        + "bottleneck it cannot. " + (bottleneck ? "These " + shape + " have a bottleneck."
                        : "These " + shape + " have none.");
        return new Report(widths, loss, k, d, bottleneck, checks, summary);
    }
}
