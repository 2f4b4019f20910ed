package org.landscapelab.widgets.optimum;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.networks.ReducedRankRegression;
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
    private LinearProblem problem;

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
        problem = in.problem(seed);
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

    /**
     * The closed form worked on the question on screen: σ(YP_X), r, the part of Y outside the row space of X and
     * the singular values beyond r, each computed here.
     */
    @Override
    protected Optional<Component> solution() {
        ReducedRankRegression.GlobalOptimum g;
        try {
            g = ReducedRankRegression.globalOptimum(problem.x(), problem.y(), problem.widths());
        } catch (NumericsException e) {
            return Optional.empty();
        }
        List<Double> sigma = g.singularValues();
        String values = sigma.stream().map(Tex::number).collect(Collectors.joining(",\\ "));
        List<Double> dropped = sigma.subList(Math.min(g.rank(), sigma.size()), sigma.size());
        String squares = dropped.isEmpty()
                ? "0"
                : dropped.stream().map(v -> Tex.number(v) + "^2").collect(Collectors.joining(" + "));
        Div steps = new Div(
                new Paragraph("1. The singular values of Y P_X (the part of Y that a linear map of X can produce):"),
                new Formula("\\sigma(Y P_X) = (" + values + ")", true),
                new Paragraph(
                        "2. The smallest width is r = " + g.rank() + ": the best product has rank at most r, so it"
                                + " keeps the r largest singular values and loses the others (Eckart–Young)."),
                new Paragraph("3. Add the part of Y outside the row space of X, which no network reaches:"),
                new Formula(
                        "L^* = \\tfrac12\\lVert Y(I - P_X)\\rVert_F^2 + \\tfrac12 \\textstyle\\sum_{i>r}"
                                + " \\sigma_i^2 = " + Tex.number(g.unfittable()) + " + \\tfrac12(" + squares + ") = "
                                + Tex.number(g.value()),
                        true));
        steps.addClassName("lab-prose");
        return Optional.of(steps);
    }

    private static String widths(int[] widths) {
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < widths.length; i++) {
            s.append(i == 0 ? "" : "\\text{–}").append(widths[i]);
        }
        return s.toString();
    }
}
