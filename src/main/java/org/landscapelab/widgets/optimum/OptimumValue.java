package org.landscapelab.widgets.optimum;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.trainer.LinearTrainer;

/** Checkpoint {@code optimum-value}: compute L* for the example shown; graded against the closed form. */
public final class OptimumValue implements Checkpoint {

    /** Student answers: within 0.1 % of L* (or 1e−6 absolute when L* is near 0), as PrairieLearn grades numbers. */
    static final double RELATIVE = 1e-3;
    static final double ABSOLUTE = 1e-6;

    @Override
    public String name() {
        return "optimum-value";
    }

    @Override
    public String description() {
        return "Shows X, Y and the widths; the student enters the global optimum L* of ½‖W_h⋯W_1X − Y‖², graded"
                + " against the closed form (0.1 % relative tolerance).";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                new OptionSpec("X", OptionType.MATRIX, "1,0;0,1", 1.0, 6.0, List.of(), "inputs, d0×n"),
                new OptionSpec("Y", OptionType.MATRIX, "2,0;0,1", 1.0, 6.0, List.of(), "targets, dh×n"),
                OptionSpec.of("hidden", OptionType.TEXT, "1", "hidden widths d1,…,d(h−1)"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        LinearTrainer.validate(options, problems);
        return problems;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        return new OptimumValueView(context.options(), hooks);
    }
}
