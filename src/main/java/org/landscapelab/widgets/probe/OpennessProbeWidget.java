package org.landscapelab.widgets.probe;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.LocalOpenness;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.OpennessProbe;
import org.landscapelab.widgets.Options;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;

/**
 * {@code openness-probe}: measures δ*(ε) at (W1, W2) for the default ε values (math.md §3.4), fits the log–log slope
 * and compares the measured rate with the one Theorem 2's rank test predicts.
 */
public final class OpennessProbeWidget implements Widget {

    /** The probe's own cap (an optimisation per target). */
    static final int MAX_SIDE = 5;
    static final String W1 = "1,0;0,0;0,0";
    static final String W2 = "1,0,0;0,0,0";
    /** One fixed seed: the same pair always gives the same measurement, on screen and in {@code {expect}}. */
    static final long SEED = 1;
    /** A 3×2×3 pair takes about a second; the largest (5×4×5) up to half a minute on a loaded machine. */
    static final Duration BUDGET = Duration.ofSeconds(90);

    @Override
    public String name() {
        return "openness-probe";
    }

    @Override
    public String description() {
        return "Measures δ*(ε), the largest reachable target radius for perturbations of size ε, at (W1, W2) for"
                + " ε = 0.1, 0.05, 0.025; plots it on log–log axes, fits the slope and compares the measured rate with"
                + " the theorem's.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                new OptionSpec("W1", OptionType.MATRIX, W1, 1.0, (double) MAX_SIDE, List.of(), "first factor, m×k"),
                new OptionSpec("W2", OptionType.MATRIX, W2, 1.0, (double) MAX_SIDE, List.of(),
                        "second factor, k×n (its rows must match W1's columns)"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        pair(options, problems);
        return problems;
    }

    @Override
    public Optional<Evaluation> evaluate(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        Matrix[] pair = pair(options, problems);
        if (pair == null) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        try {
            OpennessProbe.Classification probe = run(pair[0], pair[1], () -> false, p -> { });
            LocalOpenness theorem = LocalOpenness.analyze(pair[0], pair[1]);
            Map<String, Double> values = new LinkedHashMap<>();
            if (Double.isFinite(probe.slope())) {
                values.put("slope", probe.slope());
            }
            values.put("measured-order", order(probe.rate()));
            values.put("theorem-order", order(theorem.rate()));
            values.put("agrees", probe.rate() == theorem.rate() ? 1.0 : 0.0);
            return Optional.of(new Evaluation(sentence(probe, theorem.rate()), values));
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Component create(WidgetContext context) {
        return new OpennessProbeView(context);
    }

    static OpennessProbe.Classification run(Matrix w1, Matrix w2, java.util.function.BooleanSupplier cancelled,
            java.util.function.DoubleConsumer progress) throws NumericsException {
        return OpennessProbe.classify(w1, w2, OpennessProbe.defaultEpsilons(), SEED, Instant.now().plus(BUDGET),
                cancelled, progress);
    }

    /** W1 and W2 parsed, within the probe's size and multipliable; null with the problems said. */
    static Matrix[] pair(Map<String, Object> options, List<String> problems) {
        Matrix w1 = parse(options.getOrDefault("W1", W1), "W1", problems);
        Matrix w2 = parse(options.getOrDefault("W2", W2), "W2", problems);
        if (w1 == null || w2 == null) {
            return null;
        }
        if (w1.cols() != w2.rows()) {
            problems.add("W2 must have as many rows as W1 has columns: W1 is " + w1.shape() + ", W2 is " + w2.shape());
            return null;
        }
        return new Matrix[] {w1, w2};
    }

    static Matrix parse(Object value, String name, List<String> problems) {
        return Options.matrix(value, name, MAX_SIDE, problems);
    }

    /** The exponent p of δ*(ε) = Θ(ε^p); 0 for "δ* = 0" (not open). */
    static double order(LocalOpenness.Rate rate) {
        return switch (rate) {
            case LINEAR -> 1;
            case QUADRATIC -> 2;
            case ZERO -> 0;
        };
    }

    /** {@code fitted slope 2.00: δ*(ε) = Θ(ε²); theorem: δ*(ε) = Θ(ε²); agrees}. */
    static String sentence(OpennessProbe.Classification probe, LocalOpenness.Rate theorem) {
        String measured = Double.isFinite(probe.slope())
                ? String.format(Locale.ROOT, "fitted slope %.2f: ", probe.slope())
                : "no slope (δ* = 0 at ε = " + smallestEpsilon(probe) + "): ";
        return measured + probe.rate().text() + "; theorem: " + theorem.text() + "; "
                + (probe.rate() == theorem ? "agrees" : "disagrees");
    }

    static String smallestEpsilon(OpennessProbe.Classification probe) {
        return probe.estimates().stream().mapToDouble(OpennessProbe.Estimate::epsilon).min().stream()
                .mapToObj(e -> String.format(Locale.ROOT, "%s", e)).findFirst().orElse("?");
    }
}
