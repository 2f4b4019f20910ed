package org.landscapelab.numerics.openness;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import java.util.function.BooleanSupplier;
import java.util.function.DoubleConsumer;
import org.ejml.data.DMatrixRMaj;
import org.landscapelab.numerics.Budget;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Checks;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Svd;

/**
 * The empirical openness probe of math.md §3.4: an estimate of δ*(ε), the largest δ such that every Z̃ ∈ R_M with
 * ‖Z̃ − W1W2‖_F ≤ δ equals (W1 + A)(W2 + B) with ‖A‖_F, ‖B‖_F ≤ ε; and a verdict from the log-log slope over several ε.
 *
 * <p>The estimate is an <em>upper</em> estimate: only finitely many targets are tried. Targets Z̃ = Π_k'(Z + sD)
 * (truncated SVD, k' = min(m, n, k)) along the directions D: the normal-block directions u_a v_bᵀ and
 * Σ_a u_a v_aᵀ/√p built from U⊥ = C(Z)^⊥ and V⊥ = C(Zᵀ)^⊥, all matrix units E_ij, and 6 seeded Gaussian directions of
 * norm 1. For each direction the largest reachable distance ‖Z̃ − Z‖_F is found by bisection of log s on [1e−8, 1];
 * δ* is the smallest of them (0 if some target at s = 1e−8 is unreachable). Reachability: projected Levenberg–Marquardt
 * on ‖(W1 + A)(W2 + B) − Z̃‖_F from 8 starts, success iff the residual ≤ 10⁻³·dist.
 */
public final class OpennessProbe {

    /**
     * δ*(ε) estimated with {@code targets} target directions; {@code binding} is the direction that set it, empty when
     * every target up to scale 1 was reached (the probe widget words it).
     */
    public record Estimate(double epsilon, double deltaStar, int targets, Optional<Direction> binding) {}

    /** A target direction D of the probe; every index counts from 1. */
    public sealed interface Direction {
        /** u_a v_bᵀ, from the bases of U⊥ = C(Z)^⊥ and V⊥ = C(Zᵀ)^⊥. */
        record NormalBlock(int a, int b) implements Direction {}

        /** Σ_a u_a v_aᵀ/√p over the first p = min(dim U⊥, dim V⊥) pairs (p ≥ 2). */
        record BalancedNormalBlock(int p) implements Direction {}

        /** The matrix unit E_ij. */
        record Unit(int i, int j) implements Direction {}

        /** The {@code index}-th seeded Gaussian direction of norm 1. */
        record Gaussian(int index) implements Direction {}
    }

    /**
     * The estimates for several ε, the least-squares slope of log δ* against log ε (NaN when not open), the verdict
     * (ZERO when δ* = 0 at the smallest ε, LINEAR when the slope is below 1.5, QUADRATIC otherwise).
     */
    public record Classification(List<Estimate> estimates, double slope, LocalOpenness.Rate rate) {
        public Classification {
            estimates = List.copyOf(estimates);
        }
    }

    private static final int RANDOM_TARGETS = 6;
    private static final int BISECTION_STEPS = 22;
    private static final double SMALLEST_SCALE = 1e-8;
    private static final int LM_ITERATIONS = 400;
    private static final int STALL_WINDOW = 10;
    private static final int LOCAL_STEPS = 8;
    private static final double NEAR = 0.98;
    private static final double STALL_RATIO = 0.999;

    private OpennessProbe() {}

    /** ε ∈ {0.1, 0.05, 0.025}, the values of math.md §3.4 step 6. */
    public static double[] defaultEpsilons() {
        return new double[] {0.1, 0.05, 0.025};
    }

    /** δ*(ε) at (W1, W2); the Gaussian directions and starts are drawn from {@code seed}. */
    public static Estimate deltaStar(
            Matrix w1,
            Matrix w2,
            double epsilon,
            long seed,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        check(w1, w2, new double[] {epsilon});
        Budget budget = new Budget(deadline, cancelled, progress);
        Estimate e = new Probe(w1, w2, seed, budget).estimate(epsilon, 0, 1);
        budget.report(1);
        return e;
    }

