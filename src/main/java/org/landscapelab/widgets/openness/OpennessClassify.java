package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.exercises.Exercise;
import org.landscapelab.numerics.exercises.ExerciseGenerator;
import org.landscapelab.numerics.exercises.ExerciseKind;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetResult;
import org.landscapelab.widgets.WidgetSpec;

/** Checkpoint {@code openness-classify}: decide for random pairs whether multiplication is locally open there. */
public final class OpennessClassify implements Checkpoint {

    static final Option<Integer> ROUNDS = Option.integer("rounds", 3, 1, 10, "right answers needed to pass");

    static final WidgetSpec<Integer, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "openness-classify",
            "Random pairs (W1, W2) with k < min(m,n), one of each kind in turn; the student says whether"
                    + " multiplication is locally open there. Graded by the rank test, with the reason.",
            List.of(ROUNDS),
            s -> s.get(ROUNDS));

    @Override
    public WidgetSpec<Integer, WidgetResult> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        return new OpennessClassifyView(SPEC.lessonInputs(context), hooks);
    }

    static final String OPEN = "Locally open";
    static final String NOT_OPEN = "Not locally open";

    /**
     * The pair of variant {@code seed}: the seed modulo the number of kinds picks the kind, so that a recorded seed
     * gives back the very pair the student saw.
     */
    static Exercise exercise(long seed) {
        return ExerciseGenerator.generate(kind(seed), seed);
    }

    static ExerciseKind kind(long seed) {
        return ExerciseKind.values()[(int) Math.floorMod(seed, ExerciseKind.values().length)];
    }

    /** A seed of the given kind, from any random number. */
    static long seed(ExerciseKind kind, long random) {
        int kinds = ExerciseKind.values().length;
        return Math.floorDiv(random, kinds) * kinds + kind.ordinal();
    }

    /** Grades a choice ({@link #OPEN} or {@link #NOT_OPEN}) by the rank test on the pair, with the reason. */
    static CheckpointVariants.Grade grade(Exercise pair, String answer) {
        LocalOpenness a = pair.analysis();
        boolean open = a.locallyOpen();
        if (!answer.equals(OPEN) && !answer.equals(NOT_OPEN)) {
            return new CheckpointVariants.Grade(false, "Choose “" + OPEN + "” or “" + NOT_OPEN + "”.");
        }
        return new CheckpointVariants.Grade(
                answer.equals(open ? OPEN : NOT_OPEN),
                "This pair is " + (open ? "locally open" : "not locally open") + ": " + reason(a) + " ("
                        + OpennessExplorerCompute.sentence(a) + ")");
    }

    private static String reason(LocalOpenness a) {
        if (a.rankW1() != a.rankW2()) {
            return "rank W1 = " + a.rankW1() + " differs from rank W2 = " + a.rankW2();
        }
        return a.locallyOpen()
                ? "rank W1 = rank W2 = rank W1W2 = " + a.rankW1W2()
                : "the ranks agree, but rank W1W2 = " + a.rankW1W2() + " is smaller";
    }

    @Override
    public Optional<CheckpointVariants> variants() {
        return Optional.of((options, seed) -> variant(seed));
    }

    /**
     * The pair of {@code seed}. The reference answer comes from the kind the generator was asked for, the grade from
     * the analysis of the pair it built: the two must agree.
     */
    static CheckpointVariants.Variant variant(long seed) {
        Exercise pair = exercise(seed);
        ExerciseKind asked = kind(seed);
        boolean open = asked == ExerciseKind.EQUAL_RANKS_OPEN || asked == ExerciseKind.FULL_RANK;
        return new CheckpointVariants.Variant(
                "W1 = " + pair.w1().format() + ", W2 = " + pair.w2().format() + ", generated as " + asked,
                open ? OPEN : NOT_OPEN,
                List.of(open ? NOT_OPEN : OPEN, ""),
                answer -> grade(pair, answer));
    }
}
