package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.time.Instant;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.landscapelab.components.Formula;
import org.landscapelab.numerics.CriticalPoint;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.TwoLayerCriticalPoints;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.Tex;
import org.landscapelab.widgets.trainer.LinearTrainer;

/** The data, σ(YP_X), one choice per family J; the enumeration's kinds are the answer. */
class GlobalFamilyView extends CheckpointFrame {

    private final RadioButtonGroup<TwoLayerCriticalPoints.Family> answer =
            new RadioButtonGroup<>("Which critical family is the global minimum?");
    private TwoLayerCriticalPoints.Enumeration enumeration;

    GlobalFamilyView(LinearTrainer.Data data, int d1, Checkpoint.Hooks hooks) {
        super("Checkpoint", hooks);
        try {
            // A handful of small SVDs: fast enough to do while the page is built.
            enumeration = TwoLayerCriticalPoints.enumerate(data.x(), data.y(), d1, Instant.now().plusSeconds(10),
                    () -> false, p -> { });
        } catch (NumericsException e) {
            enumeration = null;
        }
        Div example = new Div(new Formula("X = " + Tex.matrix(data.x()), true), new Formula("Y = " + Tex.matrix(data.y()), true),
                new Formula("d_1 = " + d1, true));
        example.addClassName("lab-checkpoint-pair");
        if (enumeration != null) {
            example.add(new Formula("\\sigma(Y P_X) = (" + Arrays.stream(enumeration.singularValues()).mapToObj(Tex::number)
                    .collect(Collectors.joining(",\\ ")) + ")", true));
            answer.setItems(enumeration.families());
            answer.setItemLabelGenerator(f -> "J = " + CriticalPoints.indexSet(f.indexSet()));
        }
        setInputs(example, answer);
        checkButton().addClickListener(e -> grade());
    }

    private void grade() {
        TwoLayerCriticalPoints.Family chosen = answer.getValue();
        if (chosen == null || enumeration == null) {
            answer.setErrorMessage("Choose a family first.");
            answer.setInvalid(true);
            return;
        }
        answer.setInvalid(false);
        boolean right = chosen.kind() == CriticalPoint.Kind.GLOBAL_MINIMUM;
        String global = enumeration.families().stream().filter(f -> f.kind() == CriticalPoint.Kind.GLOBAL_MINIMUM)
                .map(f -> "J = " + CriticalPoints.indexSet(f.indexSet())).collect(Collectors.joining(" or "));
        feedback(right, "J = " + CriticalPoints.indexSet(chosen.indexSet()) + " has loss " + CriticalPoints.sig6(chosen.loss())
                + " and is a " + CriticalPoints.kind(chosen.kind()) + (right ? "" : "; the global minimum is " + global)
                + ", with L* = " + CriticalPoints.sig6(enumeration.globalValue()) + ".");
        if (right) {
            pass();
        }
    }
}
