package org.landscapelab.numerics.openness;

import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Subspaces;
import org.landscapelab.numerics.linalg.Svd;
import java.util.Optional;
import org.ejml.data.DMatrixRMaj;

/** The computation behind {@link LocalOpenness#analyze}: ranks, intersections, witnesses, verdict. */
public final class OpennessAnalysis {

    private OpennessAnalysis() {
    }

    public static LocalOpenness of(Matrix w1m, Matrix w2m) {
        DMatrixRMaj w1 = Ejml.dense(w1m);
        DMatrixRMaj w2 = Ejml.dense(w2m);
        int m = w1.numRows;
        int k = w1.numCols;
        int n = w2.numCols;
        double n1 = w1m.frobeniusNorm();
        double n2 = w2m.frobeniusNorm();
        double tau = Tolerances.rank(n1, n2, n1 * n2); // the problem's one rank tolerance (§7.1)
        Svd s1 = Svd.of(w1);
        Svd s2 = Svd.of(w2);
        int r1 = s1.rank(tau);
        int r2 = s2.rank(tau);
        int r12 = Svd.of(Ejml.mult(w1, w2)).rank(tau);

        // (iii), (iv): intersections of SVD bases (orthonormal, so scale 1), independent of the witnesses below
        DMatrixRMaj cap3 = Subspaces.intersection(s1.nullSpace(tau), s2.columnSpace(tau), Tolerances.rank());
        DMatrixRMaj cap4 = Subspaces.intersection(s2.leftNullSpace(tau), s1.rowSpace(tau), Tolerances.rank());

        // (i), (a) from the best W̃1 with W̃1W2 = 0; (ii), (b) from the best W̃2ᵀ with W̃2ᵀW1ᵀ = 0
        Witnesses.Best left = Witnesses.left(w1, w2, tau);
        Witnesses.Best right = Witnesses.left(Ejml.transpose(w2), Ejml.transpose(w1), tau);
        String leftShape = m + "×" + k;
        String rightShape = k + "×" + n;
        Condition i = witnessed("(i)", Side.LEFT, left, k, "full column rank k = " + k, k > m, leftShape);
        Condition ii = witnessed("(ii)", Side.RIGHT, right, k, "full row rank k = " + k, k > n, rightShape);
        Condition a = witnessed("(a)", Side.LEFT, left, m, "full row rank m = " + m, false, leftShape);
        Condition b = witnessed("(b)", Side.RIGHT, right, n, "full column rank n = " + n, false, rightShape);
        Condition iii = trivial("(iii)", "dim N(W1) ∩ C(W2) = 0", cap3.numCols);
        Condition iv = trivial("(iv)", "dim N(W2ᵀ) ∩ C(W1ᵀ) = 0", cap4.numCols);

        boolean narrow = k < Math.min(m, n);
        boolean open = narrow ? r1 == r2 && r2 == r12 // Corollary of Theorem 2
                : m - r12 <= k - r2 || n - r12 <= k - r1; // Behrends, rank form of (a) ∨ (b)
        LocalOpenness.Rate rate;
        if (!open) {
            rate = LocalOpenness.Rate.ZERO;
        } else if (narrow ? r12 == k : r1 == m || r2 == n) {
            rate = LocalOpenness.Rate.LINEAR; // B = W1⁺ΔZ (or A = ΔZ W2⁺) reaches every target at cost O(δ)
        } else {
            rate = LocalOpenness.Rate.QUADRATIC; // some target direction is reached only through A·B
        }
        return new LocalOpenness(m, k, n, r1, r2, r12, Subspaces.of(cap3), Subspaces.of(cap4),
                i, ii, iii, iv, a, b, open,
                narrow ? LocalOpenness.Regime.NARROW : LocalOpenness.Regime.WIDE, rate);
    }

    private enum Side {
        LEFT("W̃1", "W1", "W̃1W2 = 0", "W̃1 to vanish on C(W2)", "W1", "rank W2"),
        RIGHT("W̃2", "W2", "W1W̃2 = 0", "W̃2ᵀ to vanish on C(W1ᵀ)", "W2ᵀ", "rank W1");

        final String tilde;
        final String base;
        final String annihilation;
        final String vanish;
        final String restricted;
        final String fixedDim;

        Side(String tilde, String base, String annihilation, String vanish, String restricted, String fixedDim) {
            this.tilde = tilde;
            this.base = base;
            this.annihilation = annihilation;
            this.vanish = vanish;
            this.restricted = restricted;
            this.fixedDim = fixedDim;
        }
    }

    private static Condition witnessed(String label, Side side, Witnesses.Best best, int required, String what,
            boolean impossibleShape, String shape) {
        String statement = "∃ " + side.tilde + " with " + side.annihilation + " and " + side.base + " + "
                + side.tilde + " of " + what;
        if (impossibleShape) {
            return new Condition(label, statement, false, Optional.empty(), side.base + " + " + side.tilde
                    + " is " + shape + ", so it cannot have " + what + ".");
        }
        if (best.reached() == required && best.annihilates()) {
            Matrix witness = Ejml.matrix(side == Side.LEFT ? best.tilde() : Ejml.transpose(best.tilde()));
            return new Condition(label, statement, true, Optional.of(witness), "The " + side.tilde
                    + " shown satisfies " + side.annihilation + " and rank(" + side.base + " + " + side.tilde
                    + ") = " + required + ".");
        }
        int added = best.reached() - best.rankOnC();
        String why = side.annihilation + " forces " + side.vanish + ", a subspace of dimension " + best.dimC()
                + " (= " + side.fixedDim + ") on which " + side.restricted + " has rank "
                + (best.rankOnC() < best.dimC() ? "only " : "") + best.rankOnC() + " (= rank W1W2); the "
                + best.free() + " remaining direction(s) can add at most " + added + " to the rank, so rank("
                + side.base + " + " + side.tilde + ") ≤ " + best.reached() + " < " + required + ".";
        if (!best.annihilates()) {
            why = "The constructed " + side.tilde + " failed the check " + side.annihilation + " numerically.";
        }
        return new Condition(label, statement, false, Optional.empty(), why);
    }

    private static Condition trivial(String label, String statement, int dim) {
        return new Condition(label, statement, dim == 0, Optional.empty(), dim == 0
                ? "The intersection is {0}."
                : "The intersection has dimension " + dim + "; a basis is shown.");
    }
}
