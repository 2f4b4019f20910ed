package org.landscapelab.numerics.landscape;

import java.time.Instant;
import java.util.List;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.numerics.Budget;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.NetworkState;

/**
 * The loss on an N×N grid through a point W along two directions: L(W + αD1 + βD2) for α ∈ [−a, a], β ∈ [−b, b].
 *
 * <p>For a fixed β the layers are V_i + αD1_i with V_i = W_i + βD2_i, so the residual is a matrix polynomial in α:
 * ∏_i (V_i + αD1_i)X − Y = Σ_{k=0}^{h} α^k R_k, with R_k from the recursion P_k ← V_iP_k + D1_iP_{k−1} (P = X at the
 * start). Each row costs h small products; each grid point then costs one Horner evaluation per residual entry and
 * ½ Σ Ω ∘ R(α)². Every work array is allocated once per call.
 */
public final class LandscapeSlice {

    /**
     * The grid.
     *
     * @param alphas α_0 … α_{N−1}, evenly spaced in [−a, a]
     * @param betas  β_0 … β_{N−1}, evenly spaced in [−b, b]
     * @param loss   loss[j][i] = L(W + α_i D1 + β_j D2)
     */
    public record Slice(double[] alphas, double[] betas, double[][] loss, double min, double max) {
        public Slice {
            alphas = alphas.clone();
            betas = betas.clone();
            double[][] c = new double[loss.length][];
            for (int j = 0; j < loss.length; j++) {
                c[j] = loss[j].clone();
            }
            loss = c;
        }

        @Override
        public double[] alphas() {
            return alphas.clone();
        }

        @Override
        public double[] betas() {
            return betas.clone();
        }

        @Override
        public double[][] loss() {
            double[][] c = new double[loss.length][];
            for (int j = 0; j < loss.length; j++) {
                c[j] = loss[j].clone();
            }
            return c;
        }
    }

    private LandscapeSlice() {}

    /** The N×N grid, 2 ≤ N ≤ {@link Tolerances#MAX_SLICE_SIDE}; radii must be positive and finite. */
    public static Slice compute(
            LinearNetwork net,
            List<Matrix> weights,
            List<Matrix> d1,
            List<Matrix> d2,
            double radius1,
            double radius2,
            int n,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        if (net == null) {
            throw new IllegalArgumentException("net is null");
        }
        Budget budget = new Budget(deadline, cancelled, progress);
        NetworkState s = net.validatedState(weights);
        NetworkState.shapesMatch(weights, d1);
        NetworkState.shapesMatch(weights, d2);
        if (n < 2 || n > Tolerances.MAX_SLICE_SIDE) {
            throw new NumericsException(
                    "The grid needs between 2 and " + Tolerances.MAX_SLICE_SIDE + " points per side.");
        }
        if (!(radius1 > 0) || !(radius2 > 0) || !Double.isFinite(radius1) || !Double.isFinite(radius2)) {
            throw new NumericsException("The ranges of the two directions must be positive numbers.");
        }
        int h = s.depth();
        DMatrixRMaj x = net.x();
        double[] y = net.y().data;
        double[] omega = net.omega().data;
        int samples = x.numCols;
        int maxRows = x.numRows;
        double[][] w = new double[h + 1][];
        double[][] a = new double[h + 1][];
        double[][] b = new double[h + 1][];
        double[][] v = new double[h + 1][];
        int[] rows = new int[h + 1];
        int[] cols = new int[h + 1];
        for (int i = 1; i <= h; i++) {
            w[i] = s.w[i].data;
            a[i] = Ejml.dense(d1.get(i - 1)).data;
            b[i] = Ejml.dense(d2.get(i - 1)).data;
            rows[i] = s.w[i].numRows;
            cols[i] = s.w[i].numCols;
            v[i] = new double[rows[i] * cols[i]];
            maxRows = Math.max(maxRows, rows[i]);
        }
        // ping-pong buffers for the coefficients P_0 … P_h, each up to maxRows × samples
        double[][] cur = new double[h + 1][maxRows * samples];
        double[][] next = new double[h + 1][maxRows * samples];
        int size = rows[h] * samples;
        double[] alphas = grid(radius1, n);
        double[] betas = grid(radius2, n);
        double[][] loss = new double[n][n];
        double min = Double.POSITIVE_INFINITY;
        double max = Double.NEGATIVE_INFINITY;
        for (int j = 0; j < n; j++) {
            budget.check();
            budget.report((double) j / n);
            double beta = betas[j];
            for (int i = 1; i <= h; i++) {
                for (int e = 0; e < v[i].length; e++) {
                    v[i][e] = w[i][e] + beta * b[i][e]; // V_i = W_i + βD2_i
                }
            }
            System.arraycopy(x.data, 0, cur[0], 0, x.numRows * samples);
            int degree = 0;
            for (int i = 1; i <= h; i++) {
                // P'_k = V_i P_k + D1_i P_{k−1}, k = 0 … degree + 1
                for (int k = 0; k <= degree + 1; k++) {
                    java.util.Arrays.fill(next[k], 0, rows[i] * samples, 0);
                    if (k <= degree) {
                        multAdd(v[i], rows[i], cols[i], cur[k], samples, next[k]);
                    }
                    if (k >= 1) {
                        multAdd(a[i], rows[i], cols[i], cur[k - 1], samples, next[k]);
                    }
                }
                double[][] t = cur;
                cur = next;
                next = t;
                degree++;
            }
            for (int e = 0; e < size; e++) {
                cur[0][e] -= y[e]; // R_0 = P_0 − Y
            }
            double[] row = loss[j];
            for (int i = 0; i < n; i++) {
                double alpha = alphas[i];
                double sum = 0;
                for (int e = 0; e < size; e++) {
                    double res = cur[h][e];
                    for (int k = h - 1; k >= 0; k--) {
                        res = res * alpha + cur[k][e];
                    }
                    sum += omega[e] * res * res;
                }
                double l = sum / 2;
                row[i] = l;
                min = Math.min(min, l);
                max = Math.max(max, l);
            }
        }
        budget.report(1);
        return new Slice(alphas, betas, loss, min, max);
    }

    /** out (r × c2) += A (r × c) · B (c × c2), row-major. */
    private static void multAdd(double[] a, int r, int c, double[] b, int c2, double[] out) {
        for (int i = 0; i < r; i++) {
            int ri = i * c;
            int oi = i * c2;
            for (int l = 0; l < c; l++) {
                double f = a[ri + l];
                if (f == 0) {
                    continue;
                }
                int bl = l * c2;
                for (int j = 0; j < c2; j++) {
                    out[oi + j] += f * b[bl + j];
                }
            }
        }
    }

    private static double[] grid(double radius, int n) {
        double[] g = new double[n];
        for (int i = 0; i < n; i++) {
            g[i] = -radius + 2 * radius * i / (n - 1);
        }
        return g;
    }
}
