package org.landscapelab.lessons;

import java.util.List;
import java.util.Map;

/**
 * What the lesson engine knows of a widget: its directive name, a one-line description and its options. The
 * engine validates lesson files against this; it never sees how the widget is drawn or computed.
 */
public interface WidgetSchema {

    String name();

    String description();

    List<OptionSpec> options();

    /**
     * Checks that need the widget's own knowledge (shapes that must agree, a matrix that must parse), after
     * every option has passed its type check. Returns one message per problem, naming the option.
     *
     * @param options the directive's options as parsed from YAML, defaults not filled in
     */
    default List<String> check(Map<String, Object> options) {
        return List.of();
    }

    /**
     * What the widget shows for these options, for the validator's {@code {expect}} claims; empty when the widget
     * has nothing to claim about. Called only with options that passed {@link #check}.
     *
     * @throws IllegalArgumentException when the options cannot be evaluated, with the reason
     */
    default java.util.Optional<Evaluation> evaluate(Map<String, Object> options) {
        return java.util.Optional.empty();
    }

    /**
     * How a checkpoint type tests itself: variants with known right and wrong answers, graded as students are; empty
     * for widgets that grade nothing. {@code validate --variants N} fails a checkpoint type that offers none.
     */
    default java.util.Optional<CheckpointVariants> variants() {
        return java.util.Optional.empty();
    }
}
