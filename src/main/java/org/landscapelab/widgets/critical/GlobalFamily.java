package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.Component;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.landscapelab.components.Numerals;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.critical.TwoLayerCriticalPoints;
import org.landscapelab.numerics.networks.CriticalPoint;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetResult;
import org.landscapelab.widgets.WidgetSpec;

/** Checkpoint {@code critical-global}: which critical family is the global minimum? Graded by the enumeration. */
public final class GlobalFamily implements Checkpoint {

    /** The same two-layer problem as {@code critical-points}, read alike; the student is graded instead. */
    static final WidgetSpec<CriticalPoints.Inputs, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "critical-global",
            "Shows the singular values of Y P_X and every critical family J of a two-layer network (values hidden);"
                    + " the student picks the global minimum, graded by the enumeration of critical points.",
            List.of(LinearProblem.X, LinearProblem.Y, LinearProblem.D1),
            CriticalPoints::inputs);

    @Override
    public WidgetSpec<CriticalPoints.Inputs, WidgetResult> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        return new GlobalFamilyView(SPEC.lessonInputs(context), hooks);
    }

    /**
     * The verdict on a chosen family.
     *
     * @param right the family is a global minimum
     * @param text what the student is told (after "Right. " or "Not quite. ")
     */
    record Grade(boolean right, String text) {}

    /** Grades {@code chosen} by its kind in the enumeration {@code r}, naming the global family and L*. */
    static Grade grade(CriticalPointsCompute.Result r, TwoLayerCriticalPoints.Family chosen) {
        boolean right = chosen.kind() == CriticalPoint.Kind.GLOBAL_MINIMUM;
        String global = r.enumeration().families().stream()
                .filter(f -> f.kind() == CriticalPoint.Kind.GLOBAL_MINIMUM)
                .map(f -> "J = " + CriticalPointsCompute.indexSet(f.indexSet()))
                .collect(Collectors.joining(" or "));
        return new Grade(
                right,
                "J = " + CriticalPointsCompute.indexSet(chosen.indexSet()) + " has loss "
                        + Numerals.sig(chosen.loss(), 6) + " and is a " + CriticalPointsCompute.kind(chosen.kind())
                        + (right ? "" : "; the global minimum is " + global) + ", with L* = "
                        + Numerals.sig(r.enumeration().globalValue(), 6) + ".");
    }

    /** The choice of a family as the student sees and the attempt records it: {@code J = {1}}. */
    static String label(TwoLayerCriticalPoints.Family f) {
        return "J = " + CriticalPointsCompute.indexSet(f.indexSet());
    }

    /** Grades a choice by its label, as the view offers it. */
    static CheckpointVariants.Grade grade(CriticalPointsCompute.Result r, String answer) {
        Optional<TwoLayerCriticalPoints.Family> chosen = r.enumeration().families().stream()
                .filter(f -> label(f).equals(answer.strip()))
                .findFirst();
        if (chosen.isEmpty()) {
            return new CheckpointVariants.Grade(
                    false,
                    "Choose one of the families: "
                            + r.enumeration().families().stream()
                                    .map(GlobalFamily::label)
                                    .collect(Collectors.joining(", "))
                            + ".");
        }
        Grade g = grade(r, chosen.get());
        return new CheckpointVariants.Grade(g.right(), g.text());
    }

    @Override
    public Optional<CheckpointVariants> variants() {
        return Optional.of((options, seed) -> variant(SPEC.inputsOf(options)));
    }

    /**
     * The lesson's problem (no seed: the lesson fixes it). The reference answer is the family of least loss and the
     * wrong ones are the families with a larger loss, read from the losses alone, while the grader goes by the kinds
     * the enumeration assigns: the two must agree.
     */
    static CheckpointVariants.Variant variant(CriticalPoints.Inputs in) {
        CriticalPointsCompute.Result r;
        try {
            r = CriticalPointsCompute.compute(in, Job.HEADLESS);
        } catch (NumericsException e) {
            throw new IllegalArgumentException("the critical points cannot be enumerated: " + e.getMessage(), e);
        }
        List<TwoLayerCriticalPoints.Family> families = r.enumeration().families();
        TwoLayerCriticalPoints.Family least = families.stream()
                .min(Comparator.comparingDouble(TwoLayerCriticalPoints.Family::loss))
                .orElseThrow(() -> new IllegalArgumentException("the enumeration has no critical family"));
        // L* and the losses agree to Tolerances.LOSS_RELATIVE·max(1, ½‖Y‖²), as the enumeration's own kinds do.
        double tie = 1e3
                * Tolerances.LOSS_RELATIVE
                * Math.max(1, 0.5 * square(in.problem().y().frobeniusNorm()));
        List<String> wrong = families.stream()
                .filter(f -> f.loss() > least.loss() + tie)
                .map(GlobalFamily::label)
                .toList();
        return new CheckpointVariants.Variant(
                "X = " + in.problem().x().format() + ", Y = " + in.problem().y().format() + ", d1 = " + in.d1(),
                label(least),
                // every family of larger loss, and a family that does not exist
                wrong.isEmpty()
                        ? List.of()
                        : Stream.concat(wrong.stream(), Stream.of("J = {0}")).toList(),
                answer -> grade(r, answer));
    }

    private static double square(double x) {
        return x * x;
    }
}
