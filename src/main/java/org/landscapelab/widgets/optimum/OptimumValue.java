package org.landscapelab.widgets.optimum;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.ReducedRankRegression;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetResult;
import org.landscapelab.widgets.WidgetSpec;

/** Checkpoint {@code optimum-value}: compute L* for the example shown; graded against the closed form. */
public final class OptimumValue implements Checkpoint {

    /** Student answers: within 0.1 % of L* (or 1e−6 absolute when L* is near 0), as PrairieLearn grades numbers. */
    static final double RELATIVE = 1e-3;

    static final double ABSOLUTE = 1e-6;

    /** A smaller example than the course's running one: two samples, targets 2 and 1. */
    static final Option<Matrix> X = LinearProblem.inputs("1,0;0,1");

    static final Option<Matrix> Y = LinearProblem.targets("2,0;0,1");

    /** @param problem the data and widths the student computes L* for */
    record Inputs(LinearProblem problem) {}

    static final WidgetSpec<Inputs, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "optimum-value",
            "Shows X, Y and the widths; the student enters the global optimum L* of ½‖W_h⋯W_1X − Y‖², graded"
                    + " against the closed form (0.1 % relative tolerance).",
            List.of(X, Y, LinearProblem.HIDDEN),
            OptimumValue::inputs);

    static Inputs inputs(Settings s) {
        LinearProblem problem = LinearProblem.of(s, s.get(X), s.get(Y), s.get(LinearProblem.HIDDEN));
        return problem == null ? null : new Inputs(problem);
    }

    @Override
    public WidgetSpec<Inputs, WidgetResult> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        return new OptimumValueView(SPEC.lessonInputs(context), hooks);
    }

    /** The closed-form global optimum the answer is graded against. */
    static double lStar(Inputs in) throws NumericsException {
        LinearProblem p = in.problem();
        return ReducedRankRegression.globalOptimum(p.x(), p.y(), p.widths()).value();
    }

    /** Whether {@code given} is L* within the tolerance. */
    static boolean accepts(double lStar, double given) {
        return Math.abs(given - lStar) <= Math.max(ABSOLUTE, RELATIVE * Math.abs(lStar));
    }
}
