package org.landscapelab.numerics.networks;

import org.landscapelab.numerics.Tolerances;

/**
 * What the first- and second-order tests say about a point W of a {@link LinearNetwork} (math.md §7.3).
 *
 * @param eigenvalues the Hessian's eigenvalues, ascending
 * @param negative    eigenvalues below −τ_H, with τ_H = 1e−8·max(1, max|λ|)
 * @param zero        eigenvalues within ±τ_H
 * @param positive    eigenvalues above τ_H
 * @param globalValue L* for the squared loss (NaN for a weighted loss, which has no closed form)
 */
public record CriticalPoint(
        double loss,
        double gradientNorm,
        double[] eigenvalues,
        int negative,
        int zero,
        int positive,
        double globalValue,
        Kind kind) {

    public CriticalPoint {
        eigenvalues = eigenvalues.clone();
    }

    /** A copy of the eigenvalues. */
    @Override
    public double[] eigenvalues() {
        return eigenvalues.clone();
    }

    /** The verdict, in the order the tests are applied. */
    public enum Kind {
        /** ‖∇L‖ fails the gradient test. */
        NOT_CRITICAL,
        /** Squared loss, critical, and L = L*. */
        GLOBAL_MINIMUM,
        /** Critical with a negative Hessian eigenvalue: second-order (strict) saddle. */
        STRICT_SADDLE,
        /**
         * Squared loss, critical, PSD Hessian, L &gt; L*: a non-strict saddle, since every local minimum of the
         * squared loss is global (Zhang's Corollary 1); the Hessian test alone cannot see it (instances 1A, 1C).
         */
        NON_STRICT_SADDLE,
        /** Weighted loss, critical, PSD Hessian with zero eigenvalues: the second-order test is inconclusive. */
        INCONCLUSIVE,
        /** Weighted loss, critical, positive definite Hessian: a strict local minimum. */
        STRICT_LOCAL_MINIMUM
    }

    /** The verdict from the tests' raw results; lStar is NaN for a weighted loss. */
    public static CriticalPoint of(
            double loss, double gradientNorm, boolean critical, double[] eig, double lStar, double lossTolerance) {
        double tauH = Tolerances.HESSIAN_RELATIVE * Math.max(1, Math.max(-eig[0], eig[eig.length - 1]));
        int neg = 0;
        int pos = 0;
        for (double v : eig) {
            neg += v < -tauH ? 1 : 0;
            pos += v > tauH ? 1 : 0;
        }
        boolean squared = !Double.isNaN(lStar);
        Kind kind;
        if (!critical) {
            kind = Kind.NOT_CRITICAL;
        } else if (squared && Math.abs(loss - lStar) <= lossTolerance) {
            kind = Kind.GLOBAL_MINIMUM;
        } else if (neg > 0) {
            kind = Kind.STRICT_SADDLE;
        } else if (squared) {
            kind = Kind.NON_STRICT_SADDLE; // PSD yet above L*: Corollary 1 rules out a local minimum
        } else {
            kind = pos == eig.length ? Kind.STRICT_LOCAL_MINIMUM : Kind.INCONCLUSIVE;
        }
        return new CriticalPoint(loss, gradientNorm, eig, neg, eig.length - neg - pos, pos, lStar, kind);
    }
}
