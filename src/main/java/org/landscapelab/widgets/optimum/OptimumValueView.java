package org.landscapelab.widgets.optimum;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.NumberInput;
import org.landscapelab.widgets.Tex;

/**
 * The example as formulas, a number field, and the closed-form value it is graded against. A drawn example is the
 * student's own (their seed), with another one on request.
 */
class OptimumValueView extends CheckpointFrame {

    private final OptimumValue.Inputs in;
    private final NumberInput answer = new NumberInput("Your value of L*");
    private final Div example = new Div();
    private double lStar;
    private long seed;

    OptimumValueView(OptimumValue.Inputs in, Checkpoint.Hooks hooks) {
        super("Checkpoint", hooks);
        this.in = in;
        this.seed = hooks.seed();
        example.addClassName("lab-checkpoint-pair");
        if (in.random()) {
            Button another = new Button("Another example", e -> show(++seed));
            another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setInputs(example, answer, another);
        } else {
            setInputs(example, answer);
        }
        checkButton().addClickListener(e -> grade());
        show(seed);
    }

    private void show(long seed) {
        LinearProblem problem = in.problem(seed);
        if (in.random()) {
            variant(seed);
        }
        try {
            lStar = OptimumValue.lStar(problem);
        } catch (NumericsException e) {
            lStar = Double.NaN; // the validator refuses such options; kept safe anyway
        }
        example.removeAll();
        example.add(
                new Formula("X = " + Tex.matrix(problem.x()), true),
                new Formula("Y = " + Tex.matrix(problem.y()), true),
                new Formula("\\text{widths } " + widths(problem.widths()), true));
        example.getElement().setAttribute("data-y", problem.y().format());
        answer.clear();
        answer.setInvalid(false);
        clearFeedback();
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
