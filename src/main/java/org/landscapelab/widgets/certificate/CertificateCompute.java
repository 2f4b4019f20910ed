package org.landscapelab.widgets.certificate;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.CriticalPointCertificate;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.WidgetResult;

/**
 * The certificate's one computation: gradient, Hessian spectrum, verdict and descent search at a point, and how they
 * are said. The widget, {@code {expect}} and both checkpoints read their facts from its {@link Result}; the
 * explanation of the verdict is worded by {@link CertificateWords}.
 */
final class CertificateCompute {

    private CertificateCompute() {}

    static Result compute(Certificate.Inputs in, Job job) throws NumericsException {
        return certify(in.preset().network(), in.weights(), job);
    }

    /** The certificate of any point of any network (the example checkpoint's own data), with the widget's seed. */
    static Result certify(LinearNetwork network, List<Matrix> weights, Job job) throws NumericsException {
        return new Result(CriticalPointCertificate.certify(
                network,
                weights,
                Certificate.SEED,
                Instant.now().plus(Certificate.BUDGET),
                job.cancelled(),
                job.progress()));
    }

    /** @param report gradient, spectrum, global value, verdict, escape direction and descent curve */
    record Result(CriticalPointCertificate.Report report) implements WidgetResult {

        /** {@code L = 0.500000, ‖∇L‖ = 0; Hessian: …; global value 0; verdict: non-strict saddle — …}. */
        @Override
        public String summary() {
            CriticalPointCertificate.Report r = report;
            StringBuilder s = new StringBuilder(
                    "L = " + Numerals.sigOrZero(r.loss(), 6) + ", ‖∇L‖ = " + Numerals.sigOrZero(r.gradientNorm(), 6)
                            + "; Hessian: " + r.negative() + " negative, " + r.zero() + " zero (" + r.symmetryModes()
                            + " from symmetries), " + r.positive() + " positive eigenvalues; global value "
                            + (r.globalValueExact() ? "" : "≈ ") + Numerals.sigOrZero(r.globalValue(), 6)
                            + "; verdict: " + verdict(r.verdict()));
            r.descent()
                    .filter(CriticalPointCertificate.DescentCurve::descends)
                    .ifPresent(c -> s.append(" — the loss drops at order ")
                            .append(c.order())
                            .append(" along a curve"));
            return s.toString();
        }

        @Override
        public Map<String, Double> values() {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("loss", report.loss());
            values.put("gradient-norm", report.gradientNorm());
            values.put("critical", report.critical() ? 1.0 : 0.0);
            values.put("negative-eigenvalues", (double) report.negative());
            values.put("zero-eigenvalues", (double) report.zero());
            values.put("symmetry-modes", (double) report.symmetryModes());
            values.put("global-value", report.globalValue());
            report.descent()
                    .filter(CriticalPointCertificate.DescentCurve::descends)
                    .ifPresent(c -> values.put("descent-order", (double) c.order()));
            return values;
        }

        /** The verdict in words, capitalised as a heading: {@code Non-strict saddle}. */
        String verdictWord() {
            String v = verdict(report.verdict());
            return Character.toUpperCase(v.charAt(0)) + v.substring(1);
        }
    }

    /** Each verdict in the words of the summary, the heading and the checkpoint's choices. */
    static String verdict(CriticalPointCertificate.Verdict v) {
        return switch (v) {
            case NOT_CRITICAL -> "not a critical point";
            case GLOBAL_MINIMUM -> "global minimum";
            case STRICT_SADDLE -> "strict saddle";
            case NON_STRICT_SADDLE -> "non-strict saddle";
            case SPURIOUS_LOCAL_MINIMUM -> "spurious local minimum";
            case INCONCLUSIVE -> "second-order test inconclusive, no descent found up to order 4";
        };
    }
}
