package org.landscapelab.widgets.slice;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.List;
import org.landscapelab.numerics.landscape.TrajectorySlice;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** {@code landscape-slice}: the loss on a plane through a run of gradient descent, and what the plane hides. */
public final class LandscapeSliceWidget implements Widget {

    /** The run's start scale, the same in the page and in the validator. */
    static final double INIT_SCALE = 0.3;

    static final Duration BUDGET = Duration.ofSeconds(20);

    /** How the slice is drawn. */
    enum Display {
        /** a coloured map with level lines */
        MAP,
        /** a rotatable surface */
        SURFACE;

        /** How lesson files and links name it. */
        String key() {
            return this == MAP ? "map" : "3d";
        }
    }

    static final Option<Double> RATE = LinearProblem.RATE;
    static final Option<Integer> STEPS = Option.integer("steps", 400, 10, 20000, "steps of the run");
    static final Option<Integer> SEED = Option.integer("seed", 3, 0, 1_000_000_000, "seed of the start and of D₂");
    static final Option<Integer> GRID =
            Option.integer("grid", 60, 10, TrajectorySlice.MAX_GRID, "grid points per side");
    static final Option<Display> VIEW = Option.choice(
            "view",
            Display.MAP,
            Display::key,
            "map: coloured map with level lines; 3d: rotatable surface (needs WebGL)");

    /**
     * @param problem data X, Y and the widths d0, …, dh
     * @param rate learning rate η
     * @param steps steps of the run
     * @param seed seed of the start and of the random direction D₂
     * @param grid grid points per side of the slice
     * @param display how the slice is drawn (no effect on the numbers)
     */
    record Inputs(LinearProblem problem, double rate, int steps, int seed, int grid, Display display) {}

    static final WidgetSpec<Inputs, LandscapeSliceCompute.Result> SPEC = WidgetSpec.of(
            "landscape-slice",
            "A 2-D slice of the loss through the start of a gradient-descent run, along the run's overall direction"
                    + " and a random orthogonal one, as a map with level lines or a 3-D surface, with the run drawn on"
                    + " it — and, honestly, how far the run leaves the plane and the true loss beside the slice's loss"
                    + " along it.",
            List.of(LinearProblem.X, LinearProblem.Y, LinearProblem.HIDDEN, RATE, STEPS, SEED, GRID, VIEW),
            LandscapeSliceWidget::inputs,
            LandscapeSliceCompute::compute);

    static Inputs inputs(Settings s) {
        LinearProblem problem =
                LinearProblem.of(s, s.get(LinearProblem.X), s.get(LinearProblem.Y), s.get(LinearProblem.HIDDEN));
        Inputs in = new Inputs(problem, s.get(RATE), s.get(STEPS), s.get(SEED), s.get(GRID), s.get(VIEW));
        return problem == null ? null : in;
    }

    @Override
    public WidgetSpec<Inputs, LandscapeSliceCompute.Result> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context) {
        return new LandscapeSliceView(context);
    }
}
