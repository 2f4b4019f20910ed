package org.landscapelab.numerics.critical;

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
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Svd;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.numerics.networks.NetworkHessian;
import org.landscapelab.numerics.networks.NetworkState;
import org.landscapelab.numerics.networks.ReducedRankRegression;

/**
 * A certificate for a point W of a deep linear network, any depth (math.md §2.2–2.5, §7.3).
 *
 * <ol>
 * <li><b>Gradient test</b>: ‖∇L‖ ≤ 1e−10·max(1, ‖Y‖_F‖X‖_F∏‖W_i‖_F).</li>
 * <li><b>Hessian spectrum</b> (exact, §1) with the inertia at τ_H = 1e−8·max(1, ‖H‖₂); the zero modes are split into
 * those explained by the symmetries W_i → G_iW_iG_{i−1}⁻¹ (G_i ∈ GL(d_i), 0 &lt; i &lt; h; tangents
 * ΔW_i = AW_i, ΔW_{i+1} = −W_{i+1}A, which lie in ker H at a critical point) and the rest.</li>
 * <li><b>Second-order verdict</b>: global minimum when L equals the global value (closed form L* of §4.1 for the
 * squared loss; for a weighted loss the best of 30 seeded multistart descents on ℓ(AB), A ∈ R^{d_h×d_min},
 * B ∈ R^{d_min×d_0}, Zhang's Theorem 1); strict saddle when λ_min &lt; −τ_H (escape direction: the eigenvector of
 * λ_min); a <em>certified local minimum</em> when H ⪰ 0 and every zero mode is a symmetry mode (the orbit is a manifold
 * of critical points whose tangent space is ker H, so the Morse–Bott lemma applies); otherwise inconclusive.</li>
 * <li><b>Higher-order search</b> along curves W + tD1 + t²D2 with exact coefficients L(t) = Σ l_k t^k
 * ({@link CurveExpansion}): with D1 ∈ ker H, l_2 = 0 and l_3 = ∇³L[D1]³/6 (an odd form: if it is not identically
 * zero on ker H, some D1 gives l_3 &lt; 0, a drop of order 3); otherwise l_4 = q(D1) + b(D1)·D2 + ½D2ᵀHD2 is
 * minimised over D2 (D2 = −H⁺b, plus −b on ker H) and then over unit D1 by sampling and hill climbing; l_4 &lt; 0 is a
 * drop of order 4. The search is one-sided: finding nothing is not a proof.</li>
 * </ol>
 */
public final class CriticalPointCertificate {

    /** What the first- and second-order tests alone say, before any higher-order search. */
    public enum SecondOrder {
        /** The gradient test fails. */
        NOT_CRITICAL,
        /** Critical at the global value. */
        GLOBAL_MINIMUM,
        /** λ_min &lt; −τ_H. */
        STRICT_SADDLE,
        /** H ⪰ 0 and positive off the symmetry directions: a local minimum (Morse–Bott). */
        POSITIVE_OFF_SYMMETRIES,
        /** H ⪰ 0 with zero modes beyond the symmetries: the second-order test is inconclusive. */
        INCONCLUSIVE
    }

    /** The overall verdict. */
    public enum Verdict {
        /** The gradient test fails. */
        NOT_CRITICAL,
        /** Critical and L equals the global value: a global (hence local) minimum. */
        GLOBAL_MINIMUM,
        /** A negative Hessian eigenvalue: second-order (strict) saddle. */
        STRICT_SADDLE,
        /** PSD Hessian, but a higher-order descent curve was found (or, for the squared loss, L &gt; L* and
         *  Corollary 1 rules out a local minimum). */
        NON_STRICT_SADDLE,
        /** A certified local minimum (Morse–Bott) whose value is above the global value. */
        SPURIOUS_LOCAL_MINIMUM,
        /** PSD Hessian with zero modes beyond the symmetries and no descent found up to order 4. */
        INCONCLUSIVE
    }

