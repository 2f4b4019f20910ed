package org.landscapelab.widgets.critical;

import java.time.Instant;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.TwoLayerCriticalPoints;
import org.landscapelab.numerics.networks.CriticalPoint;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.WidgetResult;

/** The one computation of {@code critical-points} (and of the critical-global checkpoint), and how it is said. */
final class CriticalPointsCompute {

    private CriticalPointsCompute() {}

    static Result compute(CriticalPoints.Inputs in, Job job) throws NumericsException {
        LinearProblem p = in.problem();
        return new Result(
                TwoLayerCriticalPoints.enumerate(
                        p.x(),
                        p.y(),
                        in.d1(),
                        Instant.now().plus(CriticalPoints.BUDGET),
                        job.cancelled(),
                        job.progress()),
                in.d1());
    }

    /**
     * @param enumeration every critical family, L*, σ(YP_X)
     * @param d1 the hidden width they were enumerated for
     */
    record Result(TwoLayerCriticalPoints.Enumeration enumeration, int d1) implements WidgetResult {

        /** {@code L* = 0.500000; 7 critical families: J = {1,2} global minimum (0.500000), J = {1,3} strict saddle …}. */
        @Override
        public String summary() {
            int n = enumeration.families().size();
            return "L* = " + Numerals.sig(enumeration.globalValue(), 6) + "; " + n + " critical famil"
                    + (n == 1 ? "y" : "ies")
                    + ": "
                    + byLoss().stream()
                            .map(f -> "J = " + indexSet(f.indexSet()) + " " + kind(f.kind()) + " ("
                                    + Numerals.sig(f.loss(), 6) + ")")
                            .collect(Collectors.joining(", "));
        }

        @Override
        public Map<String, Double> values() {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("L*", enumeration.globalValue());
            values.put("families", (double) enumeration.families().size());
            values.put("global-families", (double) count(CriticalPoint.Kind.GLOBAL_MINIMUM));
            values.put("strict-saddles", (double) count(CriticalPoint.Kind.STRICT_SADDLE));
            return values;
        }

        long count(CriticalPoint.Kind kind) {
            return enumeration.families().stream().filter(f -> f.kind() == kind).count();
        }

        /** The families from the lowest value to the highest (ties in the enumeration's order: by |J|, then J). */
        List<TwoLayerCriticalPoints.Family> byLoss() {
            return enumeration.families().stream()
                    .sorted(Comparator.comparingDouble(TwoLayerCriticalPoints.Family::loss))
                    .toList();
        }
    }

    static String indexSet(List<Integer> j) {
        return j.isEmpty() ? "∅" : j.stream().map(String::valueOf).collect(Collectors.joining(",", "{", "}"));
    }

    static String kind(CriticalPoint.Kind kind) {
        return switch (kind) {
            case GLOBAL_MINIMUM -> "global minimum";
            case STRICT_SADDLE -> "strict saddle";
            case NON_STRICT_SADDLE -> "non-strict saddle";
            case NOT_CRITICAL -> "not critical";
            case INCONCLUSIVE -> "inconclusive";
            case STRICT_LOCAL_MINIMUM -> "strict local minimum";
        };
    }
}
