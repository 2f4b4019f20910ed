package org.landscapelab.numerics.networks;

import java.util.ArrayList;
import java.util.List;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Checks;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * A deep linear network W_{h:1} = W_h⋯W_1 with W_i ∈ R^{d_i×d_{i−1}}, data X ∈ R^{d_0×n}, Y ∈ R^{d_h×n}, and the loss
 * ℓ(Z) = ½ Σ_ij Ω_ij (Z_ij − Y_ij)² of Z = W_{h:1}X (math.md §1, §2.5). With Ω = all ones this is the squared loss
 * L(W) = ½‖W_{h:1}X − Y‖_F² (NR's convention: with the ½).
 *
 * <p>Weights are passed as the list [W_1, …, W_h]. Parameters are numbered layer by layer, each W_i row-major; the
 * Hessian uses that order. No argument is modified.
 */
public final class LinearNetwork {

    private final DMatrixRMaj x;
    private final DMatrixRMaj y;
    private final DMatrixRMaj omega;
    private final boolean squared;

    private LinearNetwork(Matrix x, Matrix y, Matrix omega, boolean squared) {
        this.x = Ejml.dense(x);
        this.y = Ejml.dense(y);
        this.omega = Ejml.dense(omega);
        this.squared = squared;
    }

    /** L(W) = ½‖W_{h:1}X − Y‖_F². */
    public static LinearNetwork squaredLoss(Matrix x, Matrix y) throws NumericsException {
        data(x, y);
        double[] ones = new double[y.rows() * y.cols()];
        java.util.Arrays.fill(ones, 1);
        return new LinearNetwork(x, y, new Matrix(y.rows(), y.cols(), ones), true);
    }

    /** ℓ(Z) = ½ Σ Ω_ij (Z_ij − Y_ij)², convex because Ω ≥ 0 is required. */
    public static LinearNetwork weightedLoss(Matrix x, Matrix y, Matrix omega) throws NumericsException {
        data(x, y);
        Checks.valid(omega, "Ω");
        if (omega.rows() != y.rows() || omega.cols() != y.cols()) {
            throw new NumericsException("Ω is " + omega.shape() + " but Y is " + y.shape() + ": they must match.");
        }
        for (double w : omega.data()) {
            if (w < 0) {
                throw new NumericsException("Ω has a negative entry; the weights must be ≥ 0 for a convex loss.");
            }
        }
        return new LinearNetwork(x, y, omega, false);
    }

    private static void data(Matrix x, Matrix y) throws NumericsException {
        Checks.valid(x, "X");
        Checks.valid(y, "Y");
        if (x.cols() != y.cols()) {
            throw new NumericsException("X has " + x.cols() + " columns (samples) but Y has " + y.cols() + ".");
        }
    }

    /** L(W). */
    public double loss(List<Matrix> weights) throws NumericsException {
        return state(weights).loss();
    }

    /** ∇_{W_i} L = W_{h:i+1}ᵀ G W_{i−1:1}ᵀ with G = ∇ℓ(Z) Xᵀ, one matrix per layer. */
    public List<Matrix> gradient(List<Matrix> weights) throws NumericsException {
        NetworkState s = state(weights);
        List<Matrix> g = new ArrayList<>();
        for (int i = 1; i <= s.depth(); i++) {
            g.add(Ejml.matrix(s.gradient(i)));
        }
        return g;
    }

    /** ‖∇L‖ over all parameters. */
    public double gradientNorm(List<Matrix> weights) throws NumericsException {
        NetworkState s = state(weights);
        double sum = 0;
        for (int i = 1; i <= s.depth(); i++) {
            double n = Ejml.normF(s.gradient(i));
            sum += n * n;
        }
        return Math.sqrt(sum);
    }

    /**
     * Q(Δ) = d²/dt² L(W + tΔ) at t = 0, from the expansion ∏(W_i + tΔ_i) = C_0 + tC_1 + t²C_2 + …:
     * Q(Δ) = Σ Ω ∘ (C_1X)² + 2⟨∇ℓ(Z), C_2X⟩.
     */
    public double secondDerivative(List<Matrix> weights, List<Matrix> direction) throws NumericsException {
        NetworkState s = state(weights);
        NetworkState.shapesMatch(weights, direction);
        return NetworkHessian.quadraticForm(s, direction);
    }

    /** The exact Hessian by polarization of Q (not finite differences); at most 2000 parameters. */
    public double[][] hessian(List<Matrix> weights) throws NumericsException {
        return hessian(state(weights));
    }

    /** The Hessian's eigenvalues in ascending order (symmetric eigen-decomposition, sorted here). */
    public double[] hessianEigenvalues(List<Matrix> weights) throws NumericsException {
        return NetworkHessian.eigenvalues(hessian(weights));
    }

    /**
     * Gradient test, then Hessian inertia, then (squared loss) comparison with the closed-form L*; see
     * {@link CriticalPoint.Kind}. At most {@link Tolerances#MAX_HESSIAN_PARAMETERS} parameters.
     */
    public CriticalPoint classify(List<Matrix> weights) throws NumericsException {
        NetworkState s = state(weights);
        double gradNorm2 = 0;
        for (int i = 1; i <= s.depth(); i++) {
            gradNorm2 += Math.pow(Ejml.normF(s.gradient(i)), 2);
        }
        boolean critical = Math.sqrt(gradNorm2) <= Tolerances.GRADIENT_RELATIVE * gradientScale(s.w);
        double lStar = Double.NaN;
        if (squared) {
            int[] widths = new int[weights.size() + 1];
            widths[0] = x.numRows;
            for (int i = 0; i < weights.size(); i++) {
                widths[i + 1] = weights.get(i).rows();
            }
            lStar = ReducedRankRegression.globalOptimum(Ejml.matrix(x), Ejml.matrix(y), widths)
                    .value();
        }
        double lossTolerance = Tolerances.LOSS_RELATIVE * Math.max(1, Math.pow(Ejml.normF(y), 2) / 2);
        return CriticalPoint.of(
                s.loss(), Math.sqrt(gradNorm2), critical, NetworkHessian.eigenvalues(hessian(s)), lStar, lossTolerance);
    }

    private double[][] hessian(NetworkState s) throws NumericsException {
        if (s.parameterCount() > Tolerances.MAX_HESSIAN_PARAMETERS) {
            throw new NumericsException("This network has " + s.parameterCount() + " parameters; the Hessian is "
                    + "computed for at most " + Tolerances.MAX_HESSIAN_PARAMETERS + ".");
        }
        return NetworkHessian.assemble(s);
    }

    public boolean isSquared() {
        return squared;
    }

    public DMatrixRMaj x() {
        return x;
    }

    public DMatrixRMaj y() {
        return y;
    }

    public DMatrixRMaj omega() {
        return omega;
    }

    /** The validated state at the given weights (shapes and values checked). */
    public NetworkState validatedState(List<Matrix> weights) throws NumericsException {
        return state(weights);
    }

    /** The Hessian at a state, refusing more than {@link Tolerances#MAX_HESSIAN_PARAMETERS} parameters. */
    public double[][] hessianAt(NetworkState s) throws NumericsException {
        return hessian(s);
    }

    /** The state at already validated weights w[1..h] (w[0] unused), for iterative methods. */
    public NetworkState state(DMatrixRMaj[] w) {
        return new NetworkState(w, x, y, omega);
    }

    /** max(1, ‖Y‖_F‖X‖_F∏‖W_i‖_F): the scale of the gradient test (math.md §7.3). */
    public double gradientScale(DMatrixRMaj[] w) {
        double s = Ejml.normF(y) * Ejml.normF(x);
        for (int i = 1; i < w.length; i++) {
            s *= Ejml.normF(w[i]);
        }
        return Math.max(1, s);
    }

    private NetworkState state(List<Matrix> weights) throws NumericsException {
        return NetworkState.of(weights, x, y, omega);
    }
}