    /**
     * A curve t ↦ W + tD1 + t²D2 along which the loss drops.
     *
     * @param d1           D1, one matrix per layer
     * @param d2           D2, one matrix per layer
     * @param coefficients l_0, l_1, … of L(t) = Σ l_k t^k (exact expansion)
     * @param order        the first k ≥ 1 with |l_k| above the tolerance
     * @param coefficient  l_order (&lt; 0 for a descent curve)
     * @param fittedOrder  the log-log slope of L(0) − L(t) at t = t_max/2, …, t_max/16 (measured, not expanded)
     * @param samples      21 pairs (t, L(t)) for t evenly spaced in [0, t_max], evaluated on the network
     */
    public record DescentCurve(
            List<Matrix> d1,
            List<Matrix> d2,
            double[] coefficients,
            int order,
            double coefficient,
            double fittedOrder,
            double[][] samples) {
        public DescentCurve {
            d1 = List.copyOf(d1);
            d2 = List.copyOf(d2);
            coefficients = coefficients.clone();
            samples = copy(samples);
        }

        @Override
        public double[] coefficients() {
            return coefficients.clone();
        }

        @Override
        public double[][] samples() {
            return copy(samples);
        }

        /** True when the loss decreases along the curve at its leading order. */
        public boolean descends() {
            return coefficient < 0;
        }
    }

    /**
     * The whole certificate.
     *
     * @param eigenvalues       the Hessian's eigenvalues, ascending
     * @param symmetryModes     the dimension of the GL-orbit's tangent space (zero modes explained by symmetry)
     * @param globalValue       the global value (L* for the squared loss, the multistart best otherwise)
     * @param globalValueExact  true for the closed form, false for the multistart estimate
     * @param localMinimum      true when a local minimum is certified (global value, or Morse–Bott)
     * @param secondOrder       the verdict of the gradient and Hessian tests alone
     * @param escapeDirection   at a strict saddle: the unit eigenvector of λ_min, one matrix per layer
     * @param descent           the curve of the search (order 2 along the escape direction at a strict saddle)
     * @param verdict           the overall verdict (facts only: the certificate widget words it)
     */
    public record Report(
            double loss,
            double gradientNorm,
            boolean critical,
            double[] eigenvalues,
            int negative,
            int zero,
            int positive,
            int symmetryModes,
            double globalValue,
            boolean globalValueExact,
            boolean localMinimum,
            SecondOrder secondOrder,
            Optional<List<Matrix>> escapeDirection,
            Optional<DescentCurve> descent,
            Verdict verdict) {
        public Report {
            eigenvalues = eigenvalues.clone();
            escapeDirection = escapeDirection.map(List::copyOf);
        }

        @Override
        public double[] eigenvalues() {
            return eigenvalues.clone();
        }

        /** Zero modes not explained by the GL symmetries. */
        public int unexplainedZeroModes() {
            return zero - symmetryModes;
        }
    }

    private static final int CUBIC_SAMPLES = 64;
    private static final int QUARTIC_SAMPLES = 24;
    private static final int CLIMB_STEPS = 200;
    /** The number of seeded descents that estimate the global value of a weighted loss. */
    public static final int MULTISTARTS = 30;

    private static final int MULTISTART_STEPS = 3000;

    private CriticalPointCertificate() {}

