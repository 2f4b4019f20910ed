package org.landscapelab.widgets.architecture;

import java.util.Arrays;
import org.landscapelab.numerics.networks.Hypotheses;
import org.landscapelab.numerics.networks.Hypotheses.Hypothesis;
import org.landscapelab.numerics.networks.Hypotheses.LossKind;

/**
 * The hypothesis checker in words, from the facts of {@link Hypotheses}: each hypothesis named, why it holds or not,
 * and what it licenses, in the notes' safe wording (math.md §1, §2.1, §6). For the squared loss every local minimum is
 * global (Zhang's Corollary 1) and non-strict saddles can exist for h ≥ 3 with or without a bottleneck; for general
 * convex losses a bottleneck <em>can</em> create spurious local minima and no bottleneck rules them out.
 * "Bottleneck ⇒ non-strict saddle" is never said: it is false.
 */
final class HypothesisWords {

    private HypothesisWords() {}

    /** {@code Laurent–von Brecht: no bottleneck}, … as the list and the summary name them. */
    static String name(Hypothesis h) {
        return switch (h) {
            case LAURENT_VON_BRECHT -> "Laurent–von Brecht: no bottleneck";
            case ZHANG_REDUCTION -> "Zhang's reduction to two super-layers";
            case COROLLARY_1 -> "Zhang's Corollary 1 (squared loss)";
            case NR_CONDITION -> "NR's condition p1 < p2 (Theorem 8)";
        };
    }

    /** Why the hypothesis holds or not for the report's widths and loss, in one sentence. */
    static String reason(Hypotheses.Report r, Hypothesis h) {
        int k = r.narrowest();
        int d = r.dMin();
        int[] widths = r.widths();
        int d0 = widths[0];
        int dh = widths[r.depth()];
        return switch (h) {
            case LAURENT_VON_BRECHT ->
                r.bottleneck()
                        ? "Layer " + k + " has width " + d + ", narrower than both the input (" + d0
                                + ") and the output (" + dh + "): that is a bottleneck."
                        : "The narrowest width " + d + " equals min(d_0, d_h) = " + Math.min(d0, dh)
                                + ", so there is no bottleneck.";
            case ZHANG_REDUCTION ->
                "The narrowest layer is d_" + k + " = " + d + ", so W_{h:" + (k + 1) + "} is " + dh + "×" + d
                        + " and W_{" + k + ":1} is " + d + "×" + d0 + ".";
            case COROLLARY_1 ->
                squared(r)
                        ? "The loss is ½‖W_{h:1}X − Y‖_F², the setting of Corollary 1, which allows any X, Y and widths."
                        : "Corollary 1 is about the squared loss; this loss is only assumed convex.";
            case NR_CONDITION ->
                r.p2() > 0
                        ? "p1 = " + r.p1() + " and p2 = " + r.p2() + " satisfy d_" + r.p1() + " = " + widths[r.p1()]
                                + " < d_0 = " + d0 + " and d_" + r.p2() + " = " + widths[r.p2()] + " < d_h = " + dh
                                + "."
                        : r.depth() <= 2
                                ? "It needs two hidden layers 1 ≤ p1 < p2 ≤ h − 1, impossible with h = " + r.depth()
                                        + "."
                                : "No hidden layer narrower than the input is followed by a hidden layer narrower than "
                                        + "the output.";
        };
    }

