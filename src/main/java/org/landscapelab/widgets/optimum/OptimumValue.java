package org.landscapelab.widgets.optimum;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.landscapelab.components.Numerals;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.Numbers;
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
        return Math.abs(given - lStar) <= tolerance(lStar);
    }

    private static double tolerance(double lStar) {
        return Math.max(ABSOLUTE, RELATIVE * Math.abs(lStar));
    }

    /** Grades the text typed, read by the app's one number reader as the field reads it. */
    static CheckpointVariants.Grade grade(double lStar, String answer) {
        double given;
        try {
            given = Numbers.parse(answer);
        } catch (NumericsException e) {
            return new CheckpointVariants.Grade(false, e.getMessage());
        }
        boolean right = accepts(lStar, given);
        return new CheckpointVariants.Grade(
                right,
                right
                        ? "L* = " + Numerals.sig(lStar, 6) + "."
                        : "Your value " + Numerals.sig(given, 6) + " is not L*. Take the singular values of Y P_X,"
                                + " keep the r largest (r = the smallest width), add up the squares of the others and"
                                + " halve the sum; then add half the squared norm of Y(I − P_X), the part of Y outside"
                                + " the row space of X.");
    }

    @Override
    public Optional<CheckpointVariants> variants() {
        return Optional.of((options, seed) -> variant(SPEC.inputsOf(options)));
    }

    /**
     * The lesson's example (no seed: the lesson fixes it): L* to six digits, as a student would type it, must pass;
     * values twice the tolerance above and below it must not.
     */
    static CheckpointVariants.Variant variant(Inputs in) {
        double lStar;
        try {
            lStar = lStar(in);
        } catch (NumericsException e) {
            throw new IllegalArgumentException("L* cannot be computed: " + e.getMessage(), e);
        }
        double off = 2 * tolerance(lStar);
        return new CheckpointVariants.Variant(
                "X = " + in.problem().x().format() + ", Y = " + in.problem().y().format(),
                Numerals.sig(lStar, 6),
                List.of(Numerals.sig(lStar + off, 6), Numerals.sig(lStar - off, 6), "one"),
                answer -> grade(lStar, answer));
    }
}
