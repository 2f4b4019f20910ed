package org.landscapelab.numerics.critical;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.numerics.Budget;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Svd;
import org.landscapelab.numerics.networks.CriticalPoint;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.ReducedRankRegression;

/**
 * Every critical family of the two-layer loss L(W1, W2) = ½‖W2W1X − Y‖_F², W1 ∈ R^{d1×d0}, W2 ∈ R^{d2×d1}, for any X
 * and Y (math.md §4.2), with its classification and, at degenerate points, the negative-curvature certificate of §4.3.
 *
 * <p><b>Reduction.</b> X = U_x S_x V_xᵀ (compact, rank ρ), T = Y V_x with SVD T = Σ σ_i u_i v_iᵀ (σ_i(T) = σ_i(YP_X)).
 * (W1, W2) is critical iff W2W1U_xS_x = U_JΣ_JV_Jᵀ for an index set J of nonzero singular triplets, |J| ≤ d1 (plus
 * the conditions W2ᵀu_i = 0, B v_i = 0 for i ∉ J). <b>Canonical representative</b> of the family J = (j1 &lt; … &lt; jq):
 * W2 = [U_JΣ_J^{1/2}, 0], W1 = [Σ_J^{1/2}V_Jᵀ; 0]S_x⁻¹U_xᵀ; the rest of the family is its orbit under
 * (W1, W2) → (GW1, W2G⁻¹), G ∈ GL(d1), plus any N with NU_x = 0 added to W1. Value: ½(‖Y‖² − Σ_{i∈J} σ_i²). With
 * repeated σ's the family is a continuum and J indexes the SVD's basis choice (§7.4).
 *
 * <p><b>Certificate</b> (degenerate: rank W2W1 = |J| &lt; d_min). With z ∈ N(W1ᵀ) (or z ∈ N(W2)), ‖z‖ = 1, G = (W2W1X −
 * Y)Xᵀ and (u, v) the top singular pair of −G, s = σ_1(G): on the plane ΔW1 = a·zvᵀ, ΔW2 = b·uzᵀ the Hessian is
 * [[c, −s], [−s, 0]] with c = ‖W2zvᵀX‖² (for z ∈ N(W2): [[0, −s], [−s, c]], c = ‖uzᵀW1X‖²), so
 * λ_min(H) ≤ (c − √(c² + 4s²))/2 &lt; 0 whenever G ≠ 0 (Corollary 6).
 */
public final class TwoLayerCriticalPoints {

    /**
     * The explicit negative-curvature direction at a degenerate critical point.
     *
     * @param direction [ΔW1, ΔW2] of Frobenius norm 1, the eigenvector of the 2×2 block for its negative eigenvalue
     * @param c         the curvature of the pure-z part
     * @param s         σ_1(G), G = ∇ℓ(W2W1) = (W2W1X − Y)Xᵀ
     * @param bound     (c − √(c² + 4s²))/2, the 2×2 block's smaller eigenvalue: λ_min(H) ≤ bound
     * @param curvature d²/dt² L(W + t·direction) at 0, re-measured by {@link LinearNetwork#secondDerivative}
     */
    public record Certificate(List<Matrix> direction, double c, double s, double bound, double curvature) {
        public Certificate {
            direction = List.copyOf(direction);
        }
    }

    /**
     * One critical family.
     *
     * @param indexSet       J, 1-based indices into the singular values of YP_X
     * @param loss           ½(‖Y‖² − Σ_{i∈J} σ_i²)
     * @param rank           rank W2W1 = |J|
     * @param degenerate     rank &lt; d_min = min(d0, d1, d2)
     * @param classification gradient test, exact Hessian inertia and verdict at the canonical representative
     * @param representative [W1, W2], the canonical (balanced) representative
     * @param certificate    the §4.3 direction at degenerate non-global points
     */
    public record Family(
            List<Integer> indexSet,
            double loss,
            int rank,
            boolean degenerate,
            CriticalPoint classification,
            List<Matrix> representative,
            Optional<Certificate> certificate) {
        public Family {
            indexSet = List.copyOf(indexSet);
            representative = List.copyOf(representative);
        }

        public CriticalPoint.Kind kind() {
            return classification.kind();
        }

        /** The smallest Hessian eigenvalue at the representative. */
        public double minEigenvalue() {
            return classification.eigenvalues()[0];
        }
    }

