package org.landscapelab.numerics.linalg;

import org.ejml.data.DMatrixRMaj;

/**
 * Subspace computations on orthonormal bases. Complements always come from SVD bases, never from I − P
 * (which turns rounding noise into spurious rank, math.md §7.1).
 */
public final class Subspaces {

    private Subspaces() {}

    /** N(A) ∩ C(Q) for Q with orthonormal columns: x = Qc with AQc = 0, so the basis is Q·N(AQ) (orthonormal). */
    public static DMatrixRMaj nullSpaceWithin(DMatrixRMaj a, DMatrixRMaj q, double tau) {
        DMatrixRMaj aq = Ejml.mult(a, q);
        return Ejml.mult(q, Svd.of(aq).nullSpace(tau));
    }

    /** C(Qa) ∩ C(Qb) for orthonormal Qa, Qb: x = Qa·c with Qb⊥ᵀ Qa c = 0, where Qb⊥ spans C(Qb)^⊥. */
    public static DMatrixRMaj intersection(DMatrixRMaj qa, DMatrixRMaj qb, double tau) {
        DMatrixRMaj complementB = Ejml.columns(Svd.of(qb).u, qb.numCols, qb.numRows);
        return nullSpaceWithin(Ejml.transpose(complementB), qa, tau);
    }

    public static Subspace of(DMatrixRMaj basis) {
        return new Subspace(basis.numRows, Ejml.matrix(basis));
    }
}
