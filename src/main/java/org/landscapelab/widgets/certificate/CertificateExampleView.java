package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.html.Div;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.components.Formula;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LinearNetwork;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.Job;
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
        StringBuilder s = new StringBuilder();
        for (int i = 0; i < layers.size(); i++) {
            s.append(i == 0 ? "" : "; ")
                    .append("W")
                    .append(i + 1)
                    .append(" = ")
                    .append(layers.get(i).getValue());
        }
        return s.toString();
    }

    private void grade() {
        List<Matrix> weights = new ArrayList<>();
        for (int i = 0; i < layers.size(); i++) {
            MatrixField f = layers.get(i);
            Matrix m = f.parse(f.getValue()).orElse(null);
            if (m == null) {
                return; // the field says what is wrong
            }
            int rows = setup.width(i + 1);
            int cols = setup.width(i);
            if (m.rows() != rows || m.cols() != cols) {
                f.setErrorMessage("W" + (i + 1) + " must be " + rows + "×" + cols + "; this is " + m.shape() + ".");
                f.setInvalid(true);
                return;
            }
            weights.add(m);
        }
        checkButton().setEnabled(false);
        Background.start(
                this,
                (cancelled, progress) -> CertificateCompute.certify(
                        LinearNetwork.squaredLoss(setup.x(), setup.y()), weights, new Job(cancelled, progress)),
                p -> {},
                certificate -> {
                    checkButton().setEnabled(true);
                    boolean right = certificate.report().verdict() == Verdict.NON_STRICT_SADDLE;
                    feedback(
                            answer(),
                            right,
                            "The certificate says: " + certificate.summary() + "."
                                    + (right
                                            ? ""
                                            : " The question asks for a critical point with no negative eigenvalue that is"
                                                    + " not a minimum (a non-strict saddle)."));
                    if (right) {
                        pass();
                    }
                },
                reason -> {
                    checkButton().setEnabled(true);
                    feedback(answer(), false, reason);
                });
    }
}
