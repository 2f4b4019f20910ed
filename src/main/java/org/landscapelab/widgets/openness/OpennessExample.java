package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.landscapelab.numerics.exercises.ExerciseKind;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetResult;
import org.landscapelab.widgets.WidgetSpec;

/** Checkpoint {@code openness-example}: "give an example" of a pair with a property, graded by the analysis. */
public final class OpennessExample implements Checkpoint {

    static final Option<ExerciseKind> PROPERTY =
            Option.choice("property", ExerciseKind.EQUAL_RANKS_NOT_OPEN, OpennessExample::key, "what the pair must be");
    static final Option<Integer> M = Option.integer("m", 3, 2, 6, "rows of W1");
    static final Option<Integer> K = Option.integer("k", 2, 1, 5, "columns of W1 = rows of W2; below min(m, n)");
    static final Option<Integer> N = Option.integer("n", 3, 2, 6, "columns of W2");

    /** What the student is asked for: a pair of this kind and these shapes. */
    record Inputs(ExerciseKind wanted, int m, int k, int n) {}

    static final WidgetSpec<Inputs, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "openness-example",
            "The student enters W1 (m×k) and W2 (k×n) with a required property; the analysis grades it and"
                    + " says what the entered pair actually is.",
            List.of(PROPERTY, M, K, N),
            OpennessExample::inputs);

    static Inputs inputs(Settings s) {
        Inputs in = new Inputs(s.get(PROPERTY), s.get(M), s.get(K), s.get(N));
        if (in.k() >= Math.min(in.m(), in.n())) {
            s.problem("k must be below min(m, n) so that Theorem 2 applies; here k = " + in.k() + ", min(m, n) = "
                    + Math.min(in.m(), in.n()));
        }
        return in;
    }

    @Override
    public WidgetSpec<Inputs, WidgetResult> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        Inputs in = SPEC.lessonInputs(context);
        return new OpennessExampleView(in.wanted(), in.m(), in.k(), in.n(), hooks);
    }

    /** How lesson files name each kind. */
    static String key(ExerciseKind kind) {
        return switch (kind) {
            case RANKS_DIFFER -> "ranks-differ";
            case EQUAL_RANKS_OPEN -> "equal-ranks-open";
            case EQUAL_RANKS_NOT_OPEN -> "equal-ranks-not-open";
            case FULL_RANK -> "full-rank";
        };
    }

    static String describe(ExerciseKind kind) {
        return switch (kind) {
            case RANKS_DIFFER -> "the ranks of W1 and W2 differ (so it is not locally open)";
            case EQUAL_RANKS_OPEN -> "equal ranks, locally open, with rank W1W2 below k";
            case EQUAL_RANKS_NOT_OPEN -> "equal ranks, yet not locally open";
            case FULL_RANK -> "rank W1 = rank W2 = rank W1W2 = k (locally open)";
        };
    }
}
