package org.landscapelab.numerics.networks;

import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Checks;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;

/** One evaluation point W: the partial products W_{i:1}, W_{h:i+1}, the residual and G = ∇ℓ(Z)Xᵀ. */
public final class NetworkState {

    public final DMatrixRMaj[] w; // w[i] = W_i, i = 1..h (w[0] unused)
    public final DMatrixRMaj[] below; // below[i] = W_{i:1}, below[0] = I_{d0}
    public final DMatrixRMaj[] above; // above[i] = W_{h:i+1}, above[h] = I_{dh}
    public final DMatrixRMaj x;
    public final DMatrixRMaj omega;
    public final DMatrixRMaj residual; // R = W_{h:1}X − Y
    public final DMatrixRMaj lossGradient; // ∇ℓ(Z) = Ω ∘ R
    public final DMatrixRMaj g; // G = ∇ℓ(Z) Xᵀ

    /** Unchecked: w[1..h] must chain from X to Y (callers validated them before). */
    public NetworkState(DMatrixRMaj[] w, DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj omega) {
        int h = w.length - 1;
        this.w = w;
        this.x = x;
        this.omega = omega;
        below = new DMatrixRMaj[h + 1];
        above = new DMatrixRMaj[h + 1];
        below[0] = CommonOps_DDRM.identity(x.numRows);
        for (int i = 1; i <= h; i++) {
            below[i] = Ejml.mult(w[i], below[i - 1]);
        }
        above[h] = CommonOps_DDRM.identity(y.numRows);
        for (int i = h; i >= 1; i--) {
            above[i - 1] = Ejml.mult(above[i], w[i]);
        }
        residual = Ejml.minus(Ejml.mult(below[h], x), y);
        lossGradient = new DMatrixRMaj(residual.numRows, residual.numCols);
        CommonOps_DDRM.elementMult(omega, residual, lossGradient);
        g = Ejml.multTransB(lossGradient, x);
    }

    public static NetworkState of(List<Matrix> weights, DMatrixRMaj x, DMatrixRMaj y, DMatrixRMaj omega)
            throws NumericsException {
        return new NetworkState(layers(weights, x.numRows, y.numRows), x, y, omega);
    }

    /**
     * The layers W_1…W_h as dense matrices w[1..h] (w[0] unused), refused unless they chain from {@code inputRows}
     * (the rows of X) to {@code outputRows} (the rows of Y).
     */
    public static DMatrixRMaj[] layers(List<Matrix> weights, int inputRows, int outputRows) throws NumericsException {
        if (weights == null) {
            throw new IllegalArgumentException("weights is null");
        }
        if (weights.isEmpty() || weights.size() > Tolerances.MAX_DEPTH) {
            throw new NumericsException("A network needs between 1 and " + Tolerances.MAX_DEPTH + " layers.");
        }
        DMatrixRMaj[] w = new DMatrixRMaj[weights.size() + 1];
        int previous = inputRows;
        for (int i = 1; i <= weights.size(); i++) {
            Matrix wi = Checks.valid(weights.get(i - 1), "W" + i);
            if (wi.cols() != previous) {
                throw new NumericsException("W" + i + " is " + wi.shape() + " but needs " + previous + " columns ("
                        + (i == 1 ? "the rows of X" : "the rows of W" + (i - 1)) + ").");
            }
            previous = wi.rows();
            w[i] = Ejml.dense(wi);
        }
        if (previous != outputRows) {
            throw new NumericsException("The last layer has " + previous + " rows but Y has " + outputRows + ".");
        }
        return w;
    }

    /** Δ must have the shapes of W. */
    public static void shapesMatch(List<Matrix> weights, List<Matrix> direction) throws NumericsException {
        if (direction == null || direction.size() != weights.size()) {
            throw new NumericsException("The direction needs one matrix per layer.");
        }
        for (int i = 0; i < weights.size(); i++) {
            Matrix d = Checks.valid(direction.get(i), "Δ" + (i + 1));
            if (d.rows() != weights.get(i).rows() || d.cols() != weights.get(i).cols()) {
                throw new NumericsException("Δ" + (i + 1) + " must have the shape of W" + (i + 1) + ".");
            }
        }
    }

    public int depth() {
        return w.length - 1;
    }

    public int parameterCount() {
        int p = 0;
        for (int i = 1; i <= depth(); i++) {
            p += w[i].getNumElements();
        }
        return p;
    }

    /** ℓ(Z) = ½ Σ Ω_ij R_ij². */
    public double loss() {
        double s = 0;
        for (int i = 0; i < residual.getNumElements(); i++) {
            s += omega.data[i] * residual.data[i] * residual.data[i];
        }
        return s / 2;
    }

    /** ∇_{W_i} L = W_{h:i+1}ᵀ G W_{i−1:1}ᵀ. */
    public DMatrixRMaj gradient(int i) {
        return Ejml.multTransB(Ejml.multTransA(above[i], g), below[i - 1]);
    }
}