    /**
     * All families for (X, Y, d1).
     *
     * @param singularValues the nonzero σ_i(YP_X), descending
     * @param rankX          ρ = rank X
     * @param unfittable     ½‖Y(I − P_X)‖², the part no network can fit
     * @param globalValue    L* of §4.1 (r = d_min)
     */
    public record Enumeration(
            double[] singularValues, int rankX, double unfittable, double globalValue, List<Family> families) {
        public Enumeration {
            singularValues = singularValues.clone();
            families = List.copyOf(families);
        }

        @Override
        public double[] singularValues() {
            return singularValues.clone();
        }
    }

    private TwoLayerCriticalPoints() {}

    /** Enumerates every J with |J| ≤ d1 (at most {@link Tolerances#MAX_CRITICAL_FAMILIES} of them). */
    public static Enumeration enumerate(
            Matrix x, Matrix y, int d1, Instant deadline, BooleanSupplier cancelled, DoubleConsumer progress)
            throws NumericsException {
        LinearNetwork net = LinearNetwork.squaredLoss(x, y);
        Budget budget = new Budget(deadline, cancelled, progress);
        if (d1 < 1 || d1 > Tolerances.MAX_SIDE) {
            throw new NumericsException("The hidden width d1 must lie between 1 and " + Tolerances.MAX_SIDE + ".");
        }
        int d0 = x.rows();
        int d2 = y.rows();
        Svd sx = Svd.of(Ejml.dense(x));
        int rho = sx.rank(Tolerances.rank(x.frobeniusNorm()));
        DMatrixRMaj ux = Ejml.columns(sx.u, 0, rho);
        DMatrixRMaj vx = Ejml.columns(sx.v, 0, rho);
        DMatrixRMaj yd = Ejml.dense(y);
        DMatrixRMaj t = Ejml.mult(yd, vx); // T = Y V_x, d2 × ρ
        Svd st = Svd.of(t);
        int rankT = st.rank(Tolerances.rank(y.frobeniusNorm()));
        double[] sigma = java.util.Arrays.copyOf(st.sigma, rankT);
        double unfittable = Math.pow(Ejml.normF(Ejml.minus(yd, Ejml.multTransB(t, vx))), 2) / 2;
        double normY2 = Math.pow(y.frobeniusNorm(), 2);
        int dMin = Math.min(d0, Math.min(d1, d2));
        double lStar = ReducedRankRegression.globalOptimum(x, y, d0, d1, d2).value();

        List<int[]> subsets = subsets(rankT, Math.min(d1, rankT));
        if (subsets.size() > Tolerances.MAX_CRITICAL_FAMILIES) {
            throw new NumericsException("There are more than " + Tolerances.MAX_CRITICAL_FAMILIES
                    + " critical families here; at most " + Tolerances.MAX_CRITICAL_FAMILIES
                    + " are listed. Use a smaller Y or a narrower hidden layer.");
        }
        List<Family> families = new ArrayList<>();
        for (int f = 0; f < subsets.size(); f++) {
            budget.check();
            budget.report((double) f / subsets.size());
            int[] j = subsets.get(f);
            // W2 = [U_JΣ_J^{1/2}, 0], W1 = [Σ_J^{1/2}V_Jᵀ; 0] S_x⁻¹ U_xᵀ
            DMatrixRMaj w2 = new DMatrixRMaj(d2, d1);
            DMatrixRMaj b = new DMatrixRMaj(d1, rho); // [Σ_J^{1/2}V_Jᵀ; 0]
            double value = normY2;
            List<Integer> indexSet = new ArrayList<>();
            for (int q = 0; q < j.length; q++) {
                double root = Math.sqrt(sigma[j[q]]);
                value -= sigma[j[q]] * sigma[j[q]];
                indexSet.add(j[q] + 1);
                for (int i = 0; i < d2; i++) {
                    w2.unsafe_set(i, q, st.u.unsafe_get(i, j[q]) * root);
                }
                for (int c = 0; c < rho; c++) {
                    b.unsafe_set(q, c, st.v.unsafe_get(c, j[q]) * root / sx.sigma[c]);
                }
            }
            DMatrixRMaj w1 = Ejml.multTransB(b, ux);
            List<Matrix> rep = List.of(Ejml.matrix(w1), Ejml.matrix(w2));
            CriticalPoint cp = net.classify(rep);
            boolean degenerate = j.length < dMin;
            Optional<Certificate> cert = degenerate && cp.kind() != CriticalPoint.Kind.GLOBAL_MINIMUM
                    ? Optional.of(certificate(net, rep, x, y))
                    : Optional.empty();
            families.add(new Family(indexSet, value / 2, j.length, degenerate, cp, rep, cert));
        }
        budget.report(1);
        return new Enumeration(sigma, rho, unfittable, lStar, families);
    }

