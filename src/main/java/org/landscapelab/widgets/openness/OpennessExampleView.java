package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.html.Div;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.exercises.ExerciseKind;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.MatrixField;

/** The student's own pair, graded by what {@link LocalOpenness} finds it to be. */
class OpennessExampleView extends CheckpointFrame {

    private final ExerciseKind wanted;
    private final int m;
    private final int k;
    private final int n;
    private final MatrixField w1;
    private final MatrixField w2;

    OpennessExampleView(ExerciseKind wanted, int m, int k, int n, Checkpoint.Hooks hooks) {
        super("Checkpoint: give an example", hooks);
        this.wanted = wanted;
        this.m = m;
        this.k = k;
        this.n = n;
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
        try {
            LocalOpenness analysis = LocalOpenness.analyze(a, b);
            ExerciseKind got = ExerciseKind.of(analysis);
            boolean right = got == wanted;
            feedback(
                    answer(),
                    right,
                    "Your pair: " + OpennessExplorerCompute.sentence(analysis) + ". It is a pair with "
                            + OpennessExample.describe(got)
                            + (right ? "." : "; the question asks for " + OpennessExample.describe(wanted) + "."));
            if (right) {
                pass();
            }
        } catch (NumericsException e) {
            feedback(answer(), false, e.getMessage());
        }
    }

    private String answer() {
        return "W1 = " + w1.getValue() + "; W2 = " + w2.getValue();
    }

    private void shape(MatrixField field, String name, Matrix got) {
        field.setErrorMessage(name + " must be " + (name.equals("W1") ? m + "×" + k : k + "×" + n) + "; this is "
                + got.shape() + ".");
        field.setInvalid(true);
    }
}
