package org.landscapelab.widgets.slice;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
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

    @Override
    public Component create(WidgetContext context) {
        return new LandscapeSliceView(context);
    }
}