    /** Certifies W; {@code seed} drives the random samples of the search and the multistart. */
    public static Report certify(
            LinearNetwork net,
            List<Matrix> weights,
            long seed,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        if (net == null) {
            throw new IllegalArgumentException("net is null");
        }
        Budget budget = new Budget(deadline, cancelled, progress);
        NetworkState s = net.validatedState(weights);
        if (s.parameterCount() > Tolerances.MAX_SEARCH_PARAMETERS) {
            throw new NumericsException("This network has " + s.parameterCount() + " parameters; the certificate "
                    + "searches curves for at most " + Tolerances.MAX_SEARCH_PARAMETERS + ".");
        }
        double gradNorm2 = 0;
        for (int i = 1; i <= s.depth(); i++) {
            gradNorm2 += Math.pow(Ejml.normF(s.gradient(i)), 2);
        }
        double gradNorm = Math.sqrt(gradNorm2);
        boolean critical = gradNorm <= Tolerances.GRADIENT_RELATIVE * net.gradientScale(s.w);
        double loss = s.loss();
        budget.check();
        double[][] h = net.hessianAt(s);
        NetworkHessian.Eigen eig = NetworkHessian.eigen(h);
        double[] lambda = eig.values();
        double tauH = Tolerances.HESSIAN_RELATIVE * Math.max(1, Math.max(-lambda[0], lambda[lambda.length - 1]));
        int neg = 0;
        int pos = 0;
        for (double v : lambda) {
            neg += v < -tauH ? 1 : 0;
            pos += v > tauH ? 1 : 0;
        }
        int zero = lambda.length - neg - pos;
        int symmetry = symmetryDimension(s.w);
        budget.report(0.2);
        budget.check();

        int[] widths = widths(s.w);
        boolean exact = net.isSquared();
        double global = exact
                ? ReducedRankRegression.globalOptimum(Ejml.matrix(net.x()), Ejml.matrix(net.y()), widths)
                        .value()
                : multistart(net, widths, seed, budget);
        budget.report(0.5);
        double lossTol = Tolerances.LOSS_RELATIVE * Math.max(1, Math.pow(Ejml.normF(net.y()), 2) / 2);

        if (!critical) {
            return new Report(
                    loss,
                    gradNorm,
                    false,
                    lambda,
                    neg,
                    zero,
                    pos,
                    symmetry,
                    global,
                    exact,
                    false,
                    SecondOrder.NOT_CRITICAL,
                    Optional.empty(),
                    Optional.empty(),
                    Verdict.NOT_CRITICAL);
        }
        if (loss <= global + lossTol) {
            budget.report(1);
            return new Report(
                    loss,
                    gradNorm,
                    true,
                    lambda,
                    neg,
                    zero,
                    pos,
                    symmetry,
                    global,
                    exact,
                    true,
                    SecondOrder.GLOBAL_MINIMUM,
                    Optional.empty(),
                    Optional.empty(),
                    Verdict.GLOBAL_MINIMUM);
        }
        Search search = new Search(net, s, h, eig, tauH, new Random(seed), budget);
        if (neg > 0) {
            double[] v = eig.vectors()[0];
            DescentCurve curve = search.curve(v, new double[v.length]);
            budget.report(1);
            return new Report(
                    loss,
                    gradNorm,
                    true,
                    lambda,
                    neg,
                    zero,
                    pos,
                    symmetry,
                    global,
                    exact,
                    false,
                    SecondOrder.STRICT_SADDLE,
                    Optional.of(matrices(CurveExpansion.split(v, s.w))),
                    Optional.of(curve),
                    Verdict.STRICT_SADDLE);
        }
        Optional<DescentCurve> found = search.higherOrder(zero);
        budget.report(1);
        boolean morseBott = zero == symmetry;
        SecondOrder second = morseBott ? SecondOrder.POSITIVE_OFF_SYMMETRIES : SecondOrder.INCONCLUSIVE;
        if (found.isPresent()) {
            return new Report(
                    loss,
                    gradNorm,
                    true,
                    lambda,
                    neg,
                    zero,
                    pos,
                    symmetry,
                    global,
                    exact,
                    false,
                    second,
                    Optional.empty(),
                    found,
                    Verdict.NON_STRICT_SADDLE);
        }
        if (morseBott) {
            return new Report(
                    loss,
                    gradNorm,
                    true,
                    lambda,
                    neg,
                    zero,
                    pos,
                    symmetry,
                    global,
                    exact,
                    true,
                    second,
                    Optional.empty(),
                    Optional.empty(),
                    Verdict.SPURIOUS_LOCAL_MINIMUM);
        }
        if (exact) { // L > L*: by Zhang's Corollary 1 (squared loss) not a local minimum; its escape is above order 4
            return new Report(
                    loss,
                    gradNorm,
                    true,
                    lambda,
                    neg,
                    zero,
                    pos,
                    symmetry,
                    global,
                    exact,
                    false,
                    second,
                    Optional.empty(),
                    Optional.empty(),
                    Verdict.NON_STRICT_SADDLE);
        }
        return new Report(
                loss,
                gradNorm,
                true,
                lambda,
                neg,
                zero,
                pos,
                symmetry,
                global,
                exact,
                false,
                second,
                Optional.empty(),
                Optional.empty(),
                Verdict.INCONCLUSIVE);
    }

