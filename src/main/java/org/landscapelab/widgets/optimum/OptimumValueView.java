package org.landscapelab.widgets.optimum;

import com.vaadin.flow.component.html.Div;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.NumberInput;
import org.landscapelab.widgets.Tex;

/** The example as formulas, a number field, and the closed-form value it is graded against. */
class OptimumValueView extends CheckpointFrame {

    private final NumberInput answer = new NumberInput("Your value of L*");
    private final double lStar;

    OptimumValueView(OptimumValue.Inputs in, Checkpoint.Hooks hooks) {
        super("Checkpoint", hooks);
        double value;
        try {
            value = OptimumValue.lStar(in);
        } catch (NumericsException e) {
            value = Double.NaN; // the validator refuses such options; kept safe anyway
        }
        lStar = value;
        Div example = new Div(
                new Formula("X = " + Tex.matrix(in.problem().x()), true),
                new Formula("Y = " + Tex.matrix(in.problem().y()), true),
                new Formula("\\text{widths } " + widths(in.problem().widths()), true));
        example.addClassName("lab-checkpoint-pair");
        setInputs(example, answer);
        checkButton().addClickListener(e -> grade());
    }

    private void grade() {
        if (answer.number().isEmpty()) {
            return; // the field says why
        }
        CheckpointVariants.Grade grade = OptimumValue.grade(lStar, answer.getValue());
        feedback(answer.getValue(), grade.right(), grade.text());
        if (grade.right()) {
            pass();
        }
    }

    private static String widths(int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            s.append(i == 0 ? "" : "\\text{–}").append(widths[i]);
        }
        return s.toString();
    }
}
