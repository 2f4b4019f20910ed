package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.Component;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.trainer.LinearTrainer;

/** Checkpoint {@code critical-global}: which critical family is the global minimum? Graded by the enumeration. */
public final class GlobalFamily implements Checkpoint {

    @Override
    public String name() {
        return "critical-global";
    }

    @Override
    public String description() {
        return "Shows the singular values of Y P_X and every critical family J of a two-layer network (values hidden);"
                + " the student picks the global minimum, graded by the enumeration of critical points.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(new OptionSpec("X", OptionType.MATRIX, CriticalPoints.X, 1.0, 6.0, List.of(), "inputs, d0×n"),
                new OptionSpec("Y", OptionType.MATRIX, CriticalPoints.Y, 1.0, 6.0, List.of(), "targets, d2×n"),
                OptionSpec.range("d1", OptionType.INTEGER, "2", 1, 6, "hidden width"));
    }

    @Override
    public List<String> check(Map<String, Object> options) {
        List<String> problems = new ArrayList<>();
        LinearTrainer.validate(CriticalPoints.trainerOptions(options, problems), problems);
        return problems;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        List<String> problems = new ArrayList<>();
        LinearTrainer.Data data = LinearTrainer.data(CriticalPoints.trainerOptions(context.options(), problems));
        return new GlobalFamilyView(data, data.widths()[1], hooks);
    }
}