    /** The exact expansion and samples of L along W + tD1 + t²D2 for a given curve (e.g. one from the notes). */
    public static DescentCurve curve(LinearNetwork net, List<Matrix> weights, List<Matrix> d1, List<Matrix> d2)
            throws NumericsException {
        NetworkState s = net.validatedState(weights);
        NetworkState.shapesMatch(weights, d1);
        NetworkState.shapesMatch(weights, d2);
        double[] v1 = CurveExpansion.flatten(dense(d1));
        double[] v2 = CurveExpansion.flatten(dense(d2));
        return new Search(net, s, null, null, 0, new Random(0), null).curve(v1, v2);
    }

    /**
     * The smallest loss found in balls around W: for each radius r, min L(W + Δ) − L(W) over ‖Δ‖_F ≤ r, by projected
     * gradient descent (Armijo steps, {@link #BALL_STEPS} at most) from {@link #BALL_STARTS} seeded points on the sphere
     * plus, when a curve is given, the point of t ↦ tD1 + t²D2 at distance r. Like the curve search it is one-sided.
     *
     * @param drops  min L − L(W) per radius (≤ 0)
     * @param fittedOrder the least-squares slope of log(−drop) against log r, NaN unless every drop is below
     *                    −1e−14·max(1, L)
     */
    public record BallSearch(double[] radii, double[] drops, double fittedOrder) {
        public BallSearch {
            radii = radii.clone();
            drops = drops.clone();
        }

        @Override
        public double[] radii() {
            return radii.clone();
        }

        @Override
        public double[] drops() {
            return drops.clone();
        }
    }

    private static final int BALL_STARTS = 8;
    private static final int BALL_STEPS = 3000;

    /** Ball minima at up to 6 radii in (0, 1]; {@code curve} (may be null) seeds one start per radius. */
    public static BallSearch ballMinima(
            LinearNetwork net,
            List<Matrix> weights,
            DescentCurve curve,
            double[] radii,
            long seed,
            Instant deadline,
            BooleanSupplier cancelled,
            DoubleConsumer progress)
            throws NumericsException {
        if (net == null || radii == null) {
            throw new IllegalArgumentException("net and radii are required");
        }
        Budget budget = new Budget(deadline, cancelled, progress);
        NetworkState s = net.validatedState(weights);
        if (s.parameterCount() > Tolerances.MAX_SEARCH_PARAMETERS) {
            throw new NumericsException(
                    "The ball search is limited to " + Tolerances.MAX_SEARCH_PARAMETERS + " parameters.");
        }
        if (radii.length < 1 || radii.length > 6) {
            throw new NumericsException("Give between 1 and 6 radii.");
        }
        for (double r : radii) {
            if (!(r > 0 && r <= 1)) {
                throw new NumericsException("Every radius must lie in (0, 1].");
            }
        }
        double[] w0 = CurveExpansion.flatten(s.w);
        int p = w0.length;
        double l0 = s.loss();
        double[] c1 = curve == null ? null : CurveExpansion.flatten(dense(curve.d1()));
        double[] c2 = curve == null ? null : CurveExpansion.flatten(dense(curve.d2()));
        Random rnd = new Random(seed);
        double[] drops = new double[radii.length];
        for (int k = 0; k < radii.length; k++) {
            double r = radii[k];
            double best = 0;
            int starts = BALL_STARTS + (c1 == null ? 0 : 1);
            for (int st = 0; st < starts; st++) {
                budget.check();
                budget.report((k + (double) st / starts) / radii.length);
                double[] delta;
                if (st == BALL_STARTS) {
                    delta = onCurve(c1, c2, r);
                } else {
                    delta = new double[p];
                    for (int i = 0; i < p; i++) {
                        delta[i] = rnd.nextGaussian();
                    }
                    delta = scale(normalise(delta), r);
                }
                best = Math.min(best, projectedDescent(net, s.w, w0, delta, r, budget) - l0);
            }
            drops[k] = best;
        }
        budget.report(1);
        double sx = 0, sy = 0, sxx = 0, sxy = 0;
        boolean all = true;
        for (int k = 0; k < radii.length; k++) {
            if (!(drops[k] < -1e-14 * Math.max(1, l0))) {
                all = false;
                break;
            }
            double lx = Math.log(radii[k]);
            double ly = Math.log(-drops[k]);
            sx += lx;
            sy += ly;
            sxx += lx * lx;
            sxy += lx * ly;
        }
        int n = radii.length;
        double order = all && n >= 2 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : Double.NaN;
        return new BallSearch(radii, drops, order);
    }

