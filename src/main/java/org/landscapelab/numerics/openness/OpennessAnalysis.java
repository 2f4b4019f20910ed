package org.landscapelab.numerics.openness;

import java.util.Optional;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Subspaces;
import org.landscapelab.numerics.linalg.Svd;

/** The computation behind {@link LocalOpenness#analyze}: ranks, intersections, witnesses, verdict. */
public final class OpennessAnalysis {

    private OpennessAnalysis() {}

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
        Condition i = witnessed(Condition.Kind.I, left, m, k, k, k > m);
        Condition ii = witnessed(Condition.Kind.II, right, k, n, k, k > n);
        Condition a = witnessed(Condition.Kind.A, left, m, k, m, false);
        Condition b = witnessed(Condition.Kind.B, right, k, n, n, false);
        Condition iii = intersection(Condition.Kind.III, cap3.numCols);
        Condition iv = intersection(Condition.Kind.IV, cap4.numCols);

        boolean narrow = k < Math.min(m, n);
        boolean open = narrow
                ? r1 == r2 && r2 == r12 // Corollary of Theorem 2
                : m - r12 <= k - r2 || n - r12 <= k - r1; // Behrends, rank form of (a) ∨ (b)
        LocalOpenness.Rate rate;
        if (!open) {
            rate = LocalOpenness.Rate.ZERO;
        } else if (narrow ? r12 == k : r1 == m || r2 == n) {
            rate = LocalOpenness.Rate.LINEAR; // B = W1⁺ΔZ (or A = ΔZ W2⁺) reaches every target at cost O(δ)
        } else {
            rate = LocalOpenness.Rate.QUADRATIC; // some target direction is reached only through A·B
        }
        return new LocalOpenness(
                m,
                k,
                n,
                r1,
                r2,
                r12,
                Subspaces.of(cap3),
                Subspaces.of(cap4),
                i,
                ii,
                iii,
                iv,
                a,
                b,
                open,
                narrow ? LocalOpenness.Regime.NARROW : LocalOpenness.Regime.WIDE,
                rate);
    }

    /**
     * A condition that asks for a perturbation W̃ of the factor (rows×cols) with rank(W + W̃) = required, decided from
     * the best W̃ of {@link Witnesses} (for (ii), (b) the best W̃2ᵀ, transposed back).
     */
    private static Condition witnessed(
            Condition.Kind kind, Witnesses.Best best, int rows, int cols, int required, boolean impossibleShape) {
        Condition.Outcome outcome;
        Optional<Matrix> witness = Optional.empty();
        if (impossibleShape) {
            outcome = Condition.Outcome.SHAPE;
        } else if (best.reached() == required && best.annihilates()) {
            outcome = Condition.Outcome.WITNESS;
            boolean left = kind == Condition.Kind.I || kind == Condition.Kind.A;
            witness = Optional.of(Ejml.matrix(left ? best.tilde() : Ejml.transpose(best.tilde())));
        } else if (!best.annihilates()) {
            outcome = Condition.Outcome.UNVERIFIED;
        } else {
            outcome = Condition.Outcome.RANK_BOUND;
        }
        return new Condition(
                kind,
                outcome == Condition.Outcome.WITNESS,
                witness,
                outcome,
                rows,
                cols,
                required,
                best.dimC(),
                best.rankOnC(),
                best.free(),
                best.reached());
    }

    private static Condition intersection(Condition.Kind kind, int dim) {
        return new Condition(kind, dim == 0, Optional.empty(), Condition.Outcome.INTERSECTION, 0, 0, 0, dim, 0, 0, 0);
    }
}