    /** The §4.3 certificate at a degenerate critical point [W1, W2]; public tests re-check it. */
    static Certificate certificate(LinearNetwork net, List<Matrix> w, Matrix x, Matrix y) throws NumericsException {
        DMatrixRMaj w1 = Ejml.dense(w.get(0));
        DMatrixRMaj w2 = Ejml.dense(w.get(1));
        DMatrixRMaj xd = Ejml.dense(x);
        double scale = Math.max(1, Ejml.normF(w1) * Ejml.normF(w2));
        double tau = Tolerances.rank(Ejml.normF(w1), Ejml.normF(w2));
        // G = (W2W1X − Y)Xᵀ and its top singular pair; −G = s·u vᵀ + … with u = −u_G, v = v_G
        DMatrixRMaj g = Ejml.multTransB(Ejml.minus(Ejml.mult(Ejml.mult(w2, w1), xd), Ejml.dense(y)), xd);
        Svd sg = Svd.of(g);
        double s = sg.sigma.length == 0 ? 0 : sg.sigma[0];
        if (!(s > Tolerances.rank(scale, Ejml.normF(g)))) {
            throw new NumericsException("∇ℓ(W2W1) = 0 here, so the point is a global minimum: no certificate.");
        }
        int d0 = w1.numCols;
        int d1 = w1.numRows;
        int d2 = w2.numRows;
        double[] u = new double[d2];
        double[] v = new double[d0];
        for (int i = 0; i < d2; i++) {
            u[i] = -sg.u.unsafe_get(i, 0);
        }
        for (int i = 0; i < d0; i++) {
            v[i] = sg.v.unsafe_get(i, 0);
        }
        DMatrixRMaj leftNull = Svd.of(w1).leftNullSpace(tau); // N(W1ᵀ) ⊆ R^{d1}
        boolean viaW1 = leftNull.numCols > 0;
        DMatrixRMaj zBasis = viaW1 ? leftNull : Svd.of(w2).nullSpace(tau); // else N(W2)
        if (zBasis.numCols == 0) {
            throw new NumericsException("W1 has full row rank and W2 full column rank: the point is not degenerate.");
        }
        double[] z = new double[d1];
        for (int i = 0; i < d1; i++) {
            z[i] = zBasis.unsafe_get(i, 0);
        }
        // c = ‖W2 z vᵀ X‖² (z ∈ N(W1ᵀ)) or ‖u zᵀ W1 X‖² (z ∈ N(W2))
        DMatrixRMaj pure =
                viaW1 ? outer(Ejml.mult(w2, column(z)).data, v) : outer(u, Ejml.multTransA(w1, column(z)).data);
        double c = Math.pow(Ejml.normF(Ejml.mult(pure, xd)), 2);
        double bound = (c - Math.sqrt(c * c + 4 * s * s)) / 2;
        // eigenvector of [[c, −s], [−s, 0]] (via W1) for λ: (c − λ)a = s b; via W2 the roles of a and b swap
        double p = 1;
        double q = (c - bound) / s;
        double norm = Math.hypot(p, q);
        double a = (viaW1 ? p : q) / norm;
        double bb = (viaW1 ? q : p) / norm;
        Matrix dw1 = Ejml.matrix(outer(z, v)).scale(a);
        Matrix dw2 = Ejml.matrix(outer(u, z)).scale(bb);
        List<Matrix> direction = List.of(dw1, dw2);
        return new Certificate(direction, c, s, bound, net.secondDerivative(w, direction));
    }

    private static DMatrixRMaj column(double[] a) {
        return new DMatrixRMaj(a.length, 1, true, a);
    }

    private static DMatrixRMaj outer(double[] a, double[] b) {
        DMatrixRMaj o = new DMatrixRMaj(a.length, b.length);
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < b.length; j++) {
                o.unsafe_set(i, j, a[i] * b[j]);
            }
        }
        return o;
    }

    /** All subsets of {0, …, n−1} of size ≤ maxSize, by size then lexicographically. */
    private static List<int[]> subsets(int n, int maxSize) {
        List<int[]> out = new ArrayList<>();
        for (int size = 0; size <= maxSize; size++) {
            collect(out, new int[size], 0, 0, n);
            if (out.size() > Tolerances.MAX_CRITICAL_FAMILIES) {
                break;
            }
        }
        return out;
    }

    private static void collect(List<int[]> out, int[] cur, int pos, int from, int n) {
        if (pos == cur.length) {
            out.add(cur.clone());
            return;
        }
        for (int i = from; i < n; i++) {
            cur[pos] = i;
            collect(out, cur, pos + 1, i + 1, n);
        }
    }
}