    /** tD1 + t²D2 with ‖tD1 + t²D2‖ = r (bisection on t; the norm grows with t for t ≥ 0 when D1 ≠ 0). */
    private static double[] onCurve(double[] d1, double[] d2, double r) {
        double lo = 0;
        double hi = 1;
        while (norm(point(d1, d2, hi)) < r && hi < 1e6) {
            hi *= 2;
        }
        for (int i = 0; i < 80; i++) {
            double mid = (lo + hi) / 2;
            if (norm(point(d1, d2, mid)) < r) {
                lo = mid;
            } else {
                hi = mid;
            }
        }
        double[] x = point(d1, d2, lo);
        double nx = norm(x);
        return nx > r ? scale(x, r / nx) : x;
    }

    private static double[] point(double[] d1, double[] d2, double t) {
        double[] x = new double[d1.length];
        for (int i = 0; i < x.length; i++) {
            x[i] = t * d1[i] + t * t * d2[i];
        }
        return x;
    }

    private static double norm(double[] v) {
        double s = 0;
        for (double x : v) {
            s += x * x;
        }
        return Math.sqrt(s);
    }

    /** Projected gradient descent of Δ ↦ L(W + Δ) on ‖Δ‖ ≤ r with Armijo steps; returns the final loss. */
    private static double projectedDescent(
            LinearNetwork net, DMatrixRMaj[] shapes, double[] w0, double[] delta, double r, Budget budget)
            throws NumericsException {
        int p = w0.length;
        double[] x = delta.clone();
        NetworkState st = at(net, shapes, w0, x);
        double l = st.loss();
        double eta = 1;
        for (int it = 0; it < BALL_STEPS; it++) {
            if ((it & 255) == 0) {
                budget.check();
            }
            double[] g = gradient(st);
            double[] trial = new double[p];
            double lt;
            NetworkState sTrial;
            while (true) {
                for (int i = 0; i < p; i++) {
                    trial[i] = x[i] - eta * g[i];
                }
                double nt = norm(trial);
                if (nt > r) {
                    trial = scale(trial, r / nt);
                }
                sTrial = at(net, shapes, w0, trial);
                lt = sTrial.loss();
                double moved = 0;
                for (int i = 0; i < p; i++) {
                    moved += g[i] * (x[i] - trial[i]);
                }
                if (lt <= l - 1e-4 * moved || eta < 1e-12) {
                    break;
                }
                eta /= 2;
            }
            if (!(lt < l)) {
                break;
            }
            double gain = l - lt;
            x = trial;
            st = sTrial;
            l = lt;
            eta *= 2;
            if (gain <= 1e-15 * Math.max(1, Math.abs(l))) {
                break;
            }
        }
        return l;
    }

    private static NetworkState at(LinearNetwork net, DMatrixRMaj[] shapes, double[] w0, double[] delta) {
        double[] v = w0.clone();
        for (int i = 0; i < v.length; i++) {
            v[i] += delta[i];
        }
        return net.state(CurveExpansion.split(v, shapes));
    }

    private static double[] gradient(NetworkState st) {
        DMatrixRMaj[] g = new DMatrixRMaj[st.w.length];
        for (int i = 1; i < g.length; i++) {
            g[i] = st.gradient(i);
        }
        return CurveExpansion.flatten(g);
    }

    /** The search along polynomial curves, with the Hessian's eigen-decomposition at hand. */
    private static final class Search {
        final LinearNetwork net;
        final NetworkState s;
        final double[][] h;
        final NetworkHessian.Eigen eig;
        final double tauH;
        final Random rnd;
        final Budget budget;
        final double tol;
        final int p;

        Search(
                LinearNetwork net,
                NetworkState s,
                double[][] h,
                NetworkHessian.Eigen eig,
                double tauH,
                Random rnd,
                Budget budget) {
            this.net = net;
            this.s = s;
            this.h = h;
            this.eig = eig;
            this.tauH = tauH;
            this.rnd = rnd;
            this.budget = budget;
            this.p = s.parameterCount();
            double scale = eig == null ? 1 : Math.max(1, Math.max(-eig.values()[0], eig.values()[p - 1]));
            this.tol = 1e-8 * Math.max(scale, Math.max(1, s.loss()));
        }

