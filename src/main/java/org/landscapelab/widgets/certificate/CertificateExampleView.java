package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
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

    /**
     * The zero point, for these widths, and why it answers: the reason the self-test's reference answer holds (the
     * checkpoint refuses options where it would not).
     */
    @Override
    protected Optional<Component> solution() {
        StringBuilder zeros = new StringBuilder();
        for (int i = 1; i <= setup.depth(); i++) {
            zeros.append(i == 1 ? "" : ",\\quad ")
                    .append("W_{")
                    .append(i)
                    .append("} = ")
                    .append(Tex.matrix(Matrix.zeros(setup.width(i), setup.width(i - 1))));
        }
        Div shown = new Div(
                new Paragraph("Every layer zero:"),
                new Formula(zeros.toString(), true),
                new Paragraph("Each term of the gradient is a product holding at least two layers, and with depth "
                        + setup.depth() + " each second derivative still holds a zero layer: the gradient and the"
                        + " Hessian are 0, so the Hessian has no negative eigenvalue. Yet along W_i = t·A_i the product"
                        + " is t^" + setup.depth() + "·A_h⋯A_1, and the loss changes by −t^" + setup.depth()
                        + "·⟨A_h⋯A_1X, Y⟩ plus higher powers; choosing A_h⋯A_1 = uvᵀ from the top singular pair of YXᵀ"
                        + " (which is not 0 here; a rank-one product fits every width) makes that term −t^"
                        + setup.depth()
                        + "·σ₁(YXᵀ) < 0, so the loss drops for small t > 0. So it is not a local minimum. Enter it and let the certificate"
                        + " check."));
        shown.addClassName("lab-prose");
        return Optional.of(shown);
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
