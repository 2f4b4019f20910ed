package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.html.Div;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.landscapelab.components.Formula;
import org.landscapelab.numerics.CriticalPointCertificate;
import org.landscapelab.numerics.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.LinearNetwork;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.Tex;

/** Layer fields for the student's point; the certificate decides. */
class CertificateExampleView extends CheckpointFrame {

    private final CertificateExample.Setup setup;
    private final List<MatrixField> layers = new ArrayList<>();

    CertificateExampleView(CertificateExample.Setup setup, Checkpoint.Hooks hooks) {
        super("Checkpoint: give an example", hooks);
        this.setup = setup;
        Div data = new Div(new Formula("X = " + Tex.matrix(setup.x()) + ",\\ Y = " + Tex.matrix(setup.y())
                + ",\\ L = \\tfrac12 \\lVert W_h \\cdots W_1 X - Y \\rVert_F^2", true));
        data.addClassName("lab-checkpoint-pair");
        Div fields = new Div();
        fields.addClassName("lab-widget-inputs");
        int[] w = setup.widths();
        for (int i = 1; i < w.length; i++) {
            MatrixField f = new MatrixField("W" + i + " (" + w[i] + "×" + w[i - 1] + ")", 4, m -> { });
            layers.add(f);
            fields.add(f);
        }
        setInputs(data, fields);
        checkButton().addClickListener(e -> grade());
    }

    private void grade() {
        List<Matrix> weights = new ArrayList<>();
        int[] w = setup.widths();
        for (int i = 0; i < layers.size(); i++) {
            MatrixField f = layers.get(i);
            Matrix m = f.parse(f.getValue()).orElse(null);
            if (m == null) {
                return; // the field says what is wrong
            }
            if (m.rows() != w[i + 1] || m.cols() != w[i]) {
                f.setErrorMessage("W" + (i + 1) + " must be " + w[i + 1] + "×" + w[i] + "; this is " + m.shape() + ".");
                f.setInvalid(true);
                return;
            }
            weights.add(m);
        }
        checkButton().setEnabled(false);
        Background.start(this, (cancelled, progress) -> CriticalPointCertificate.certify(
                        LinearNetwork.squaredLoss(setup.x(), setup.y()), weights, Certificate.SEED,
                        Instant.now().plusSeconds(30), cancelled, progress),
                p -> { }, report -> {
                    checkButton().setEnabled(true);
                    boolean right = report.verdict() == Verdict.NON_STRICT_SADDLE;
                    feedback(right, "The certificate says: " + Certificate.summary(report) + "."
                            + (right ? "" : " The question asks for a critical point with no negative eigenvalue that is"
                            + " not a minimum (a non-strict saddle)."));
                    if (right) {
                        pass();
                    }
                }, reason -> {
                    checkButton().setEnabled(true);
                    feedback(false, reason);
                });
    }
}
