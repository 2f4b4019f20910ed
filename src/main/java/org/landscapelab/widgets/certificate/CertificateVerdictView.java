package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import java.util.List;
import org.landscapelab.components.Formula;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.networks.LossSymmetries;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.CheckpointFrame;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.Tex;

/**
 * The point as formulas, four kinds to choose from, and the certificate's verdict as the answer. A drawn point is the
 * student's own (their seed), with another one on request.
 */
class CertificateVerdictView extends CheckpointFrame {

    private final CertificateVerdict.Inputs in;
    private final RadioButtonGroup<Verdict> answer = new RadioButtonGroup<>("What kind of point is W?");
    private final Div point = new Div();
    private final Button another = new Button("Another point");
    private LossSymmetries.Instance question;
    private long seed;

    CertificateVerdictView(CertificateVerdict.Inputs in, Checkpoint.Hooks hooks) {
        super("Checkpoint", hooks);
        this.in = in;
        this.seed = hooks.seed();
        point.addClassName("lab-checkpoint-pair");
        answer.setItems(CertificateVerdict.CHOICES);
        answer.setItemLabelGenerator(CertificateCompute::verdict);
        if (in.random()) {
            another.addClickListener(e -> show(++seed));
            another.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
            setInputs(point, answer, another);
        } else {
            setInputs(point, answer);
        }
        checkButton().addClickListener(e -> grade());
        show(seed);
    }

    private void show(long seed) {
        question = in.question(seed);
        if (in.random()) {
            variant(seed);
        }
        point.removeAll();
        String data = "X = " + Tex.matrix(question.x()) + ",\\ Y = " + Tex.matrix(question.y());
        if (question.omega() != null) {
            data += ",\\ \\Omega = " + Tex.matrix(question.omega());
        }
        point.add(new Formula(data, true));
        List<Matrix> weights = question.weights();
        for (int i = 0; i < weights.size(); i++) {
            point.add(new Formula("W_{" + (i + 1) + "} = " + Tex.matrix(weights.get(i)), true));
        }
        point.getElement().setAttribute("data-point", Question.describe(question));
        answer.clear();
        answer.setInvalid(false);
        clearFeedback();
        checkButton().setEnabled(true);
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
        another.setEnabled(false); // the verdict must arrive next to the point it is about
        LossSymmetries.Instance asked = question;
        Background.start(
                this,
                (cancelled, progress) -> CertificateVerdict.grade(asked, chosen.name(), new Job(cancelled, progress)),
                p -> {},
                grade -> {
                    checkButton().setEnabled(true);
                    another.setEnabled(true);
                    feedback(chosen.name(), grade.right(), grade.text());
                    if (grade.right()) {
                        pass();
                    }
                },
                reason -> {
                    checkButton().setEnabled(true);
                    another.setEnabled(true);
                    feedback(chosen.name(), false, reason);
                });
    }
}
