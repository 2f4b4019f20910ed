package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.ExerciseKind;
import org.landscapelab.numerics.LocalOpenness;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;

/** Checkpoint {@code openness-example}: "give an example" of a pair with a property, graded by the analysis. */
public final class OpennessExample implements Checkpoint {

    /** The properties a lesson may ask for, by the kind of pair that has them. */
    static final Map<String, ExerciseKind> PROPERTIES = Map.of(
            "equal-ranks-not-open", ExerciseKind.EQUAL_RANKS_NOT_OPEN,
            "equal-ranks-open", ExerciseKind.EQUAL_RANKS_OPEN,
            "ranks-differ", ExerciseKind.RANKS_DIFFER,
            "full-rank", ExerciseKind.FULL_RANK);

    @Override
    public String name() {
        return "openness-example";
    }

    @Override
    public String description() {
        return "The student enters W1 (m×k) and W2 (k×n) with a required property; the analysis grades it and"
                + " says what the entered pair actually is.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                OptionSpec.choice("property", "equal-ranks-not-open", PROPERTIES.keySet().stream().sorted().toList(),
                        "what the pair must be"),
                OptionSpec.range("m", OptionType.INTEGER, "3", 2, 6, "rows of W1"),
                OptionSpec.range("k", OptionType.INTEGER, "2", 1, 5, "columns of W1 = rows of W2; below min(m, n)"),
                OptionSpec.range("n", OptionType.INTEGER, "3", 2, 6, "columns of W2"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        int m = (Integer) options.getOrDefault("m", 3);
        int k = (Integer) options.getOrDefault("k", 2);
        int n = (Integer) options.getOrDefault("n", 3);
        return k < Math.min(m, n) ? List.of()
                : List.of("k must be below min(m, n) so that Theorem 2 applies; here k = " + k + ", min(m, n) = "
                        + Math.min(m, n));
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        String property = (String) context.options().getOrDefault("property", "equal-ranks-not-open");
        return new OpennessExampleView(PROPERTIES.get(property), (Integer) context.options().getOrDefault("m", 3),
                (Integer) context.options().getOrDefault("k", 2), (Integer) context.options().getOrDefault("n", 3), hooks);
    }

    static String describe(ExerciseKind kind) {
        return switch (kind) {
            case RANKS_DIFFER -> "the ranks of W1 and W2 differ (so it is not locally open)";
            case EQUAL_RANKS_OPEN -> "equal ranks, locally open, with rank W1W2 below k";
            case EQUAL_RANKS_NOT_OPEN -> "equal ranks, yet not locally open";
            case FULL_RANK -> "rank W1 = rank W2 = rank W1W2 = k (locally open)";
        };
    }

    static ExerciseKind kindOf(LocalOpenness a) {
        return ExerciseKind.of(a);
    }
}
