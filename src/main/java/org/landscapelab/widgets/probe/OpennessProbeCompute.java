package org.landscapelab.widgets.probe;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.numerics.openness.OpennessProbe;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.OpennessWords;
import org.landscapelab.widgets.WidgetResult;

/**
 * The probe's one computation: δ*(ε) measured at the pair for the default ε, with the rate Theorem 2 predicts, and how
 * the comparison is said. Seconds of work: the view runs it in the background.
 */
final class OpennessProbeCompute {

    private OpennessProbeCompute() {}

    static Result compute(OpennessProbeWidget.Inputs in, Job job) throws NumericsException {
        OpennessProbe.Classification probe = OpennessProbe.classify(
                in.w1(),
                in.w2(),
                OpennessProbe.defaultEpsilons(),
                OpennessProbeWidget.SEED,
                Instant.now().plus(OpennessProbeWidget.BUDGET),
                job.cancelled(),
                job.progress());
        return new Result(probe, LocalOpenness.analyze(in.w1(), in.w2()));
    }

    /** What the theorem predicts before anything is measured: instant, so the view shows it on every change. */
    static Prediction predict(OpennessProbeWidget.Inputs in) throws NumericsException {
        return new Prediction(LocalOpenness.analyze(in.w1(), in.w2()));
    }

    /** @param theorem the rank test's analysis of the pair */
    record Prediction(LocalOpenness theorem) {

        /** {@code probe not run yet; theorem: δ*(ε) = Θ(ε²)}. */
        String summary() {
            return "probe not run yet; theorem: " + OpennessWords.rate(theorem.rate());
        }
    }

    /**
     * @param probe the measured δ*(ε), the fitted slope and the rate read from it
     * @param theorem the rank test's analysis of the same pair
     */
    record Result(OpennessProbe.Classification probe, LocalOpenness theorem) implements WidgetResult {

        boolean agrees() {
            return probe.rate() == theorem.rate();
        }

        boolean hasSlope() {
            return Double.isFinite(probe.slope());
        }

        /** {@code fitted slope 2.00: δ*(ε) = Θ(ε²); theorem: δ*(ε) = Θ(ε²); agrees}. */
        @Override
        public String summary() {
            String measured = hasSlope()
                    ? String.format(Locale.ROOT, "fitted slope %.2f: ", probe.slope())
                    : "no slope (δ* = 0 at ε = " + smallestEpsilon() + "): ";
            return measured + OpennessWords.rate(probe.rate()) + "; theorem: " + OpennessWords.rate(theorem.rate())
                    + "; " + (agrees() ? "agrees" : "disagrees");
        }

        @Override
        public Map<String, Double> values() {
            Map<String, Double> values = new LinkedHashMap<>();
            if (hasSlope()) {
                values.put("slope", probe.slope());
            }
            values.put("measured-order", order(probe.rate()));
            values.put("theorem-order", order(theorem.rate()));
            values.put("agrees", agrees() ? 1.0 : 0.0);
            return values;
        }

        private String smallestEpsilon() {
            return probe.estimates().stream().mapToDouble(OpennessProbe.Estimate::epsilon).min().stream()
                    .mapToObj(e -> String.format(Locale.ROOT, "%s", e))
                    .findFirst()
                    .orElse("?");
        }
    }

    /** The exponent p of δ*(ε) = Θ(ε^p); 0 for "δ* = 0" (not open). */
    static double order(LocalOpenness.Rate rate) {
        return switch (rate) {
            case LINEAR -> 1;
            case QUADRATIC -> 2;
            case ZERO -> 0;
        };
    }
}
