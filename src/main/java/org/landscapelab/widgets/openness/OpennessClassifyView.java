package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.Random;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.exercises.Exercise;
import org.landscapelab.numerics.exercises.ExerciseKind;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.Tex;

/** One random pair at a time; the answer is the analysis' verdict, computed for that pair. */
class OpennessClassifyView extends CheckpointFrame {

    private final int rounds;
    private final Random random;
    private final RadioButtonGroup<String> answer =
            new RadioButtonGroup<>("Is multiplication locally open at this pair?");
    private final Div pair = new Div();
    private final Button another = new Button("Another pair");
    private final java.util.List<ExerciseKind> order =
            new java.util.ArrayList<>(java.util.List.of(ExerciseKind.values()));
    private Exercise current;
    private int right;
    private int round;

    OpennessClassifyView(int rounds, Checkpoint.Hooks hooks) {
        super("Checkpoint", hooks);
        this.rounds = rounds;
        // The student's own sequence of pairs: the same when they come back, another student's differs.
        this.random = new Random(hooks.seed());
        answer.setItems(OpennessClassify.OPEN, OpennessClassify.NOT_OPEN);
        pair.addClassName("lab-checkpoint-pair");
        another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        another.addClickListener(e -> next());
        setInputs(pair, answer, another);
        checkButton().addClickListener(e -> grade());
        next();
    }

    private void next() {
        // Every block of four pairs has one of each kind, in a fresh random order: each case is met, and the
        // answers follow no pattern to guess.
        if (round % ExerciseKind.values().length == 0) {
            java.util.Collections.shuffle(order, random);
        }
        ExerciseKind kind = order.get(round++ % order.size());
        long seed = OpennessClassify.seed(kind, random.nextLong());
        current = OpennessClassify.exercise(seed);
        variant(seed);
        pair.removeAll();
        // Two formulas, so that on a phone W2 wraps below W1 instead of scrolling away.
        pair.add(
                new Formula("W_1 = " + Tex.matrix(current.w1()), true),
                new Formula("W_2 = " + Tex.matrix(current.w2()), true));
        pair.getElement().setAttribute("data-w1", current.w1().format());
        pair.getElement().setAttribute("data-w2", current.w2().format());
        answer.clear();
        clearFeedback();
        checkButton().setEnabled(true);
        progress(right + " of " + rounds + " right");
    }

    private void grade() {
        if (answer.getValue() == null) {
            answer.setErrorMessage("Choose an answer first.");
            answer.setInvalid(true);
            return;
        }
        answer.setInvalid(false);
        CheckpointVariants.Grade grade = OpennessClassify.grade(current, answer.getValue());
        right += grade.right() ? 1 : 0;
        feedback(
                answer.getValue(),
                grade.right(),
                grade.text() + (right >= rounds ? "" : ". Press “Another pair” for the next one."));
        checkButton().setEnabled(false);
        progress(right + " of " + rounds + " right");
        if (right >= rounds) {
            pass();
        }
    }
}
