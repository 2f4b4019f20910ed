package org.landscapelab.numerics.critical;

import org.ejml.data.DMatrixRMaj;
import org.landscapelab.numerics.linalg.Ejml;

/**
 * The exact loss along a polynomial curve W(t) = W + tD1 + t²D2 (math.md §7.3): expanding
 * ∏_i (W_i + tD1_i + t²D2_i) = Σ_k C_k t^k layer by layer (C_k ← W_iC_k + D1_iC_{k−1} + D2_iC_{k−2}), the residual is
 * R(t) = Σ_k R_k t^k with R_k = C_kX (minus Y for k = 0), and L(t) = ½ Σ Ω ∘ R(t)² = Σ_k l_k t^k with
 * l_k = ½ Σ_{a+b=k} Σ Ω ∘ R_a ∘ R_b. Exact up to rounding: no finite differences.
 */
public final class CurveExpansion {

    private CurveExpansion() {}

    /** l_0, …, l_{4h}; arrays are indexed 1..h as in {@link NetworkState}; d2 may be null (a straight line). */
    public static double[] lossCoefficients(
            DMatrixRMaj[] w, DMatrixRMaj[] d1, DMatrixRMaj[] d2, DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj omega) {
        int h = w.length - 1;
        int d0 = x.numRows;
        DMatrixRMaj[] c = {org.ejml.dense.row.CommonOps_DDRM.identity(d0)};
        for (int i = 1; i <= h; i++) {
            int rows = w[i].numRows;
            DMatrixRMaj[] next = new DMatrixRMaj[c.length + 2];
            for (int k = 0; k < next.length; k++) {
                next[k] = new DMatrixRMaj(rows, d0);
            }
            for (int k = 0; k < c.length; k++) {
                multAdd(w[i], c[k], next[k]);
                multAdd(d1[i], c[k], next[k + 1]);
                if (d2 != null) {
                    multAdd(d2[i], c[k], next[k + 2]);
                }
            }
            c = next;
        }
        int deg = c.length - 1;
        DMatrixRMaj[] r = new DMatrixRMaj[deg + 1];
        for (int k = 0; k <= deg; k++) {
            r[k] = Ejml.mult(c[k], x);
        }
        org.ejml.dense.row.CommonOps_DDRM.subtractEquals(r[0], y);
        double[] l = new double[2 * deg + 1];
        int size = r[0].getNumElements();
        for (int a = 0; a <= deg; a++) {
            for (int b = 0; b <= deg; b++) {
                double s = 0;
                for (int e = 0; e < size; e++) {
                    s += omega.data[e] * r[a].data[e] * r[b].data[e];
                }
                l[a + b] += s / 2;
            }
        }
        return l;
    }

    private static void multAdd(DMatrixRMaj a, DMatrixRMaj b, DMatrixRMaj into) {
        if (a.numCols > 0) {
            org.ejml.dense.row.CommonOps_DDRM.multAdd(a, b, into);
        }
    }

    /** Splits a parameter vector (layer by layer, each row-major) into matrices shaped like w[1..h]. */
    public static DMatrixRMaj[] split(double[] v, DMatrixRMaj[] w) {
        DMatrixRMaj[] out = new DMatrixRMaj[w.length];
        int off = 0;
        for (int i = 1; i < w.length; i++) {
            out[i] = new DMatrixRMaj(w[i].numRows, w[i].numCols);
            System.arraycopy(v, off, out[i].data, 0, out[i].getNumElements());
            off += out[i].getNumElements();
        }
        return out;
    }

    /** Flattens matrices w[1..h] into one parameter vector. */
    public static double[] flatten(DMatrixRMaj[] w) {
        int p = 0;
        for (int i = 1; i < w.length; i++) {
            p += w[i].getNumElements();
        }
        double[] v = new double[p];
        int off = 0;
        for (int i = 1; i < w.length; i++) {
            System.arraycopy(w[i].data, 0, v, off, w[i].getNumElements());
            off += w[i].getNumElements();
        }
        return v;
    }
}
