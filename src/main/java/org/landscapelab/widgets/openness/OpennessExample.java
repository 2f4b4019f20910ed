package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.Random;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.exercises.Exercise;
import org.landscapelab.numerics.exercises.ExerciseGenerator;
import org.landscapelab.numerics.exercises.ExerciseKind;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.MatrixAnswer;
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
        } else if (in.wanted() == ExerciseKind.EQUAL_RANKS_NOT_OPEN && in.k() < 2) {
            // equal ranks r ≤ 1 = k force rank W1W2 ≥ 2r − 1, that is = r: open, so the question has no answer
            s.problem("no pair with equal ranks is not locally open when k = 1 (Sylvester: rank W1W2 ≥ rank W1 +"
                    + " rank W2 − k); take k ≥ 2");
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

    static final List<String> NAMES = List.of("W1", "W2");

    /**
     * Grades an answer {@code W1 = …; W2 = …} (as {@link MatrixAnswer} writes the two fields) by what the analysis
     * finds the pair to be, saying what it is.
     */
    static CheckpointVariants.Grade grade(Inputs in, String answer) {
        try {
            List<Matrix> pair = MatrixAnswer.read(answer, NAMES, OpennessExplorer.MAX_SIDE);
            Matrix a = pair.get(0);
            Matrix b = pair.get(1);
            if (a.rows() != in.m() || a.cols() != in.k()) {
                return new CheckpointVariants.Grade(false, shape("W1", in.m(), in.k(), a));
            }
            if (b.rows() != in.k() || b.cols() != in.n()) {
                return new CheckpointVariants.Grade(false, shape("W2", in.k(), in.n(), b));
            }
            LocalOpenness analysis = LocalOpenness.analyze(a, b);
            ExerciseKind got = ExerciseKind.of(analysis);
            boolean right = got == in.wanted();
            return new CheckpointVariants.Grade(
                    right,
                    "Your pair: " + OpennessExplorerCompute.sentence(analysis) + ". It is a pair with " + describe(got)
                            + (right ? "." : "; the question asks for " + describe(in.wanted()) + "."));
        } catch (NumericsException e) {
            return new CheckpointVariants.Grade(false, e.getMessage());
        }
    }

    static String shape(String name, int rows, int cols, Matrix got) {
        return name + " must be " + rows + "×" + cols + "; this is " + got.shape() + ".";
    }

    @Override
    public Optional<CheckpointVariants> variants() {
        return Optional.of((options, seed) -> variant(SPEC.inputsOf(options), seed));
    }

    /**
     * A pair of the wanted kind built by the generator for these shapes (ranks drawn from the seed), and a pair of
     * another kind and a pair of the wrong shape as wrong answers; the analysis that grades decides.
     */
    static CheckpointVariants.Variant variant(Inputs in, long seed) {
        ExerciseKind other = in.wanted() == ExerciseKind.FULL_RANK ? ExerciseKind.RANKS_DIFFER : ExerciseKind.FULL_RANK;
        Exercise reference = example(in, in.wanted(), seed);
        Exercise wrong = example(in, other, seed);
        return new CheckpointVariants.Variant(
                "a pair with " + describe(in.wanted()) + ", W1 " + in.m() + "×" + in.k() + ", W2 " + in.k() + "×"
                        + in.n(),
                answer(reference.w1(), reference.w2()),
                List.of(
                        answer(wrong.w1(), wrong.w2()),
                        answer(reference.w1().transpose(), reference.w2().transpose())),
                answer -> grade(in, answer));
    }

    private static String answer(Matrix w1, Matrix w2) {
        return MatrixAnswer.of(NAMES, List.of(w1.format(), w2.format()));
    }

    /**
     * A pair of {@code kind} with the question's shapes: ranks (r1, r2, r12) of that kind drawn from the seed,
     * within Sylvester's bound r12 ≥ r1 + r2 − k.
     *
     * @throws IllegalArgumentException when no pair of that kind has these shapes
     */
    static Exercise example(Inputs in, ExerciseKind kind, long seed) {
        Random rnd = new Random(seed);
        int k = in.k();
        int r1;
        int r2;
        int r12;
        switch (kind) {
            case RANKS_DIFFER -> {
                r1 = rnd.nextInt(k + 1);
                r2 = (r1 + 1 + rnd.nextInt(k)) % (k + 1); // any rank in 0..k but r1
                int low = Math.max(0, r1 + r2 - k);
                r12 = low + rnd.nextInt(Math.min(r1, r2) - low + 1);
            }
            case EQUAL_RANKS_OPEN -> r1 = r2 = r12 = rnd.nextInt(k);
            case EQUAL_RANKS_NOT_OPEN -> {
                if (k < 2) {
                    // rank W1W2 < rank W1 = rank W2 ≤ k − 1 needs rank W1W2 ≥ 2·rank W1 − k, impossible for k = 1
                    throw new IllegalArgumentException("no pair with " + describe(kind) + " exists for k = " + k
                            + " (Sylvester: rank W1W2 ≥ rank W1 + rank W2 − k); take k ≥ 2");
                }
                r1 = r2 = 1 + rnd.nextInt(k - 1);
                int low = Math.max(0, 2 * r1 - k);
                r12 = low + rnd.nextInt(r1 - low);
            }
            default -> r1 = r2 = r12 = k;
        }
        try {
            return ExerciseGenerator.withRanks(in.m(), k, in.n(), r1, r2, r12, rnd.nextLong());
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
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
