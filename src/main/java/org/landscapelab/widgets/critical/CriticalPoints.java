package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.List;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/**
 * {@code critical-points}: every critical family of the two-layer loss ½‖W2W1X − Y‖², one per index set J of
 * singular triplets, with its value, rank, Hessian inertia and kind, and the escape direction at a degenerate saddle.
 */
public final class CriticalPoints implements Widget {

    static final int MAX_SIDE = LinearProblem.MAX_SIDE;
    /** Enough for the largest case allowed here (6×6 data, d1 = 6: 64 families, about 0.2 s). */
    static final Duration BUDGET = Duration.ofSeconds(20);

    /** @param problem data X, Y and the widths d0, d1, d2 of a two-layer network */
    record Inputs(LinearProblem problem) {

        /** The problem of X and Y with hidden width d1 (X and Y already checked to have as many columns). */
        static Inputs of(Matrix x, Matrix y, int d1) {
            return new Inputs(new LinearProblem(x, y, new int[] {x.rows(), d1, y.rows()}));
        }

        int d1() {
            return problem.widths()[1];
        }
    }

    static final WidgetSpec<Inputs, CriticalPointsCompute.Result> SPEC = WidgetSpec.of(
            "critical-points",
            "Every critical family of ½‖W2W1X − Y‖² (one per index set J of singular triplets of YP_X): its value,"
                    + " rank, Hessian inertia and kind, against L*; a degenerate saddle shows its escape direction.",
            List.of(LinearProblem.X, LinearProblem.Y, LinearProblem.D1),
            CriticalPoints::inputs,
            CriticalPointsCompute::compute);

    /** X, Y and d1 as a two-layer problem; the critical-global checkpoint reads its options alike. */
    static Inputs inputs(Settings s) {
        LinearProblem problem =
                LinearProblem.of(s, s.get(LinearProblem.X), s.get(LinearProblem.Y), List.of(s.get(LinearProblem.D1)));
        return problem == null ? null : new Inputs(problem);
    }

    @Override
    public WidgetSpec<Inputs, CriticalPointsCompute.Result> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context) {
        return new CriticalPointsView(context);
    }
}
