package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.CriticalPoint;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.TwoLayerCriticalPoints;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.trainer.LinearTrainer;

/**
 * {@code critical-points}: every critical family of the two-layer loss ½‖W2W1X − Y‖², one per index set J of
 * singular triplets, with its value, rank, Hessian inertia and kind, and the escape direction at a degenerate saddle.
 */
public final class CriticalPoints implements Widget {

    static final int MAX_SIDE = 6;
    static final String X = "1,0,0;0,1,0;0,0,1";
    static final String Y = "3,0,0;0,2,0;0,0,1";
    static final int D1 = 2;
    /** Enough for the largest case allowed here (6×6 data, d1 = 6: 64 families, about 0.2 s). */
    static final Duration BUDGET = Duration.ofSeconds(20);

    @Override
    public String name() {
        return "critical-points";
    }

    @Override
    public String description() {
        return "Every critical family of ½‖W2W1X − Y‖² (one per index set J of singular triplets of YP_X): its value,"
                + " rank, Hessian inertia and kind, against L*; a degenerate saddle shows its escape direction.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                new OptionSpec("X", OptionType.MATRIX, X, 1.0, (double) MAX_SIDE, List.of(), "inputs, d0×n"),
                new OptionSpec("Y", OptionType.MATRIX, Y, 1.0, (double) MAX_SIDE, List.of(), "targets, d2×n"),
                OptionSpec.range("d1", OptionType.INTEGER, Integer.toString(D1), 1, MAX_SIDE, "hidden width d1"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        LinearTrainer.validate(trainerOptions(options, problems), problems);
        return problems;
    }

    @Override
    public Optional<Evaluation> evaluate(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        Map<String, Object> mapped = trainerOptions(options, problems);
        LinearTrainer.validate(mapped, problems);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        LinearTrainer.Data data = LinearTrainer.data(mapped);
        try {
            TwoLayerCriticalPoints.Enumeration e = TwoLayerCriticalPoints.enumerate(data.x(), data.y(), data.widths()[1],
                    Instant.now().plus(BUDGET), () -> false, p -> { });
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("L*", e.globalValue());
            values.put("families", (double) e.families().size());
            values.put("global-families", (double) count(e, CriticalPoint.Kind.GLOBAL_MINIMUM));
            values.put("strict-saddles", (double) count(e, CriticalPoint.Kind.STRICT_SADDLE));
            return Optional.of(new Evaluation(sentence(e), values));
        } catch (NumericsException ex) {
            throw new IllegalArgumentException(ex.getMessage(), ex);
        }
    }

    @Override
    public Component create(WidgetContext context) {
        return new CriticalPointsView(context);
    }

    /** X, Y and d1 as the trainer's options (hidden = d1), so both widgets read and check data alike. */
    static Map<String, Object> trainerOptions(Map<String, Object> options, List<String> problems) {
        Map<String, Object> out = new LinkedHashMap<>();
        out.put("X", options.getOrDefault("X", X));
        out.put("Y", options.getOrDefault("Y", Y));
        Integer d1 = d1(options.getOrDefault("d1", D1));
        if (d1 == null) {
            problems.add("d1 must be a whole number from 1 to " + MAX_SIDE + "; got \"" + options.get("d1") + "\"");
            d1 = D1;
        }
        out.put("hidden", Integer.toString(d1));
        return out;
    }

    /** The hidden width from YAML (a number) or a URL (text); null unless a whole number in [1, MAX_SIDE]. */
    static Integer d1(Object value) {
        Integer d;
        if (value instanceof Integer i) {
            d = i;
        } else {
            try {
                d = Integer.valueOf(String.valueOf(value).strip());
            } catch (NumberFormatException e) {
                return null;
            }
        }
        return d >= 1 && d <= MAX_SIDE ? d : null;
    }

    static long count(TwoLayerCriticalPoints.Enumeration e, CriticalPoint.Kind kind) {
        return e.families().stream().filter(f -> f.kind() == kind).count();
    }

    /** The families from the lowest value to the highest (ties in the enumeration's order: by |J|, then J). */
    static List<TwoLayerCriticalPoints.Family> byLoss(TwoLayerCriticalPoints.Enumeration e) {
        return e.families().stream().sorted(Comparator.comparingDouble(TwoLayerCriticalPoints.Family::loss)).toList();
    }

    /** {@code L* = 0.500000; 7 critical families: J = {1,2} global minimum (0.500000), J = {1,3} strict saddle …}. */
    static String sentence(TwoLayerCriticalPoints.Enumeration e) {
        int n = e.families().size();
        return "L* = " + sig6(e.globalValue()) + "; " + n + " critical famil" + (n == 1 ? "y" : "ies") + ": "
                + byLoss(e).stream().map(f -> "J = " + indexSet(f.indexSet()) + " " + kind(f.kind()) + " ("
                        + sig6(f.loss()) + ")").collect(Collectors.joining(", "));
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

    static String sig6(double v) {
        return String.format(Locale.ROOT, "%.6g", v);
    }
}