        double[] coefficients(double[] d1, double[] d2) {
            return CurveExpansion.lossCoefficients(
                    s.w,
                    CurveExpansion.split(d1, s.w),
                    d2 == null ? null : CurveExpansion.split(d2, s.w),
                    net.x(),
                    net.y(),
                    net.omega());
        }

        /** Order ≤ 4 descent from the kernel of H, or empty. */
        Optional<DescentCurve> higherOrder(int zero) throws NumericsException {
            if (zero == 0) {
                return Optional.empty();
            }
            int first = 0;
            while (Math.abs(eig.values()[first]) > tauH) {
                first++;
            }
            double[][] kernel = new double[zero][];
            for (int i = 0; i < zero; i++) {
                kernel[i] = eig.vectors()[first + i];
            }
            // order 3: the cubic form on ker H
            double[] bestD1 = null;
            double bestC3 = 0;
            for (int i = 0; i < CUBIC_SAMPLES; i++) {
                budget.check();
                double[] d1 = randomUnit(kernel);
                double c3 = coefficients(d1, null)[3];
                if (Math.abs(c3) > Math.abs(bestC3)) {
                    bestC3 = c3;
                    bestD1 = c3 > 0 ? scale(d1, -1) : d1; // the cubic form is odd: flip to descend
                }
            }
            budget.report(0.65);
            if (Math.abs(bestC3) > tol) {
                DescentCurve c = curve(bestD1, new double[p]);
                if (c.descends()) {
                    return Optional.of(c);
                }
            }
            // order 4: minimise l_4 over D2 in closed form, then over unit D1 ∈ ker H
            double[] bestQ = null;
            double bestF = Double.POSITIVE_INFINITY;
            for (int i = 0; i < QUARTIC_SAMPLES; i++) {
                budget.check();
                double[] d1 = randomUnit(kernel);
                double f = quartic(d1)[0];
                if (f < bestF) {
                    bestF = f;
                    bestQ = d1;
                }
            }
            budget.report(0.8);
            double step = 0.3;
            for (int it = 0; it < CLIMB_STEPS && step > 1e-4; it++) {
                budget.check();
                double[] trial = bestQ.clone();
                double[] g = randomUnit(kernel);
                for (int j = 0; j < p; j++) {
                    trial[j] += step * g[j];
                }
                trial = normalise(trial);
                double f = quartic(trial)[0];
                if (f < bestF) {
                    bestF = f;
                    bestQ = trial;
                    step *= 1.2;
                } else {
                    step *= 0.9;
                }
            }
            if (bestF < -tol) {
                double[] d2 = java.util.Arrays.copyOfRange(quartic(bestQ), 1, p + 1);
                DescentCurve c = curve(bestQ, d2);
                if (c.descends()) {
                    return Optional.of(c);
                }
            }
            return Optional.empty();
        }

        /**
         * {l_4 at the best D2, D2…} for a unit D1 ∈ ker H: l_4(D1, D2) = q + b·D2 + ½D2ᵀHD2 exactly, so
         * b_p = l_4(D1, e_p) − q − ½H_pp, and D2 = −Σ_{λ_j>τ}(v_j·b/λ_j)v_j − Σ_{|λ_j|≤τ}(v_j·b)v_j.
         */
        double[] quartic(double[] d1) {
            double q = coefficients(d1, null)[4];
            double[] b = new double[p];
            double[] e = new double[p];
            for (int j = 0; j < p; j++) {
                e[j] = 1;
                b[j] = coefficients(d1, e)[4] - q - h[j][j] / 2;
                e[j] = 0;
            }
            double[] d2 = new double[p];
            for (int j = 0; j < p; j++) {
                double lam = eig.values()[j];
                double[] v = eig.vectors()[j];
                double proj = 0;
                for (int i = 0; i < p; i++) {
                    proj += v[i] * b[i];
                }
                double f = lam > tauH ? -proj / lam : Math.abs(lam) <= tauH ? -proj : 0;
                for (int i = 0; i < p; i++) {
                    d2[i] += f * v[i];
                }
            }
            double[] out = new double[p + 1];
            out[0] = coefficients(d1, d2)[4];
            System.arraycopy(d2, 0, out, 1, p);
            return out;
        }