    /** What the hypothesis allows us to conclude (or that nothing follows). */
    static String conclusion(Hypotheses.Report r, Hypothesis h) {
        int d = r.dMin();
        int[] widths = r.widths();
        int d0 = widths[0];
        int dh = widths[r.depth()];
        return switch (h) {
            case LAURENT_VON_BRECHT ->
                r.bottleneck()
                        ? (squared(r)
                                ? "The theorem does not apply; for the squared loss Corollary 1 still rules out spurious "
                                        + "local minima."
                                : "The theorem does not apply: a bottleneck can create spurious local minima for some "
                                        + "convex losses (Instance 1D has one), though a given loss need not have any.")
                        : "Every local minimum W has ∇ℓ(W_{h:1}) = 0, so W_{h:1} minimises ℓ over all matrices: no "
                                + "spurious local minima, for every convex differentiable ℓ.";
            case ZHANG_REDUCTION ->
                "The network has no spurious local minima if and only if ℓ(AB), A ∈ R^{" + dh + "×"
                        + d + "}, B ∈ R^{" + d + "×" + d0
                        + "}, has none (Zhang's Theorem 1); at a spurious local minimum "
                        + "of a deeper network both halves would have rank " + d + " (Theorem 2).";
            case COROLLARY_1 ->
                squared(r)
                        ? "Every local minimum is global, for every X and Y."
                                + (r.depth() >= 3
                                        ? " Saddles with no negative Hessian eigenvalue (non-strict saddles) can still exist, with "
                                                + "or without a bottleneck (the certificate's points 1A and 1C)."
                                        : "")
                        : "No conclusion from Corollary 1; use the bottleneck test instead.";
            case NR_CONDITION ->
                r.p2() > 0
                        ? (squared(r)
                                ? "NR's Theorem 8 claims a non-global local minimum here; that is false for the squared "
                                        + "loss (its example, Instance 1A, is a non-strict saddle). Only non-strict "
                                        + "saddles are possible."
                                : "The condition plays no role for convex losses; the bottleneck test decides.")
                        : "Nothing follows: the condition is stronger than a bottleneck and is not the criterion that "
                                + "matters.";
        };
    }

    /** The safe wording for the report's loss kind, shown under the list. */
    static String summary(Hypotheses.Report r) {
        String shape = "widths " + Arrays.toString(r.widths()).replace('[', '(').replace(']', ')');
        return squared(r)
                ? "For the squared loss, every local minimum of a deep linear network is global, for every X, Y, "
                        + "depth and widths. When h ≥ 3 there can be saddle points with no negative Hessian eigenvalue "
                        + "(non-strict saddles), with or without a bottleneck."
                : "For general convex losses, a bottleneck can create genuine spurious local minima; without a "
                        + "bottleneck it cannot. "
                        + (r.bottleneck()
                                ? "These " + shape + " have a bottleneck."
                                : "These " + shape + " have none.");
    }

    /** What Zhang's Theorem 2 says at a point, from the ranks of its two super-layers. */
    static String superLayers(Hypotheses.SuperLayers s) {
        int k = s.narrowest();
        int d = s.width();
        if (!s.interior()) {
            return "The narrowest layer is an end (d_" + k + " = " + d + "): there is no bottleneck, and "
                    + "Laurent–von Brecht applies instead of Theorem 2.";
        }
        if (s.excludesSpurious()) {
            return "rank W_{h:" + (k + 1) + "} = " + s.rankUpper() + " and rank W_{" + k + ":1} = " + s.rankLower()
                    + ", not both " + d + ": by Zhang's Theorem 2 this point is not a spurious local minimum (it is "
                    + "either a global minimum or not a local minimum at all).";
        }
        return "Both halves have full rank " + d + ": Theorem 2 does not exclude a spurious local minimum here; the "
                + "loss decides (never for the squared loss, by Corollary 1).";
    }

    /** What Corollary 2 concludes for a multi-tower network collapsed to r = Σ_j r_j. */
    static String towers(Hypotheses.Towers t) {
        int r = t.r();
        int min = Math.min(t.d0(), t.dh());
        boolean wide = r >= min;
        return "r = " + r + " (sum of the towers' narrowest widths): the network has no spurious local minima iff "
                + "ℓ(AB) with A ∈ R^{" + t.dh() + "×" + r + "}, B ∈ R^{" + r + "×" + t.d0() + "} has none (Zhang's "
                + "Corollary 2). "
                + (wide
                        ? "Since r ≥ min(d_0, d_h) = " + min + ", it has none, for every convex differentiable ℓ."
                        // below min(d_0, d_h) only the squared loss has none
                        : t.noSpurious()
                                ? "For the squared loss that two-layer problem has none (NR's Theorem 5), so "
                                        + "neither has the network."
                                : "Since r < min(d_0, d_h) = " + min + ", the collapsed network has a bottleneck: "
                                        + "some convex losses have spurious local minima.");
    }

    private static boolean squared(Hypotheses.Report r) {
        return r.loss() == LossKind.SQUARED;
    }
}
