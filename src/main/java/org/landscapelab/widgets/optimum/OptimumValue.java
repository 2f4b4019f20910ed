package org.landscapelab.widgets.optimum;

import com.vaadin.flow.component.Component;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;
import org.landscapelab.components.Numerals;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.Numbers;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.exercises.WholeTargets;
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

    static final Option<Boolean> RANDOM = Option.bool(
            "random",
            false,
            "give each student Y of their own, of the lesson's Y's shape: distinct whole singular values, rows and"
                    + " columns signed-permuted; X must then be orthogonal (e.g. the identity), so that L* can be"
                    + " found by hand");

    /**
     * @param problem the data and widths the student computes L* for; with {@code random}, Y's shape and X
     * @param random whether each student gets a Y drawn from a seed
     */
    record Inputs(LinearProblem problem, boolean random) {

        /** The problem of variant {@code seed}: the lesson's own, or with Y drawn from the seed. */
        LinearProblem problem(long seed) {
            return random ? drawn(problem, seed).problem() : problem;
        }
    }

    /**
     * A drawn problem and its L* as the construction gives it, without any decomposition.
     *
     * @param problem X, the drawn Y and the widths
     * @param lStar ½ Σ of the squared singular values below the r largest, read off the drawn diagonal
     */
    record Drawn(LinearProblem problem, double lStar) {}

    /**
     * Y of the lesson's Y's shape with whole, distinct singular values ({@link WholeTargets}). With X orthogonal,
     * P_X = I, so L* = ½ Σ_{i > r} σ_i² with r the smallest width.
     */
    static Drawn drawn(LinearProblem lesson, long seed) {
        WholeTargets.Targets targets =
                WholeTargets.draw(lesson.y().rows(), lesson.y().cols(), seed);
        int r = Arrays.stream(lesson.widths()).min().orElseThrow();
        double lStar = 0.5
                * targets.singularValues().stream()
                        .skip(r)
                        .mapToDouble(s -> (double) s * s)
                        .sum();
        return new Drawn(new LinearProblem(lesson.x(), targets.y(), lesson.widths()), lStar);
    }

    static final WidgetSpec<Inputs, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "optimum-value",
            "Shows X, Y and the widths (with random: true, each student's own Y of the lesson's shape); the student"
                    + " enters the global optimum L* of ½‖W_h⋯W_1X − Y‖², graded"
                    + " against the closed form (0.1 % relative tolerance).",
            List.of(X, Y, LinearProblem.HIDDEN, RANDOM),
            OptimumValue::inputs);

    static Inputs inputs(Settings s) {
        LinearProblem problem = LinearProblem.of(s, s.get(X), s.get(Y), s.get(LinearProblem.HIDDEN));
        if (problem == null) {
            return null;
        }
        boolean random = s.get(RANDOM);
        Matrix x = problem.x();
        if (random
                && (x.rows() != x.cols()
                        || x.times(x.transpose())
                                        .minus(Matrix.identity(x.rows()))
                                        .frobeniusNorm()
                                > 1e-12)) {
            s.problem("random: true needs an orthogonal X (square, XXᵀ = I; the identity will do): only then are the"
                    + " singular values the student needs those of Y, which the draw makes whole numbers");
            return null;
        }
        return new Inputs(problem, random);
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
    static double lStar(LinearProblem p) throws NumericsException {
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
        return Optional.of((options, seed) -> variant(SPEC.inputsOf(options), seed));
    }

    /**
     * The problem of {@code seed}: L* to six digits, as a student would type it, must pass; values twice the
     * tolerance above and below it must not. For a drawn Y the reference comes from the construction and the grade
     * from the closed form (an SVD): the two must agree. For the lesson's own example there is one question,
     * whatever the seed.
     */
    static CheckpointVariants.Variant variant(Inputs in, long seed) {
        Drawn drawn = in.random() ? drawn(in.problem(), seed) : null;
        LinearProblem problem = drawn != null ? drawn.problem() : in.problem();
        double lStar;
        try {
            lStar = lStar(problem);
        } catch (NumericsException e) {
            throw new IllegalArgumentException("L* cannot be computed: " + e.getMessage(), e);
        }
        double reference = drawn != null ? drawn.lStar() : lStar;
        double off = 2 * tolerance(reference);
        return new CheckpointVariants.Variant(
                "X = " + problem.x().format() + ", Y = " + problem.y().format(),
                Numerals.sig(reference, 6),
                List.of(Numerals.sig(reference + off, 6), Numerals.sig(reference - off, 6), "one"),
                answer -> grade(lStar, answer));
    }
}
