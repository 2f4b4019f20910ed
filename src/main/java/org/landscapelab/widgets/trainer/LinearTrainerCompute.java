package org.landscapelab.widgets.trainer;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.optimize.MultiStart;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.WidgetResult;

/** The trainer's one computation: every seeded run of gradient descent, judged against L*, and how it is said. */
final class LinearTrainerCompute {

    /** Wall-clock budget of one training request; runs past it end as "stopped". */
    static final Duration BUDGET = Duration.ofSeconds(20);

    private LinearTrainerCompute() {}

    static Result compute(LinearTrainer.Inputs in, Job job) throws NumericsException {
        LinearProblem p = in.problem();
        return new Result(MultiStart.run(
                p.x(),
                p.y(),
                p.widths(),
                in.rate(),
                in.momentum(),
                in.steps(),
                in.starts(),
                in.scale(),
                in.seed(),
                Instant.now().plus(BUDGET),
                job.cancelled(),
                job.progress()));
    }

    /** @param runs every run with its loss curve and verdict, and the closed-form L* they are judged against */
    record Result(MultiStart.Result runs) implements WidgetResult {

        /** {@code L* = 2.50000; 12 of 12 runs reached L*; largest gap to L*: 1.2e-07}, with the other verdicts. */
        @Override
        public String summary() {
            MultiStart.Result r = runs;
            long reached = r.count(MultiStart.Verdict.REACHED_GLOBAL);
            StringBuilder s = new StringBuilder("L* = " + Numerals.sig(r.globalValue(), 6) + "; " + reached + " of "
                    + r.runs().size() + " runs reached L*");
            for (MultiStart.Verdict v : List.of(
                    MultiStart.Verdict.NOT_CONVERGED,
                    MultiStart.Verdict.CRITICAL_ABOVE_GLOBAL,
                    MultiStart.Verdict.DIVERGED,
                    MultiStart.Verdict.STOPPED)) {
                if (r.count(v) > 0) {
                    s.append("; ").append(r.count(v)).append(" ").append(label(v));
                }
            }
            double worst = r.runs().stream()
                    .mapToDouble(MultiStart.RunSummary::finalLoss)
                    .max()
                    .orElse(Double.NaN);
            return s.append("; largest gap to L*: ")
                    .append(gap(worst, r.globalValue()))
                    .toString();
        }

        /** Only L*: the closed form every run is judged against, the one value lessons claim. */
        @Override
        public Map<String, Double> values() {
            return Map.of("L*", runs.globalValue());
        }
    }

    /**
     * The gap written as 0 when it is rounding noise relative to L* (the runs and the closed form agree to ten
     * digits; −4.44e-16 would read as "below the global minimum"); otherwise as computed — relative, not absolute,
     * so data at the scale of 1e-8 keeps its true small gaps.
     */
    static String gap(double finalLoss, double lStar) {
        double g = finalLoss - lStar;
        return Math.abs(g) <= 1e-10 * Math.abs(lStar) ? "0" : Numerals.sig(g, 6);
    }

    static String label(MultiStart.Verdict v) {
        return switch (v) {
            case REACHED_GLOBAL -> "reached L*";
            case NOT_CONVERGED -> "not converged";
            case CRITICAL_ABOVE_GLOBAL -> "stopped at a critical point above L*";
            case DIVERGED -> "diverged";
            case STOPPED -> "stopped";
        };
    }
}
