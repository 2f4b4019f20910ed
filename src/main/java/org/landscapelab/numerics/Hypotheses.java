package org.landscapelab.numerics;

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

    private Hypotheses() {
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
