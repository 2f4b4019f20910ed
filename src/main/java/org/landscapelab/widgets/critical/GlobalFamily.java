package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.stream.Collectors;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.critical.TwoLayerCriticalPoints;
import org.landscapelab.numerics.networks.CriticalPoint;
import org.landscapelab.widgets.Checkpoint;
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
}
