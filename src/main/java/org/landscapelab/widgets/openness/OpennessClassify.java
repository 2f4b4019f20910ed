package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import java.util.List;
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
}