    /** δ* for each ε (at most 8 values in (0, 1]), the fitted slope and the verdict. */
    public static Classification classify(
            Matrix w1,
            Matrix w2,
            double[] epsilons,
            long seed,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        check(w1, w2, epsilons);
        if (epsilons.length < 2) {
            throw new NumericsException("Give at least two values of ε to fit a slope.");
        }
        Budget budget = new Budget(deadline, cancelled, progress);
        Probe probe = new Probe(w1, w2, seed, budget);
        List<Estimate> estimates = new ArrayList<>();
        for (int i = 0; i < epsilons.length; i++) {
            estimates.add(probe.estimate(epsilons[i], (double) i / epsilons.length, 1.0 / epsilons.length));
        }
        budget.report(1);
        Estimate smallest = estimates.get(0);
        for (Estimate e : estimates) {
            smallest = e.epsilon() < smallest.epsilon() ? e : smallest;
        }
        if (smallest.deltaStar() == 0) {
            return new Classification(estimates, Double.NaN, LocalOpenness.Rate.ZERO);
        }
        // least squares of log δ* = a + slope·log ε over the ε with δ* > 0
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        int count = 0;
        for (Estimate e : estimates) {
            if (e.deltaStar() > 0) {
                double lx = Math.log(e.epsilon());
                double ly = Math.log(e.deltaStar());
                sx += lx;
                sy += ly;
                sxx += lx * lx;
                sxy += lx * ly;
                count++;
            }
        }
        double slope = (count * sxy - sx * sy) / (count * sxx - sx * sx);
        LocalOpenness.Rate rate = slope < 1.5 ? LocalOpenness.Rate.LINEAR : LocalOpenness.Rate.QUADRATIC;
        return new Classification(estimates, slope, rate);
    }

    private static void check(Matrix w1, Matrix w2, double[] epsilons) throws NumericsException {
        Checks.valid(w1, "W1");
        Checks.valid(w2, "W2");
        Checks.multipliable(w1, "W1", w2, "W2");
        if (epsilons == null) {
            throw new IllegalArgumentException("epsilons is null");
        }
        int side = Math.max(w1.rows(), Math.max(w1.cols(), w2.cols()));
        if (side > Tolerances.MAX_PROBE_SIDE) {
            throw new NumericsException("The openness probe runs an optimisation per target; it is limited to "
                    + "sizes up to " + Tolerances.MAX_PROBE_SIDE + " (here " + w1.shape() + " times " + w2.shape()
                    + ").");
        }
        if (epsilons.length > 8) {
            throw new NumericsException("Give at most 8 values of ε.");
        }
        for (double e : epsilons) {
            if (!(e > 0 && e <= 1)) {
                throw new NumericsException("Every ε must lie in (0, 1].");
            }
        }
    }

    /** One pair (W1, W2) with its targets and work arrays. */
    private static final class Probe {
        final int m;
        final int k;
        final int n;
        final int kPrime;
        final int p; // number of unknowns: mk + kn
        final double[] w1;
        final double[] w2;
        final double[] z;
        final double zScale;
        final List<double[]> directions = new ArrayList<>();
        final List<Direction> kinds = new ArrayList<>(); // what each of `directions` is
        final Random random;
        final Budget budget;
        // work arrays of the LM solver
        final double[] a;
        final double[] b;
        final double[] trialA;
        final double[] trialB;
        final double[] res;
        final double[] jac; // (mn) × p, row-major
        final double[] normal; // p × p
        final double[] rhs;
        final double[] target;

