package org.landscapelab.numerics.networks;

import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.jspecify.annotations.Nullable;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Unimodular;

/**
 * Changes of variables that leave the loss of a deep linear network as it was, to give a point a new face while its
 * kind stays: between layers, W_{i+1} ↦ W_{i+1}A⁻¹ and W_i ↦ AW_i for an integer A of determinant ±1 (the product
 * W_h⋯W_1 stays); on the data, X ↦ PXQ, Y ↦ UYQ and Ω ↦ |U|Ω|Q| with W_1 ↦ W_1P⁻¹ and W_h ↦ UW_h for signed
 * permutations P, Q, U (the residual becomes U(W_h⋯W_1X − Y)Q: the same entries up to order and sign, so the same
 * weighted loss).
 *
 * <p>A linear change of variables maps critical points to critical points, keeps the Hessian's inertia there
 * (Sylvester's law) and maps descent curves to descent curves, so a minimum stays a minimum and a saddle a saddle of
 * the same kind. Entries stay whole numbers when they were.
 */
public final class LossSymmetries {

    private LossSymmetries() {}

    /**
     * A point with its data and loss.
     *
     * @param x inputs, d0×n
     * @param y targets, dh×n
     * @param omega the weights of ½ Σ Ω_ij (Z − Y)_ij²; null for the squared loss (all weights 1)
     * @param weights W1…Wh
     */
    public record Instance(Matrix x, Matrix y, @Nullable Matrix omega, List<Matrix> weights) {

        public Instance {
            weights = List.copyOf(weights);
        }

        public LinearNetwork network() throws NumericsException {
            return omega == null ? LinearNetwork.squaredLoss(x, y) : LinearNetwork.weightedLoss(x, y, omega);
        }
    }

    /** {@code instance} moved by symmetries drawn from {@code seed}; the same seed gives the same instance. */
    public static Instance move(Instance instance, long seed) {
        Random rnd = new Random(seed);
        List<Matrix> w = new ArrayList<>(instance.weights());
        int h = w.size();
        // W_{i+1}A⁻¹, AW_i between layers i and i+1, A of the hidden width d_i
        for (int i = 0; i < h - 1; i++) {
            int[][][] a = Unimodular.random(w.get(i).rows(), rnd, true);
            w.set(i, Unimodular.matrix(a[0]).times(w.get(i)));
            w.set(i + 1, w.get(i + 1).times(Unimodular.matrix(a[1])));
        }
        int[][][] p = Unimodular.random(instance.x().rows(), rnd, false);
        int[][][] q = Unimodular.random(instance.x().cols(), rnd, false);
        int[][][] u = Unimodular.random(instance.y().rows(), rnd, false);
        Matrix pm = Unimodular.matrix(p[0]);
        Matrix qm = Unimodular.matrix(q[0]);
        Matrix um = Unimodular.matrix(u[0]);
        w.set(0, w.get(0).times(Unimodular.matrix(p[1])));
        w.set(h - 1, um.times(w.get(h - 1)));
        Matrix omega = instance.omega();
        return new Instance(
                pm.times(instance.x()).times(qm),
                um.times(instance.y()).times(qm),
                omega == null ? null : abs(um).times(omega).times(abs(qm)),
                w);
    }

    private static Matrix abs(Matrix m) {
        double[] d = m.data();
        for (int i = 0; i < d.length; i++) {
            d[i] = Math.abs(d[i]);
        }
        return new Matrix(m.rows(), m.cols(), d);
    }
}
