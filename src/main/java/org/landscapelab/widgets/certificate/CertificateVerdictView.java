package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.landscapelab.components.Formula;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.Tex;

/** The point as formulas, four kinds to choose from, and the certificate's verdict as the answer. */
class CertificateVerdictView extends CheckpointFrame {

    private final Preset preset;
    private final RadioButtonGroup<Verdict> answer = new RadioButtonGroup<>("What kind of point is W?");

    CertificateVerdictView(Preset preset, Checkpoint.Hooks hooks) {
        super("Checkpoint", hooks);
        this.preset = preset;
        Div point = new Div(new Formula("X = " + Tex.matrix(preset.x()) + ",\\ Y = " + Tex.matrix(preset.y()), true));
        List<Matrix> weights = preset.point();
        for (int i = 0; i < weights.size(); i++) {
            point.add(new Formula("W_{" + (i + 1) + "} = " + Tex.matrix(weights.get(i)), true));
        }
        point.addClassName("lab-checkpoint-pair");
        answer.setItems(CertificateVerdict.CHOICES);
        answer.setItemLabelGenerator(CertificateCompute::verdict);
        setInputs(point, answer);
        checkButton().addClickListener(e -> grade());
    }

    private void grade() {
        Verdict chosen = answer.getValue();
        if (chosen == null) {
            answer.setErrorMessage("Choose an answer first.");
            answer.setInvalid(true);
            return;
        }
        answer.setInvalid(false);
        checkButton().setEnabled(false);
        Background.start(
                this,
                (cancelled, progress) -> CertificateVerdict.grade(preset, chosen.name(), new Job(cancelled, progress)),
                p -> {},
                grade -> {
                    checkButton().setEnabled(true);
                    feedback(chosen.name(), grade.right(), grade.text());
                    if (grade.right()) {
                        pass();
                    }
                },
                reason -> {
                    checkButton().setEnabled(true);
                    feedback(chosen.name(), false, reason);
                });
    }
}
