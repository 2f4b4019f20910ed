package org.landscapelab.widgets.certificate;

import java.util.Locale;
import org.landscapelab.numerics.critical.CriticalPointCertificate;
import org.landscapelab.numerics.critical.CriticalPointCertificate.DescentCurve;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Report;
import org.landscapelab.widgets.PlainMath;

/**
 * Why the certificate reached its verdict, in one sentence built from the facts of its {@link Report}: the widget shows
 * it under the verdict, the checkpoint after its answer (numerics returns the verdict and the numbers, never words).
 */
final class CertificateWords {

    private CertificateWords() {}

    /** E.g. {@code λ_min = -1.00000 < 0: a strict saddle; along its eigenvector the loss drops like -0.500000·t².} */
    static String explanation(Report r) {
        return switch (r.verdict()) {
            case NOT_CRITICAL ->
                "‖∇L‖ = " + fmt(r.gradientNorm()) + " fails the gradient test: this is not a critical" + " point.";
            case GLOBAL_MINIMUM ->
                "L = " + fmt(r.loss()) + " equals the global value " + globalValue(r) + ": a global minimum"
                        + (r.globalValueExact() ? "." : " as far as the multistart can tell.");
            case STRICT_SADDLE ->
                "λ_min = " + fmt(r.eigenvalues()[0]) + " < 0: a strict saddle; along its eigenvector"
                        + " the loss drops like "
                        + fmt(r.descent().orElseThrow().coefficient()) + "·t².";
            case NON_STRICT_SADDLE ->
                r.descent()
                        .map(c -> drop(r, c))
                        .orElseGet(() -> "The Hessian is positive"
                                + " semidefinite and no descent curve up to order 4 was found, but L = " + fmt(r.loss())
                                + " > L* = " + fmt(r.globalValue())
                                + ": by Zhang's Corollary 1 (squared loss) this is not a local"
                                + " minimum, so it is a non-strict saddle whose escape is of order above 4.");
            case SPURIOUS_LOCAL_MINIMUM ->
                "The Hessian is positive on every direction except the "
                        + r.symmetryModes() + " symmetry directions, so W is a local minimum (Morse–Bott); its value "
                        + fmt(r.loss()) + " is above the global value " + globalValue(r)
                        + ": a spurious local minimum.";
            case INCONCLUSIVE ->
                "The Hessian is positive semidefinite with " + r.unexplainedZeroModes()
                        + " zero mode(s) beyond the symmetries, and no descent curve up to order 4 was found: the tests"
                        + " cannot decide.";
        };
    }

    /** A PSD Hessian, yet a curve along which the loss drops: a non-strict saddle. */
    private static String drop(Report r, DescentCurve c) {
        return "The Hessian is positive semidefinite (" + r.unexplainedZeroModes() + " zero mode(s) beyond the "
                + r.symmetryModes() + " symmetry directions), yet along W + tD1 + t²D2 the loss drops like "
                + fmt(c.coefficient()) + "·t" + PlainMath.sup(Integer.toString(c.order()))
                + ": a non-strict saddle, not a local minimum.";
    }

    /** {@code 0.00000 (closed form, §4.1)} or {@code 0.500000 (best of 30 multistart descents)}. */
    private static String globalValue(Report r) {
        return fmt(r.globalValue())
                + (r.globalValueExact()
                        ? " (closed form, §4.1)"
                        : " (best of " + CriticalPointCertificate.MULTISTARTS + " multistart descents)");
    }

    /** Six significant digits, as the certificate has always printed them. */
    private static String fmt(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
