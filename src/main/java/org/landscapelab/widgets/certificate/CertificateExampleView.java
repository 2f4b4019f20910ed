package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.components.Formula;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.MatrixAnswer;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.Tex;

/** Layer fields for the student's point; the certificate decides. */
class CertificateExampleView extends CheckpointFrame {

    private final CertificateExample.Inputs setup;
    private final List<MatrixField> layers = new ArrayList<>();

    CertificateExampleView(CertificateExample.Inputs setup, Checkpoint.Hooks hooks) {
        super("Checkpoint: give an example", hooks);
        this.setup = setup;
        Div data = new Div(new Formula(
                "X = " + Tex.matrix(setup.x()) + ",\\ Y = " + Tex.matrix(setup.y())
                        + ",\\ L = \\tfrac12 \\lVert W_h \\cdots W_1 X - Y \\rVert_F^2",
                true));
        data.addClassName("lab-checkpoint-pair");
        Div fields = new Div();
        fields.addClassName("lab-widget-inputs");
        for (int i = 1; i <= setup.depth(); i++) {
            MatrixField f = new MatrixField(
                    "W" + i + " (" + setup.width(i) + "×" + setup.width(i - 1) + ")",
                    CertificateExample.MAX_SIDE,
                    m -> {});
            layers.add(f);
            fields.add(f);
        }
        setInputs(data, fields);
        checkButton().addClickListener(e -> grade());
    }

    private String answer() {
        return MatrixAnswer.of(
                CertificateExample.names(setup),
                layers.stream().map(MatrixField::getValue).toList());
    }

    private void grade() {
        for (int i = 0; i < layers.size(); i++) {
            MatrixField f = layers.get(i);
            Matrix m = f.parse(f.getValue()).orElse(null);
            if (m == null) {
                return; // the field says what is wrong
            }
            String shape = CertificateExample.shapeProblem(setup, i, m);
            if (shape != null) {
                f.setErrorMessage(shape);
                f.setInvalid(true);
                return;
            }
        }
        String given = answer();
        checkButton().setEnabled(false);
        Background.start(
                this,
                (cancelled, progress) -> CertificateExample.grade(setup, given, new Job(cancelled, progress)),
                p -> {},
                grade -> {
                    checkButton().setEnabled(true);
                    feedback(given, grade.right(), grade.text());
                    if (grade.right()) {
                        pass();
                    }
                },
                reason -> {
                    checkButton().setEnabled(true);
                    feedback(given, false, reason);
                });
    }
}
