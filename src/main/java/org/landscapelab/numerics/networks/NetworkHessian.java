package org.landscapelab.numerics.networks;

import java.util.Arrays;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.ejml.dense.row.factory.DecompositionFactory_DDRM;
import org.ejml.interfaces.decomposition.EigenDecomposition_F64;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * The exact second-order information of L at W (math.md §1). Expanding ∏_i (W_i + tΔ_i) = C_0 + tC_1 + t²C_2 + …
 * gives Q(Δ) = d²/dt² L(W + tΔ)|₀ = Σ Ω ∘ (C_1X)² + 2⟨∇ℓ(Z), C_2X⟩, and polarization
 * H_pq = ½(Q(e_p + e_q) − Q(e_p) − Q(e_q)) gives the Hessian. For coordinate directions the coefficients are known in
 * closed form, so the polarization is carried out symbolically instead of with P² recursions:
 * e_p = E_rc in layer a has C_1 = W_{h:a+1} E_rc W_{a−1:1} (rank one) and C_2 = 0; for e_q = E_r'c' in a layer b &gt; a,
 * the mixed part of C_2(e_p + e_q) is W_{h:b+1} E_r'c' W_{b−1:a+1} E_rc W_{a−1:1}. Hence
 * H_pq = Σ Ω ∘ (C_1(e_p)X)(C_1(e_q)X) + [a ≠ b] (W_{b−1:a+1})_{c'r} (W_{h:b+1}ᵀ G W_{a−1:1}ᵀ)_{r'c}.
 */
public final class NetworkHessian {

    private NetworkHessian() {}

    /** Q(Δ) by the recursion C_2 ← W_iC_2 + Δ_iC_1, C_1 ← W_iC_1 + Δ_iC_0, C_0 ← W_iC_0. */
    public static double quadraticForm(NetworkState s, List<Matrix> direction) {
        int d0 = s.x.numRows;
        DMatrixRMaj c0 = CommonOps_DDRM.identity(d0);
        DMatrixRMaj c1 = new DMatrixRMaj(d0, d0);
        DMatrixRMaj c2 = new DMatrixRMaj(d0, d0);
        for (int i = 1; i <= s.depth(); i++) {
            DMatrixRMaj delta = Ejml.dense(direction.get(i - 1));
            c2 = Ejml.plus(Ejml.mult(s.w[i], c2), Ejml.mult(delta, c1));
            c1 = Ejml.plus(Ejml.mult(s.w[i], c1), Ejml.mult(delta, c0));
            c0 = Ejml.mult(s.w[i], c0);
        }
        DMatrixRMaj c1x = Ejml.mult(c1, s.x);
        DMatrixRMaj c2x = Ejml.mult(c2, s.x);
        double q = 0;
        for (int e = 0; e < c1x.getNumElements(); e++) {
            q += s.omega.data[e] * c1x.data[e] * c1x.data[e] + 2 * s.lossGradient.data[e] * c2x.data[e];
        }
        return q;
    }

