package org.landscapelab.numerics;

/**
 * Every tolerance and size cap of the computation layer, in one place (math.md §7).
 *
 * <p><b>The rank tolerance.</b> A singular value σ counts as nonzero iff {@code σ > τ}, with
 * {@code τ = RANK_RELATIVE · max(1, scale)} and {@code scale} the Frobenius norm of the problem's data
 * (for a pair (W1, W2): {@code max(‖W1‖_F, ‖W2‖_F, ‖W1‖_F‖W2‖_F)}, so that the rounding noise ≈ ε_mach‖W1‖‖W2‖ of the
 * product stays far below τ). EJML's own rank helpers use absolute or per-matrix thresholds and disagree with each
 * other (math.md §7.1), so none of them is used. Small-integer lesson matrices have nonzero singular values far above
 * τ, so their ranks are exact.
 */
public final class Tolerances {

    /** Relative rank tolerance: σ counts as zero iff σ ≤ 1e−10·max(1, scale). */
    public static final double RANK_RELATIVE = 1e-10;
    /** Gradient test: ‖∇L‖ ≤ 1e−10·max(1, ‖Y‖_F‖X‖_F∏‖W_i‖_F) counts as critical (math.md §7.3). */
    public static final double GRADIENT_RELATIVE = 1e-10;
    /** Hessian eigenvalues with |λ| ≤ 1e−8·max(1, ‖H‖₂) count as zero (math.md §7.3). */
    public static final double HESSIAN_RELATIVE = 1e-8;

    /** A critical value L counts as the global minimum L* iff |L − L*| ≤ 1e−9·max(1, ½‖Y‖_F²). */
    public static final double LOSS_RELATIVE = 1e-9;

    /**
     * A gradient-descent run has reached L* iff L − L* ≤ 1e−6·max(1, |L*|): iterates approach the minimum only
     * linearly, so a run is judged on its loss gap, not on the tighter critical-value test above.
     */
    public static final double REACHED_RELATIVE = 1e-6;

    /** Largest number of rows or columns of any input matrix. */
    public static final int MAX_SIDE = 12;
    /** Largest number of layers of a linear network. */
    public static final int MAX_DEPTH = 20;
    /** Largest number of parameters for which a Hessian is assembled (2000² doubles = 32 MB). */
    public static final int MAX_HESSIAN_PARAMETERS = 2000;
    /** Largest m, k or n for the openness probe, which runs a Levenberg–Marquardt solve per target (math.md §3.4). */
    public static final int MAX_PROBE_SIDE = 5;
    /** Largest number of critical families (index sets J) listed for a two-layer network (math.md §4.2). */
    public static final int MAX_CRITICAL_FAMILIES = 256;
    /** Largest number of parameters for the higher-order (polynomial-curve) search of a critical-point certificate. */
    public static final int MAX_SEARCH_PARAMETERS = 300;
    /** Largest number of grid points per side of a landscape slice. */
    public static final int MAX_SLICE_SIDE = 400;
    /** Largest number of gradient-descent steps in one run. */
    public static final int MAX_STEPS = 1_000_000;

    private Tolerances() {}

    /** τ for a problem of the given scale(s): {@code RANK_RELATIVE · max(1, scales…)}. */
    public static double rank(double... scales) {
        double s = 1;
        for (double x : scales) {
            s = Math.max(s, x);
        }
        return RANK_RELATIVE * s;
    }

    /** Zero test for a residual norm measured against the scale of the quantities it was computed from. */
    public static boolean negligible(double norm, double scale) {
        return norm <= rank(scale);
    }
}
