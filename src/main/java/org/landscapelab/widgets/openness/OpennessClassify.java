package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;

/** Checkpoint {@code openness-classify}: decide for random pairs whether multiplication is locally open there. */
public final class OpennessClassify implements Checkpoint {

    @Override
    public String name() {
        return "openness-classify";
    }

    @Override
    public String description() {
        return "Random pairs (W1, W2) with k < min(m,n), one of each kind in turn; the student says whether"
                + " multiplication is locally open there. Graded by the rank test, with the reason.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.range("rounds", OptionType.INTEGER, "3", 1, 10, "right answers needed to pass"));
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        int rounds = context.options().get("rounds") instanceof Integer r ? r : 3;
        return new OpennessClassifyView(rounds, hooks);
    }
}
