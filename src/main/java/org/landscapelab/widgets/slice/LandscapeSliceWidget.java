package org.landscapelab.widgets.slice;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.TrajectorySlice;
import org.landscapelab.widgets.Options;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.trainer.LinearTrainer;

/** {@code landscape-slice}: the loss on a plane through a run of gradient descent, and what the plane hides. */
public final class LandscapeSliceWidget implements Widget {

    @Override
    public String name() {
        return "landscape-slice";
    }

    @Override
    public String description() {
        return "A 2-D slice of the loss through the start of a gradient-descent run, along the run's overall direction"
                + " and a random orthogonal one, as a map with level lines or a 3-D surface, with the run drawn on it — and, honestly, how far the run leaves the"
                + " plane and the true loss beside the slice's loss along it.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(
                new OptionSpec("X", OptionType.MATRIX, "1,0,0;0,1,0;0,0,1", 1.0, 6.0, List.of(), "inputs, d0×n"),
                new OptionSpec("Y", OptionType.MATRIX, "3,0,0;0,2,0;0,0,1", 1.0, 6.0, List.of(), "targets, dh×n"),
                OptionSpec.of("hidden", OptionType.TEXT, "1", "hidden widths d1,…,d(h−1)"),
                OptionSpec.range("rate", OptionType.NUMBER, "0.05", 0.0001, 1, "learning rate η"),
                OptionSpec.range("steps", OptionType.INTEGER, "400", 10, 20000, "steps of the run"),
                OptionSpec.range("seed", OptionType.INTEGER, "3", 0, 1_000_000_000, "seed of the start and of D₂"),
                OptionSpec.range("grid", OptionType.INTEGER, "60", 10, 120, "grid points per side"),
                OptionSpec.choice("view", "map", List.of("map", "3d"),
                        "map: coloured map with level lines; 3d: rotatable surface (needs WebGL)"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        LinearTrainer.validate(options, problems);
        return problems;
    }

    /** The run's start scale, the same in the page and in the validator. */
    static final double INIT_SCALE = 0.3;
    static final Duration BUDGET = Duration.ofSeconds(20);

    @Override
    public Optional<Evaluation> evaluate(Map<String, Object> options) {
        List<String> problems = check(options);
        if (!problems.isEmpty()) {
            throw new IllegalArgumentException(String.join("; ", problems));
        }
        LinearTrainer.Data data = LinearTrainer.data(options);
        try {
            TrajectorySlice.Result r = TrajectorySlice.compute(data.x(), data.y(), data.widths(),
                    Options.number(options.getOrDefault("rate", 0.05)), (int) Options.number(options.getOrDefault("steps", 400)),
                    INIT_SCALE, (long) Options.number(options.getOrDefault("seed", 3)),
                    (int) Options.number(options.getOrDefault("grid", 60)), Instant.now().plus(BUDGET), () -> false, p -> { });
            return Optional.of(new Evaluation(summary(r), Map.of("L*", r.globalValue(), "max-off-plane",
                    r.maxOffPlane(), "max-gap", maxGap(r), "final-loss", r.trajectory().getLast().trueLoss())));
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    /** The widget's {@code data-summary} sentence. */
    static String summary(TrajectorySlice.Result r) {
        return "The run leaves the plane by at most " + sig(r.maxOffPlane()) + "; largest gap between the true"
                + " loss and the slice's loss along it: " + sig(maxGap(r)) + "; final loss "
                + sig(r.trajectory().getLast().trueLoss()) + " (L* = " + sig(r.globalValue()) + ")";
    }

    private static double maxGap(TrajectorySlice.Result r) {
        return r.trajectory().stream().mapToDouble(p -> Math.abs(p.trueLoss() - p.sliceLoss())).max().orElse(0);
    }

    static String sig(double v) {
        return Math.abs(v) < 1e-12 ? "0" : String.format(Locale.ROOT, "%.6g", v);
    }

    @Override
    public Component create(WidgetContext context) {
        return new LandscapeSliceView(context);
    }
}
