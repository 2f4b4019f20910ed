package org.landscapelab.widgets.architecture;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.networks.Hypotheses;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.WidgetResult;

/** The hypothesis checker's one computation: every hypothesis for the widths and the loss, and how it is said. */
final class ArchitectureCompute {

    private ArchitectureCompute() {}

    static Result compute(Architecture.Inputs in, Job job) throws NumericsException {
        int[] widths = in.widths().stream().mapToInt(Integer::intValue).toArray();
        return new Result(Hypotheses.check(widths, in.loss()));
    }

    /**
     * @param report the checks in order, d_min, the narrowest layer and the bottleneck; {@link HypothesisWords} says
     *        them
     */
    record Result(Hypotheses.Report report) implements WidgetResult {

        @Override
        public String summary() {
            Hypotheses.Report r = report;
            StringBuilder s = new StringBuilder("widths " + Arrays.toString(r.widths()) + ", d_min = " + r.dMin()
                    + (r.bottleneck() ? ", bottleneck" : ", no bottleneck") + ": ");
            List<String> parts = new ArrayList<>();
            r.checks()
                    .forEach(c -> parts.add(
                            HypothesisWords.name(c.hypothesis()) + " " + (c.holds() ? "holds" : "does not hold")));
            return s.append(String.join("; ", parts)).toString();
        }

        @Override
        public Map<String, Double> values() {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("bottleneck", report.bottleneck() ? 1.0 : 0.0);
            values.put("d-min", (double) report.dMin());
            values.put("narrowest", (double) report.narrowest());
            return values;
        }
    }
}
