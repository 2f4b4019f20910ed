package org.landscapelab.numerics.networks;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Svd;

/**
 * The closed-form global minimum of ½‖W_{h:1}X − Y‖_F² over networks of widths (d_0, …, d_h), for any X and Y
 * (math.md §4.1): with P_X = X⁺X and r = d_min,
 * L* = ½‖Y(I − P_X)‖_F² + ½ Σ_{i>r} σ_i(YP_X)², attained at W_{h:1} = [YP_X]_r X⁺.
 */
public final class ReducedRankRegression {

    /**
     * L*, r = d_min, one minimiser [W_1, …, W_h], and the two parts of L* (for a worked solution).
     *
     * @param unfittable ½‖Y(I − P_X)‖_F², the part of Y no linear map of X reaches
     * @param singularValues σ(YP_X), largest first; L* = unfittable + ½ Σ_{i>r} σ_i²
     */
    public record GlobalOptimum(
            double value, int rank, List<Matrix> minimiser, double unfittable, List<Double> singularValues) {
        public GlobalOptimum {
            minimiser = List.copyOf(minimiser);
            singularValues = List.copyOf(singularValues);
        }
    }

    private ReducedRankRegression() {}

    /** {@code widths} = (d_0, …, d_h) with d_0 = rows of X and d_h = rows of Y. */
    public static GlobalOptimum globalOptimum(Matrix x, Matrix y, int... widths) throws NumericsException {
        LinearNetwork.squaredLoss(x, y); // validates X and Y
        if (widths == null || widths.length < 2 || widths.length > Tolerances.MAX_DEPTH + 1) {
            throw new NumericsException("Give the widths d_0, …, d_h of 1 to " + Tolerances.MAX_DEPTH + " layers.");
        }
        if (widths[0] != x.rows() || widths[widths.length - 1] != y.rows()) {
            throw new NumericsException("The first width must be the rows of X (" + x.rows()
                    + ") and the last the rows of Y (" + y.rows() + ").");
        }
        int r = Integer.MAX_VALUE;
        for (int d : widths) {
            if (d < 1 || d > Tolerances.MAX_SIDE) {
                throw new NumericsException("Every width must lie between 1 and " + Tolerances.MAX_SIDE + ".");
            }
            r = Math.min(r, d);
        }
        // X = U_x S_x V_xᵀ (compact, rank ρ with the one tolerance); P_X = V_xV_xᵀ, X⁺ = V_x S_x⁻¹ U_xᵀ
        DMatrixRMaj xd = Ejml.dense(x);
        Svd sx = Svd.of(xd);
        int rho = sx.rank(Tolerances.rank(x.frobeniusNorm()));
        DMatrixRMaj vx = Ejml.columns(sx.v, 0, rho);
        DMatrixRMaj pinv = Ejml.multTransB(scaledColumns(vx, sx.sigma, -1), Ejml.columns(sx.u, 0, rho));
        DMatrixRMaj yd = Ejml.dense(y);
        DMatrixRMaj yp = Ejml.multTransB(Ejml.mult(yd, vx), vx); // Y P_X
        double unfittable = square(Ejml.normF(Ejml.minus(yd, yp))) / 2; // ½‖Y(I − P_X)‖²
        Svd s = Svd.of(yp);
        double tail = 0;
        for (int i = r; i < s.sigma.length; i++) {
            tail += s.sigma[i] * s.sigma[i] / 2;
        }
        int q = Math.min(r, s.sigma.length);
        List<Double> sigma = new ArrayList<>();
        for (double v : s.sigma) {
            sigma.add(v);
        }
        return new GlobalOptimum(unfittable + tail, r, factor(s, q, pinv, widths), unfittable, sigma);
    }

    /** W_h = [U_qΣ_q^{1/2}, 0], W_1 = [Σ_q^{1/2}V_qᵀX⁺; 0], middle layers [[I_q, 0], [0, 0]]. */
    private static List<Matrix> factor(Svd s, int q, DMatrixRMaj pinv, int[] widths) {
        int h = widths.length - 1;
        DMatrixRMaj left = scaledColumns(Ejml.columns(s.u, 0, q), s.sigma, 0.5); // U_qΣ_q^{1/2}
        DMatrixRMaj right = Ejml.transpose(Ejml.mult(
                Ejml.transpose(pinv), scaledColumns(Ejml.columns(s.v, 0, q), s.sigma, 0.5))); // Σ_q^{1/2}V_qᵀX⁺
        List<Matrix> w = new ArrayList<>();
        if (h == 1) {
            w.add(Ejml.matrix(Ejml.mult(left, right)));
            return w;
        }
        for (int i = 1; i <= h; i++) {
            DMatrixRMaj wi = new DMatrixRMaj(widths[i], widths[i - 1]);
            if (i == 1) {
                CommonOps_DDRM.insert(right, wi, 0, 0);
            } else if (i == h) {
                CommonOps_DDRM.insert(left, wi, 0, 0);
            } else {
                for (int d = 0; d < q; d++) {
                    wi.set(d, d, 1);
                }
            }
            w.add(Ejml.matrix(wi));
        }
        return w;
    }

    /** A·diag(σ_1^e, …) over the columns of A. */
    private static DMatrixRMaj scaledColumns(DMatrixRMaj a, double[] sigma, double exponent) {
        DMatrixRMaj b = a.copy();
        for (int j = 0; j < a.numCols; j++) {
            double f = Math.pow(sigma[j], exponent);
            for (int i = 0; i < a.numRows; i++) {
                b.unsafe_set(i, j, a.unsafe_get(i, j) * f);
            }
        }
        return b;
    }

    private static double square(double v) {
        return v * v;
    }
}