    public static double[][] assemble(NetworkState s) {
        int h = s.depth();
        int[] offset = new int[h + 2];
        for (int a = 1; a <= h; a++) {
            offset[a + 1] = offset[a] + s.w[a].getNumElements();
        }
        int p = offset[h + 1];
        int dh = s.residual.numRows;
        int n = s.residual.numCols;
        // J_p = vec(C_1(e_p)X) = W_{h:a+1}[:, r] ⊗ (W_{a−1:1}X)[c, :]; first-order part H₁ = J diag(Ω) Jᵀ
        DMatrixRMaj j = new DMatrixRMaj(p, dh * n);
        double[] root = new double[dh * n]; // √Ω, so that J diag(Ω) Jᵀ = (J√Ω)(J√Ω)ᵀ
        for (int e = 0; e < root.length; e++) {
            root[e] = Math.sqrt(s.omega.data[e]);
        }
        for (int a = 1; a <= h; a++) {
            DMatrixRMaj bx = Ejml.mult(s.below[a - 1], s.x);
            DMatrixRMaj up = s.above[a];
            for (int r = 0; r < s.w[a].numRows; r++) {
                for (int c = 0; c < s.w[a].numCols; c++) {
                    int row = offset[a] + r * s.w[a].numCols + c;
                    for (int i = 0; i < dh; i++) {
                        for (int t = 0; t < n; t++) {
                            double v = up.unsafe_get(i, r) * bx.unsafe_get(c, t);
                            j.unsafe_set(row, i * n + t, v * root[i * n + t]);
                        }
                    }
                }
            }
        }
        DMatrixRMaj hess = new DMatrixRMaj(p, p); // symmetric product: only half is computed
        if (dh * n > 0) {
            CommonOps_DDRM.multOuter(j, hess);
        }
        // second-order part from pairs of layers a < b
        for (int a = 1; a <= h; a++) {
            DMatrixRMaj mid = CommonOps_DDRM.identity(s.w[a].numRows); // W_{b−1:a+1}, starting at b = a+1
            for (int b = a + 1; b <= h; b++) {
                DMatrixRMaj m = Ejml.multTransB(Ejml.multTransA(s.above[b], s.g), s.below[a - 1]); // d_b × d_{a−1}
                addMixed(hess, s, offset, a, b, mid, m);
                mid = Ejml.mult(s.w[b], mid);
            }
        }
        double[][] out = new double[p][p];
        for (int q = 0; q < p; q++) {
            for (int r = 0; r < p; r++) {
                out[q][r] = 0.5 * (hess.unsafe_get(q, r) + hess.unsafe_get(r, q));
            }
        }
        return out;
    }

    private static void addMixed(
            DMatrixRMaj hess, NetworkState s, int[] offset, int a, int b, DMatrixRMaj mid, DMatrixRMaj m) {
        int ra = s.w[a].numRows;
        int ca = s.w[a].numCols;
        int rb = s.w[b].numRows;
        int cb = s.w[b].numCols;
        for (int r = 0; r < ra; r++) {
            for (int c = 0; c < ca; c++) {
                int pa = offset[a] + r * ca + c;
                for (int r2 = 0; r2 < rb; r2++) {
                    for (int c2 = 0; c2 < cb; c2++) {
                        double v = mid.unsafe_get(c2, r) * m.unsafe_get(r2, c);
                        int pb = offset[b] + r2 * cb + c2;
                        hess.unsafe_set(pa, pb, hess.unsafe_get(pa, pb) + v);
                        hess.unsafe_set(pb, pa, hess.unsafe_get(pb, pa) + v);
                    }
                }
            }
        }
    }

    /** Eigenvalues (ascending) and unit eigenvectors (vectors[i] belongs to values[i]) of a symmetric matrix. */
    public record Eigen(double[] values, double[][] vectors) {}

    public static Eigen eigen(double[][] symmetric) {
        int n = symmetric.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, true, true);
        if (!eig.decompose(new DMatrixRMaj(symmetric))) {
            throw new IllegalStateException("EJML's symmetric eigen-decomposition did not converge");
        }
        Integer[] order = new Integer[n];
        for (int i = 0; i < n; i++) {
            order[i] = i;
        }
        Arrays.sort(
                order,
                (a, b) -> Double.compare(
                        eig.getEigenvalue(a).getReal(), eig.getEigenvalue(b).getReal()));
        double[] values = new double[n];
        double[][] vectors = new double[n][];
        for (int i = 0; i < n; i++) {
            values[i] = eig.getEigenvalue(order[i]).getReal();
            DMatrixRMaj v = eig.getEigenVector(order[i]);
            double norm = Ejml.normF(v);
            vectors[i] = new double[n];
            for (int j = 0; j < n; j++) {
                vectors[i][j] = v.data[j] / norm;
            }
        }
        return new Eigen(values, vectors);
    }

    /** Eigenvalues of a symmetric matrix, ascending (EJML returns them unsorted, math.md §7.2). */
    public static double[] eigenvalues(double[][] symmetric) {
        int n = symmetric.length;
        EigenDecomposition_F64<DMatrixRMaj> eig = DecompositionFactory_DDRM.eig(n, false, true);
        if (!eig.decompose(new DMatrixRMaj(symmetric))) {
            throw new IllegalStateException("EJML's symmetric eigen-decomposition did not converge");
        }
        double[] values = new double[n];
        for (int i = 0; i < n; i++) {
            values[i] = eig.getEigenvalue(i).getReal();
        }
        Arrays.sort(values);
        return values;
    }
}
