package org.landscapelab.widgets.trainer;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** {@code linear-trainer}: gradient descent from many random starts on a linear network, judged against L*. */
public final class LinearTrainer implements Widget {

    static final int MAX_SIDE = LinearProblem.MAX_SIDE;

    static final Option<Double> RATE = LinearProblem.RATE;
    static final Option<Double> MOMENTUM =
            Option.number("momentum", 0, 0, 0.99, "heavy-ball momentum μ (0 = plain gradient descent)");
    static final Option<Integer> STEPS = Option.integer("steps", 3000, 10, 20000, "steps per run");
    static final Option<Integer> STARTS = Option.integer("starts", 12, 1, 50, "random starts");
    static final Option<Double> SCALE = Option.number("scale", 0.3, 0.001, 3, "standard deviation of the start");
    static final Option<Integer> SEED = Option.integer("seed", 1, 0, 1_000_000_000, "seed of the random starts");

    /**
     * @param problem data X, Y and the widths d0, …, dh
     * @param rate learning rate η
     * @param momentum heavy-ball momentum μ
     * @param steps steps per run
     * @param starts random starts
     * @param scale standard deviation of the random starting entries
     * @param seed seed of the random starts
     */
    record Inputs(LinearProblem problem, double rate, double momentum, int steps, int starts, double scale, int seed) {}

    static final WidgetSpec<Inputs, LinearTrainerCompute.Result> SPEC = WidgetSpec.of(
            "linear-trainer",
            "Gradient descent (optionally with momentum) on ½‖W_h⋯W_1X − Y‖² from many seeded random starts: loss"
                    + " curves against the closed-form optimum L*, a histogram of final losses, and how each run"
                    + " ended.",
            List.of(LinearProblem.X, LinearProblem.Y, LinearProblem.HIDDEN, RATE, MOMENTUM, STEPS, STARTS, SCALE, SEED),
            LinearTrainer::inputs,
            LinearTrainerCompute::compute);

    static Inputs inputs(Settings s) {
        LinearProblem problem =
                LinearProblem.of(s, s.get(LinearProblem.X), s.get(LinearProblem.Y), s.get(LinearProblem.HIDDEN));
        Inputs in = new Inputs(
                problem, s.get(RATE), s.get(MOMENTUM), s.get(STEPS), s.get(STARTS), s.get(SCALE), s.get(SEED));
        return problem == null ? null : in;
    }

    @Override
    public WidgetSpec<Inputs, LinearTrainerCompute.Result> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context) {
        return new LinearTrainerView(context);
    }
}
