package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Optional;
import java.util.stream.Stream;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetResult;
import org.landscapelab.widgets.WidgetSpec;

/** Checkpoint {@code certificate-verdict}: what kind of point is this? Graded by the certificate's own verdict. */
public final class CertificateVerdict implements Checkpoint {

    static final Option<Preset> PRESET = Option.choice(
            Certificate.PRESET.name(), Certificate.PRESET.defaultValue(), Preset::key, "the point to classify");

    /** @param preset the worked point the student classifies */
    record Inputs(Preset preset) {}

    static final WidgetSpec<Inputs, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "certificate-verdict",
            "Shows a worked point (1A–1D, the scalar chain); the student names its kind — global minimum, strict"
                    + " saddle, non-strict saddle, spurious local minimum — graded by the certificate computed for it.",
            List.of(PRESET),
            CertificateVerdict::inputs);

    static Inputs inputs(Settings s) {
        return new Inputs(s.get(PRESET));
    }

    @Override
    public WidgetSpec<Inputs, WidgetResult> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        Inputs in = SPEC.lessonInputs(context);
        return new CertificateVerdictView(in.preset(), hooks);
    }

    /** What the student chooses from, in this order. */
    static final List<Verdict> CHOICES = List.of(
            Verdict.GLOBAL_MINIMUM, Verdict.STRICT_SADDLE, Verdict.NON_STRICT_SADDLE, Verdict.SPURIOUS_LOCAL_MINIMUM);

    /** Certifies the preset's point and grades a choice, named as an attempt records it ({@code STRICT_SADDLE}). */
    static CheckpointVariants.Grade grade(Preset preset, String answer, Job job) throws NumericsException {
        return grade(CertificateCompute.compute(Certificate.Inputs.of(preset), job), answer);
    }

    static CheckpointVariants.Grade grade(CertificateCompute.Result certificate, String answer) {
        Verdict chosen = CHOICES.stream()
                .filter(v -> v.name().equals(answer.strip()))
                .findFirst()
                .orElse(null);
        if (chosen == null) {
            return new CheckpointVariants.Grade(
                    false,
                    "Choose one of: "
                            + String.join(
                                    ", ",
                                    CHOICES.stream()
                                            .map(CertificateCompute::verdict)
                                            .toList())
                            + ".");
        }
        return new CheckpointVariants.Grade(
                certificate.report().verdict() == chosen,
                "The certificate says: " + certificate.summary() + ". "
                        + CertificateWords.explanation(certificate.report()));
    }

    @Override
    public Optional<CheckpointVariants> variants() {
        return Optional.of((options, seed) -> variant(SPEC.inputsOf(options)));
    }

    /**
     * The lesson's point (no seed: the lesson fixes it): the certificate's verdict must be one of the choices, and
     * the other choices must be graded wrong.
     */
    static CheckpointVariants.Variant variant(Inputs in) {
        CertificateCompute.Result certificate;
        try {
            certificate = CertificateCompute.compute(Certificate.Inputs.of(in.preset()), Job.HEADLESS);
        } catch (NumericsException e) {
            throw new IllegalArgumentException("the point cannot be certified: " + e.getMessage(), e);
        }
        Verdict verdict = certificate.report().verdict();
        if (!CHOICES.contains(verdict)) {
            throw new IllegalArgumentException(
                    "the certificate's verdict on " + in.preset().key() + " is “" + CertificateCompute.verdict(verdict)
                            + "”, which is none of the choices");
        }
        return new CheckpointVariants.Variant(
                "point " + in.preset().key(),
                verdict.name(),
                Stream.concat(
                                CHOICES.stream().filter(v -> v != verdict).map(Verdict::name),
                                Stream.of(Verdict.INCONCLUSIVE.name()))
                        .toList(),
                answer -> grade(certificate, answer));
    }
}
