package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.List;
import java.util.Optional;
import org.landscapelab.components.Formula;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.exercises.Exercise;
import org.landscapelab.numerics.exercises.ExerciseKind;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.MatrixAnswer;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.Tex;

/** The student's own pair, graded by what {@link LocalOpenness} finds it to be. */
class OpennessExampleView extends CheckpointFrame {

    private final ExerciseKind wanted;
    private final int m;
    private final int k;
    private final int n;
    private final MatrixField w1;
    private final MatrixField w2;
    private final long seed;

    OpennessExampleView(ExerciseKind wanted, int m, int k, int n, Checkpoint.Hooks hooks) {
        super("Checkpoint: give an example", hooks);
        this.wanted = wanted;
        this.m = m;
        this.k = k;
        this.n = n;
        this.seed = hooks.seed();
        w1 = new MatrixField("W1 (" + m + "×" + k + ")", OpennessExplorer.MAX_SIDE, x -> {});
        w2 = new MatrixField("W2 (" + k + "×" + n + ")", OpennessExplorer.MAX_SIDE, x -> {});
        Div fields = new Div(w1, w2);
        fields.addClassName("lab-widget-inputs");
        setInputs(fields);
        checkButton().addClickListener(e -> grade());
    }

    private void grade() {
        Matrix a = w1.parse(w1.getValue()).orElse(null);
        Matrix b = w2.parse(w2.getValue()).orElse(null);
        if (a == null || b == null) {
            return; // the field says what is wrong
        }
        if (a.rows() != m || a.cols() != k) {
            shape(w1, "W1", a);
            return;
        }
        if (b.rows() != k || b.cols() != n) {
            shape(w2, "W2", b);
            return;
        }
        String given = answer();
        CheckpointVariants.Grade grade = OpennessExample.grade(new OpennessExample.Inputs(wanted, m, k, n), given);
        feedback(given, grade.right(), grade.text());
        if (grade.right()) {
            pass();
        }
    }

    /** A pair of the wanted kind, built for these shapes, with its ranks and verdict as the analysis finds them. */
    @Override
    protected Optional<Component> solution() {
        Exercise pair;
        try {
            pair = OpennessExample.example(new OpennessExample.Inputs(wanted, m, k, n), wanted, seed);
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
        LocalOpenness a = pair.analysis();
        Div shown = new Div(
                new Paragraph("One pair that works (there are many): it has " + OpennessExample.describe(wanted) + "."),
                new Formula("W_1 = " + Tex.matrix(pair.w1()) + ",\\quad W_2 = " + Tex.matrix(pair.w2()), true),
                new Paragraph("What the analysis finds: " + OpennessExplorerCompute.sentence(a) + "."));
        shown.addClassName("lab-prose");
        shown.getElement().setAttribute("data-w1", pair.w1().format());
        shown.getElement().setAttribute("data-w2", pair.w2().format());
        return Optional.of(shown);
    }

    private String answer() {
        return MatrixAnswer.of(OpennessExample.NAMES, List.of(w1.getValue(), w2.getValue()));
    }

    private void shape(MatrixField field, String name, Matrix got) {
        field.setErrorMessage(
                name.equals("W1") ? OpennessExample.shape(name, m, k, got) : OpennessExample.shape(name, k, n, got));
        field.setInvalid(true);
    }
}