        /** Exact coefficients, leading order, t_max, samples and the fitted order of the curve. */
        DescentCurve curve(double[] d1, double[] d2) {
            double[] l = coefficients(d1, d2);
            double max = 0;
            for (double c : l) {
                max = Math.max(max, Math.abs(c));
            }
            double coefTol = Math.max(tol, 1e-12 * max);
            int order = 1;
            while (order < l.length - 1 && Math.abs(l[order]) <= coefTol) {
                order++;
            }
            double lead = l[order];
            double l0 = s.loss();
            DMatrixRMaj[] a = CurveExpansion.split(d1, s.w);
            DMatrixRMaj[] b = CurveExpansion.split(d2, s.w);
            // t_max: the largest 2^−k at which the leading term describes the drop to within a factor 2
            double tMax = 1;
            for (int k = 0; k < 40; k++) {
                double t = Math.pow(2, -k);
                double drop = lossAt(a, b, t) - l0;
                double term = lead * Math.pow(t, order);
                tMax = t;
                if (drop != 0 && Math.signum(drop) == Math.signum(term) && drop / term > 0.5 && drop / term < 2) {
                    break;
                }
            }
            double[][] samples = new double[21][];
            for (int j = 0; j <= 20; j++) {
                double t = tMax * j / 20;
                samples[j] = new double[] {t, lossAt(a, b, t)};
            }
            double sx = 0, sy = 0, sxx = 0, sxy = 0;
            int n = 0;
            for (int k = 1; k <= 4; k++) {
                double t = tMax * Math.pow(2, -k);
                double drop = Math.abs(lossAt(a, b, t) - l0);
                if (drop > 0) {
                    sx += Math.log(t);
                    sy += Math.log(drop);
                    sxx += Math.log(t) * Math.log(t);
                    sxy += Math.log(t) * Math.log(drop);
                    n++;
                }
            }
            double fitted = n >= 2 ? (n * sxy - sx * sy) / (n * sxx - sx * sx) : Double.NaN;
            return new DescentCurve(matrices(a), matrices(b), l, order, lead, fitted, samples);
        }

        /** L(W + tD1 + t²D2), evaluated on the network (not from the expansion). */
        private double lossAt(DMatrixRMaj[] d1, DMatrixRMaj[] d2, double t) {
            DMatrixRMaj[] w = new DMatrixRMaj[s.w.length];
            for (int i = 1; i < w.length; i++) {
                w[i] = s.w[i].copy();
                org.ejml.dense.row.CommonOps_DDRM.addEquals(w[i], t, d1[i]);
                org.ejml.dense.row.CommonOps_DDRM.addEquals(w[i], t * t, d2[i]);
            }
            return net.state(w).loss();
        }

        private double[] randomUnit(double[][] basis) {
            double[] v = new double[p];
            for (double[] b : basis) {
                double g = rnd.nextGaussian();
                for (int i = 0; i < p; i++) {
                    v[i] += g * b[i];
                }
            }
            return normalise(v);
        }
    }

    /** dim span{(AW_i at layer i, −W_{i+1}A at layer i+1) : A ∈ R^{d_i×d_i}, 0 &lt; i &lt; h}. */
    static int symmetryDimension(DMatrixRMaj[] w) {
        int h = w.length - 1;
        int p = 0;
        int[] offset = new int[h + 2];
        double scale = 0;
        for (int i = 1; i <= h; i++) {
            offset[i] = p;
            p += w[i].getNumElements();
            scale = Math.max(scale, Ejml.normF(w[i]));
        }
        List<double[]> tangents = new ArrayList<>();
        for (int i = 1; i < h; i++) {
            int d = w[i].numRows;
            for (int a = 0; a < d; a++) {
                for (int b = 0; b < d; b++) {
                    double[] v = new double[p];
                    for (int c = 0; c < w[i].numCols; c++) { // (E_ab W_i): row a = row b of W_i
                        v[offset[i] + a * w[i].numCols + c] = w[i].unsafe_get(b, c);
                    }
                    for (int r = 0; r < w[i + 1].numRows; r++) { // −(W_{i+1} E_ab): column b = −column a
                        v[offset[i + 1] + r * w[i + 1].numCols + b] = -w[i + 1].unsafe_get(r, a);
                    }
                    tangents.add(v);
                }
            }
        }
        if (tangents.isEmpty()) {
            return 0;
        }
        DMatrixRMaj m = new DMatrixRMaj(tangents.size(), p);
        for (int r = 0; r < tangents.size(); r++) {
            System.arraycopy(tangents.get(r), 0, m.data, r * p, p);
        }
        return Svd.of(m).rank(Tolerances.rank(scale));
    }