        Probe(Matrix w1m, Matrix w2m, long seed, Budget budget) {
            this.budget = budget;
            m = w1m.rows();
            k = w1m.cols();
            n = w2m.cols();
            kPrime = Math.min(k, Math.min(m, n));
            p = m * k + k * n;
            w1 = w1m.data();
            w2 = w2m.data();
            Matrix zm = w1m.times(w2m);
            z = zm.data();
            zScale = Math.max(1, zm.frobeniusNorm());
            random = new Random(seed);
            a = new double[m * k];
            b = new double[k * n];
            trialA = new double[m * k];
            trialB = new double[k * n];
            res = new double[m * n];
            jac = new double[m * n * p];
            normal = new double[p * p];
            rhs = new double[p];
            target = new double[m * n];
            // normal-block directions from U⊥ = C(Z)^⊥, V⊥ = C(Zᵀ)^⊥ (SVD bases, rank with the pair's tolerance)
            double n1 = w1m.frobeniusNorm();
            double n2 = w2m.frobeniusNorm();
            Svd svd = Svd.of(Ejml.dense(zm));
            double tau = Tolerances.rank(n1, n2, n1 * n2);
            DMatrixRMaj uPerp = svd.leftNullSpace(tau);
            DMatrixRMaj vPerp = svd.nullSpace(tau);
            for (int i = 0; i < uPerp.numCols; i++) {
                for (int j = 0; j < vPerp.numCols; j++) {
                    add(outer(uPerp, i, vPerp, j, 1), new Direction.NormalBlock(i + 1, j + 1));
                }
            }
            int diag = Math.min(uPerp.numCols, vPerp.numCols);
            if (diag >= 2) {
                double[] d = new double[m * n];
                for (int i = 0; i < diag; i++) {
                    double[] o = outer(uPerp, i, vPerp, i, 1 / Math.sqrt(diag));
                    for (int e = 0; e < d.length; e++) {
                        d[e] += o[e];
                    }
                }
                add(d, new Direction.BalancedNormalBlock(diag));
            }
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double[] d = new double[m * n];
                    d[i * n + j] = 1;
                    add(d, new Direction.Unit(i + 1, j + 1));
                }
            }
            for (int t = 0; t < RANDOM_TARGETS; t++) {
                double[] d = gaussian(m * n, 1);
                add(d, new Direction.Gaussian(t + 1));
            }
        }

        private void add(double[] d, Direction kind) {
            directions.add(d);
            kinds.add(kind);
        }

        private static double[] outer(DMatrixRMaj u, int i, DMatrixRMaj v, int j, double scale) {
            double[] d = new double[u.numRows * v.numRows];
            for (int r = 0; r < u.numRows; r++) {
                for (int c = 0; c < v.numRows; c++) {
                    d[r * v.numRows + c] = scale * u.unsafe_get(r, i) * v.unsafe_get(c, j);
                }
            }
            return d;
        }

        private double[] gaussian(int size, double norm) {
            double[] d = new double[size];
            double s = 0;
            for (int i = 0; i < size; i++) {
                d[i] = random.nextGaussian();
                s += d[i] * d[i];
            }
            double f = s == 0 ? 0 : norm / Math.sqrt(s);
            for (int i = 0; i < size; i++) {
                d[i] *= f;
            }
            return d;
        }

        Estimate estimate(double eps, double progressFrom, double progressSpan) throws NumericsException {
            double best = Double.POSITIVE_INFINITY;
            Optional<Direction> binding = Optional.empty();
            int t = directions.size();
            for (int i = 0; i < t; i++) {
                budget.check();
                budget.report(progressFrom + progressSpan * i / t);
                double[] d = directions.get(i);
                double boundary;
                if (best == Double.POSITIVE_INFINITY) {
                    boundary = boundary(d, eps, SMALLEST_SCALE, 1, BISECTION_STEPS, true);
                } else {
                    // the scale at which this ray is at distance `best`; reachable there ⇒ it cannot lower δ*
                    double c = targetAt(d, best) / best;
                    double s0 = c > 0 ? Math.min(1, best / c) : 1;
                    double dist0 = targetAt(d, s0);
                    if (reachable(eps, dist0)) {
                        if (dist0 >= best * (1 - 1e-9)) {
                            continue;
                        }
                        boundary = s0 == 1 && dist0 > 1e-12 * zScale ? dist0 : Double.POSITIVE_INFINITY;
                    } else if (reachable(eps, targetAt(d, NEAR * s0))) {
                        boundary = boundary(d, eps, NEAR * s0, s0, LOCAL_STEPS, false); // within 2 % of the current δ*
                    } else {
                        boundary = boundary(d, eps, SMALLEST_SCALE, NEAR * s0, BISECTION_STEPS, false);
                    }
                }
                if (boundary < best) {
                    best = boundary;
                    binding = Optional.of(kinds.get(i));
                    if (best == 0) {
                        break;
                    }
                }
            }
            if (best == Double.POSITIVE_INFINITY) {
                best = 1; // unreachable only from this probe's range; report the top of the range
            }
            return new Estimate(eps, best, t, binding);
        }

        /**
         * An upper estimate of the largest reachable ‖Z̃ − Z‖ along the ray s ↦ Π_k'(Z + sD) for s in [lo, hi]: the
         * distance of the nearest unreached target after log-bisection (+∞ if everything up to hi &lt; 1 is reached).
         */
        private double boundary(double[] d, double eps, double lo, double hi, int steps, boolean checkHi)
                throws NumericsException {
            if (lo == SMALLEST_SCALE && !reachable(eps, targetAt(d, lo))) {
                return 0; // unreachable at distance ≈ 1e−8: δ* = 0 at the probe's resolution
            }
            double distHi = targetAt(d, hi);
            if (checkHi && reachable(eps, distHi)) {
                // reached to the end of the range: δ* ≥ dist(1) along this ray (no bound if Π_k' removed sD)
                return hi == 1 && distHi > 1e-12 * zScale ? distHi : Double.POSITIVE_INFINITY;
            }
            for (int step = 0; step < steps; step++) {
                budget.check();
                double mid = Math.sqrt(lo * hi);
                double dist = targetAt(d, mid);
                if (reachable(eps, dist)) {
                    lo = mid;
                } else {
                    hi = mid;
                    distHi = dist;
                }
            }
            // the nearest unreached target bounds δ* from above (a ray may jump: Π_k' can drop sD entirely)
            return distHi;
        }

        /** Writes Z̃ = Π_k'(Z + sD) into {@code target} and returns ‖Z̃ − Z‖_F. */
        private double targetAt(double[] d, double s) {
            double[] t = new double[m * n];
            for (int i = 0; i < t.length; i++) {
                t[i] = z[i] + s * d[i];
            }
            if (kPrime < Math.min(m, n)) {
                Svd svd = Svd.of(new DMatrixRMaj(m, n, true, t));
                java.util.Arrays.fill(t, 0);
                for (int q = 0; q < kPrime; q++) {
                    for (int r = 0; r < m; r++) {
                        for (int c = 0; c < n; c++) {
                            t[r * n + c] += svd.sigma[q] * svd.u.unsafe_get(r, q) * svd.v.unsafe_get(c, q);
                        }
                    }
                }
            }
            System.arraycopy(t, 0, target, 0, t.length);
            double dist = 0;
            for (int i = 0; i < t.length; i++) {
                dist += (t[i] - z[i]) * (t[i] - z[i]);
            }
            return Math.sqrt(dist);
        }

        /** Some start of projected LM brings ‖(W1 + A)(W2 + B) − Z̃‖_F to ≤ 10⁻³·dist with ‖A‖, ‖B‖ ≤ ε. */
        private boolean reachable(double eps, double dist) throws NumericsException {
            if (dist <= 1e-12 * zScale) {
                return true; // Π_k' removed the perturbation: the target is Z itself up to rounding
            }
            double tol = 1e-3 * dist;
            double[] norms = {0, Math.sqrt(dist), Math.sqrt(dist), Math.sqrt(dist), dist, 2 * dist, eps / 2, eps};
            for (double norm : norms) {
                budget.check();
                double r = Math.min(norm, eps);
                fill(a, r);
                fill(b, r);
                if (levenbergMarquardt(eps, tol)) {
                    return true;
                }
            }
            return false;
        }

        private void fill(double[] x, double norm) {
            if (norm == 0) {
                java.util.Arrays.fill(x, 0);
            } else {
                System.arraycopy(gaussian(x.length, norm), 0, x, 0, x.length);
            }
        }

        /**
         * Projected LM from (a, b): solve (JᵀJ + λI)s = −Jᵀr, scale A and B back into their ε-balls, accept if the
         * residual decreased (λ ← max(λ/3, 1e−12)), else λ ← 4λ. J = [I_m ⊗ Qᵀ, P ⊗ I_n] (row-major vec).
         */
        private boolean levenbergMarquardt(double eps, double tol) {
            double r = residual(a, b);
            double lambda = 1e-3;
            double[] history = new double[STALL_WINDOW];
            for (int it = 0; it < LM_ITERATIONS && r > tol && lambda < 1e12; it++) {
                // stalled: less than 0.1 % progress over the last STALL_WINDOW iterations (a positive local floor)
                if (it >= STALL_WINDOW && r > STALL_RATIO * history[it % STALL_WINDOW]) {
                    break;
                }
                history[it % STALL_WINDOW] = r;
                jacobian();
                // normal equations
                int rows = m * n;
                for (int i = 0; i < p; i++) {
                    double g = 0;
                    for (int e = 0; e < rows; e++) {
                        g += jac[e * p + i] * res[e];
                    }
                    rhs[i] = -g;
                    for (int j = i; j < p; j++) {
                        double s = 0;
                        for (int e = 0; e < rows; e++) {
                            s += jac[e * p + i] * jac[e * p + j];
                        }
                        normal[i * p + j] = s;
                        normal[j * p + i] = s;
                    }
                }
                while (lambda < 1e12) {
                    double[] step = solve(lambda);
                    if (step == null) {
                        lambda *= 4;
                        continue;
                    }
                    for (int i = 0; i < a.length; i++) {
                        trialA[i] = a[i] + step[i];
                    }
                    for (int i = 0; i < b.length; i++) {
                        trialB[i] = b[i] + step[a.length + i];
                    }
                    project(trialA, eps);
                    project(trialB, eps);
                    double trial = residual(trialA, trialB);
                    if (trial < r) {
                        System.arraycopy(trialA, 0, a, 0, a.length);
                        System.arraycopy(trialB, 0, b, 0, b.length);
                        r = trial;
                        lambda = Math.max(lambda / 3, 1e-12);
                        break;
                    }
                    lambda *= 4;
                }
                residual(a, b); // restore res for the accepted point
            }
            return r <= tol;
        }

        private static void project(double[] x, double eps) {
            double s = 0;
            for (double v : x) {
                s += v * v;
            }
            double norm = Math.sqrt(s);
            if (norm > eps) {
                double f = eps / norm;
                for (int i = 0; i < x.length; i++) {
                    x[i] *= f;
                }
            }
        }

        /** res = vec((W1 + A)(W2 + B) − Z̃); returns its norm. */
        private double residual(double[] aa, double[] bb) {
            double s = 0;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    double v = -target[i * n + j];
                    for (int l = 0; l < k; l++) {
                        v += (w1[i * k + l] + aa[i * k + l]) * (w2[l * n + j] + bb[l * n + j]);
                    }
                    res[i * n + j] = v;
                    s += v * v;
                }
            }
            return Math.sqrt(s);
        }

        /** ∂(PQ)_ij/∂A_il = Q_lj, ∂(PQ)_ij/∂B_lj = P_il. */
        private void jacobian() {
            java.util.Arrays.fill(jac, 0);
            int offB = m * k;
            for (int i = 0; i < m; i++) {
                for (int j = 0; j < n; j++) {
                    int row = (i * n + j) * p;
                    for (int l = 0; l < k; l++) {
                        jac[row + i * k + l] = w2[l * n + j] + b[l * n + j];
                        jac[row + offB + l * n + j] = w1[i * k + l] + a[i * k + l];
                    }
                }
            }
        }

        /** (N + λI)x = rhs by Cholesky; null if not positive definite numerically. */
        private double[] solve(double lambda) {
            double[] l = new double[p * p];
            for (int i = 0; i < p; i++) {
                for (int j = 0; j <= i; j++) {
                    double s = normal[i * p + j] + (i == j ? lambda : 0);
                    for (int q = 0; q < j; q++) {
                        s -= l[i * p + q] * l[j * p + q];
                    }
                    if (i == j) {
                        if (!(s > 0)) {
                            return null;
                        }
                        l[i * p + i] = Math.sqrt(s);
                    } else {
                        l[i * p + j] = s / l[j * p + j];
                    }
                }
            }
            double[] x = rhs.clone();
            for (int i = 0; i < p; i++) {
                for (int q = 0; q < i; q++) {
                    x[i] -= l[i * p + q] * x[q];
                }
                x[i] /= l[i * p + i];
            }
            for (int i = p - 1; i >= 0; i--) {
                for (int q = i + 1; q < p; q++) {
                    x[i] -= l[q * p + i] * x[q];
                }
                x[i] /= l[i * p + i];
            }
            return x;
        }
    }
}
