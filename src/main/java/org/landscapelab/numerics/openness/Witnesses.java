package org.landscapelab.numerics.openness;

import org.ejml.data.DMatrixRMaj;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Svd;

/**
 * Constructs the perturbation W̃1 with W̃1W2 = 0 that makes rank(W1 + W̃1) as large as possible (Lemma A, §3.2):
 * W̃1 must vanish on C(W2) and is free on a complement S, so rank(W1 + W̃1) ≤ rank(W1|C(W2)) + min(dim S, m − that).
 * The construction reaches the bound; conditions (i), (a) and, on transposes, (ii), (b) then read off the rank,
 * after the witness has been verified numerically.
 */
public final class Witnesses {

    /** The best W̃1, the rank it reaches (re-measured, not predicted) and ‖W̃1W2‖_F for verification. */
    public record Best(DMatrixRMaj tilde, int reached, int rankOnC, int dimC, int free, boolean annihilates) {}

    private Witnesses() {}

    public static Best left(DMatrixRMaj w1, DMatrixRMaj w2, double tau) {
        int m = w1.numRows;
        int k = w1.numCols;
        Svd s2 = Svd.of(w2);
        int r2 = s2.rank(tau);
        DMatrixRMaj c = Ejml.columns(s2.u, 0, r2); // C(W2)
        DMatrixRMaj s = Ejml.columns(s2.u, r2, k); // S = C(W2)^⊥, where W̃1 is free
        Svd sc = Svd.of(Ejml.mult(w1, c));
        int r12 = sc.rank(tau); // rank of W1 on C(W2) = rank W1W2
        DMatrixRMaj missing = Ejml.columns(sc.u, r12, m); // C(W1|C(W2))^⊥ in R^m
        int free = k - r2;
        int used = Math.min(free, m - r12);
        DMatrixRMaj target = new DMatrixRMaj(m, free); // T' = [first `used` missing directions, 0…]
        for (int i = 0; i < m; i++) {
            for (int j = 0; j < used; j++) {
                target.unsafe_set(i, j, missing.unsafe_get(i, j));
            }
        }
        // W̃1 = (T' − W1 S) Sᵀ, so that (W1 + W̃1) S = T' and (W1 + W̃1) C = W1 C
        DMatrixRMaj tilde = Ejml.multTransB(Ejml.minus(target, Ejml.mult(w1, s)), s);
        int reached = Svd.of(Ejml.plus(w1, tilde)).rank(tau);
        double residual = Ejml.normF(Ejml.mult(tilde, w2)); // ‖W̃1W2‖_F, zero up to rounding
        boolean annihilates = Tolerances.negligible(residual, Ejml.normF(tilde) * Ejml.normF(w2));
        return new Best(tilde, reached, r12, r2, free, annihilates);
    }
}