    /**
     * The smallest value of ℓ(AB) found by {@link #MULTISTARTS} runs of gradient descent with backtracking from
     * seeded N(0, 1) starts, A ∈ R^{d_h×r}, B ∈ R^{r×d_0}, r = d_min: by Zhang's Theorem 1 the network of any depth
     * reaches exactly the values of this two-layer problem.
     */
    static double multistart(LinearNetwork net, int[] widths, long seed, Budget budget) throws NumericsException {
        int r = Integer.MAX_VALUE;
        for (int d : widths) {
            r = Math.min(r, d);
        }
        int d0 = widths[0];
        int dh = widths[widths.length - 1];
        Random rnd = new Random(seed ^ 0x5DEECE66DL);
        double best = Double.POSITIVE_INFINITY;
        for (int start = 0; start < MULTISTARTS; start++) {
            budget.check();
            DMatrixRMaj[] w = {null, gaussian(rnd, r, d0), gaussian(rnd, dh, r)};
            NetworkState st = net.state(w);
            double eta = 0.1;
            for (int it = 0; it < MULTISTART_STEPS; it++) {
                DMatrixRMaj g1 = st.gradient(1);
                DMatrixRMaj g2 = st.gradient(2);
                double gn2 = Math.pow(Ejml.normF(g1), 2) + Math.pow(Ejml.normF(g2), 2);
                if (gn2 < 1e-26) {
                    break;
                }
                double l = st.loss();
                NetworkState trial;
                while (true) { // Armijo backtracking
                    DMatrixRMaj[] t = {null, w[1].copy(), w[2].copy()};
                    org.ejml.dense.row.CommonOps_DDRM.addEquals(t[1], -eta, g1);
                    org.ejml.dense.row.CommonOps_DDRM.addEquals(t[2], -eta, g2);
                    trial = net.state(t);
                    if (trial.loss() <= l - 0.5 * eta * gn2 || eta < 1e-12) {
                        w = t;
                        break;
                    }
                    eta /= 2;
                }
                st = trial;
                eta *= 1.5;
            }
            best = Math.min(best, st.loss());
            budget.report(0.2 + 0.3 * (start + 1) / MULTISTARTS);
        }
        return best;
    }

    private static DMatrixRMaj gaussian(Random rnd, int rows, int cols) {
        DMatrixRMaj m = new DMatrixRMaj(rows, cols);
        for (int i = 0; i < m.data.length; i++) {
            m.data[i] = rnd.nextGaussian();
        }
        return m;
    }

    private static int[] widths(DMatrixRMaj[] w) {
        int[] d = new int[w.length];
        d[0] = w[1].numCols;
        for (int i = 1; i < w.length; i++) {
            d[i] = w[i].numRows;
        }
        return d;
    }

    private static DMatrixRMaj[] dense(List<Matrix> ms) {
        DMatrixRMaj[] out = new DMatrixRMaj[ms.size() + 1];
        for (int i = 0; i < ms.size(); i++) {
            out[i + 1] = Ejml.dense(ms.get(i));
        }
        return out;
    }

    private static List<Matrix> matrices(DMatrixRMaj[] w) {
        List<Matrix> out = new ArrayList<>();
        for (int i = 1; i < w.length; i++) {
            out.add(Ejml.matrix(w[i]));
        }
        return out;
    }

    private static double[] normalise(double[] v) {
        double n = 0;
        for (double x : v) {
            n += x * x;
        }
        return scale(v, n == 0 ? 0 : 1 / Math.sqrt(n));
    }

    private static double[] scale(double[] v, double f) {
        double[] out = new double[v.length];
        for (int i = 0; i < v.length; i++) {
            out[i] = v[i] * f;
        }
        return out;
    }

    private static double[][] copy(double[][] a) {
        double[][] out = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            out[i] = a[i].clone();
        }
        return out;
    }
}
