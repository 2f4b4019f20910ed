package org.landscapelab.numerics.linalg;

import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.SingularValueDecomposition_F64;

/**
 * A full SVD A = U Σ Vᵀ (U is m×m, V is n×n) with the singular values sorted in descending order. EJML returns them
 * unsorted (math.md §7.2), so the columns of U and V are permuted here. Rank decisions take τ explicitly: σ_i > τ.
 */
public final class Svd {

    public final DMatrixRMaj u;
    public final double[] sigma;
    public final DMatrixRMaj v;

    private Svd(DMatrixRMaj u, double[] sigma, DMatrixRMaj v) {
        this.u = u;
        this.sigma = sigma;
        this.v = v;
    }

    /** The SVD of A; A is not modified. */
    public static Svd of(DMatrixRMaj a) {
        int m = a.numRows;
        int n = a.numCols;
        if (m == 0 || n == 0) {
            return new Svd(CommonOps_DDRM.identity(m), new double[0], CommonOps_DDRM.identity(n));
        }
        SingularValueDecomposition_F64<DMatrixRMaj> svd = DecompositionFactory_DDRM.svd(m, n, true, true, false);
        if (!svd.decompose(a.copy())) {
            throw new IllegalStateException("EJML's SVD did not converge on a " + m + "×" + n + " matrix");
        }
        DMatrixRMaj u0 = svd.getU(null, false);
        DMatrixRMaj v0 = svd.getV(null, false);
        int p = svd.numberOfSingularValues();
        double[] s0 = svd.getSingularValues();
        Integer[] order = new Integer[p];
        for (int i = 0; i < p; i++) {
            order[i] = i;
        }
        java.util.Arrays.sort(order, (x, y) -> Double.compare(s0[y], s0[x]));
        double[] sigma = new double[p];
        DMatrixRMaj u = u0.copy();
        DMatrixRMaj v = v0.copy();
        for (int i = 0; i < p; i++) {
            sigma[i] = s0[order[i]];
            copyColumn(u0, order[i], u, i);
            copyColumn(v0, order[i], v, i);
        }
        return new Svd(u, sigma, v);
    }

    private static void copyColumn(DMatrixRMaj from, int fromCol, DMatrixRMaj to, int toCol) {
        for (int r = 0; r < from.numRows; r++) {
            to.unsafe_set(r, toCol, from.unsafe_get(r, fromCol));
        }
    }

    /** rank = #{i : σ_i > τ}. */
    public int rank(double tau) {
        int r = 0;
        while (r < sigma.length && sigma[r] > tau) {
            r++;
        }
        return r;
    }

    /** Orthonormal basis of C(A): the first r columns of U. */
    public DMatrixRMaj columnSpace(double tau) {
        return Ejml.columns(u, 0, rank(tau));
    }

    /** Orthonormal basis of C(A)^⊥ = N(Aᵀ): the last m − r columns of U. */
    public DMatrixRMaj leftNullSpace(double tau) {
        return Ejml.columns(u, rank(tau), u.numCols);
    }

    /** Orthonormal basis of C(Aᵀ): the first r columns of V. */
    public DMatrixRMaj rowSpace(double tau) {
        return Ejml.columns(v, 0, rank(tau));
    }

    /** Orthonormal basis of N(A): the last n − r columns of V. */
    public DMatrixRMaj nullSpace(double tau) {
        return Ejml.columns(v, rank(tau), v.numCols);
    }
}
