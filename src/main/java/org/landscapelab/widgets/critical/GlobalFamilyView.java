package org.landscapelab.widgets.critical;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Arrays;
import java.util.stream.Collectors;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.TwoLayerCriticalPoints;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.Tex;

/** The data, σ(YP_X), one choice per family J; the enumeration's kinds are the answer. */
class GlobalFamilyView extends CheckpointFrame {

    private final RadioButtonGroup<TwoLayerCriticalPoints.Family> answer =
            new RadioButtonGroup<>("Which critical family is the global minimum?");
    private CriticalPointsCompute.Result result;

    GlobalFamilyView(CriticalPoints.Inputs in, Checkpoint.Hooks hooks) {
        super("Checkpoint", hooks);
        try {
            // A handful of small SVDs: fast enough to do while the page is built.
            result = CriticalPointsCompute.compute(in, Job.HEADLESS);
        } catch (NumericsException e) {
            result = null;
        }
        Div example = new Div(
                new Formula("X = " + Tex.matrix(in.problem().x()), true),
                new Formula("Y = " + Tex.matrix(in.problem().y()), true),
                new Formula("d_1 = " + in.d1(), true));
        example.addClassName("lab-checkpoint-pair");
        if (result != null) {
            example.add(new Formula(
                    "\\sigma(Y P_X) = ("
                            + Arrays.stream(result.enumeration().singularValues())
                                    .mapToObj(Tex::number)
                                    .collect(Collectors.joining(",\\ "))
                            + ")",
                    true));
            answer.setItems(result.enumeration().families());
            answer.setItemLabelGenerator(GlobalFamily::label);
        }
        setInputs(example, answer);
        checkButton().addClickListener(e -> grade());
    }

    private void grade() {
        TwoLayerCriticalPoints.Family chosen = answer.getValue();
        if (chosen == null || result == null) {
            answer.setErrorMessage("Choose a family first.");
            answer.setInvalid(true);
            return;
        }
        answer.setInvalid(false);
        String given = GlobalFamily.label(chosen);
        CheckpointVariants.Grade grade = GlobalFamily.grade(result, given);
        feedback(given, grade.right(), grade.text());
        if (grade.right()) {
            pass();
        }
    }
}
