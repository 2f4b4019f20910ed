package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;
import org.landscapelab.lessons.CheckpointVariants;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.CriticalPointCertificate.Verdict;
import org.landscapelab.numerics.networks.LossSymmetries;
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

    static final Option<Boolean> RANDOM = Option.bool(
            "random",
            false,
            "give each student a point of their own, drawn from the preset's by symmetries of the loss (integer"
                    + " changes of variables between layers, signed permutations of inputs, samples and outputs): the"
                    + " same kind of point, other entries");

    /**
     * @param preset the worked point the student classifies, or the one their point is drawn from
     * @param random whether each student gets a point drawn from the preset's
     */
    record Inputs(Preset preset, boolean random) {

        /** The point of variant {@code seed} (the preset's own when not random). */
        LossSymmetries.Instance question(long seed) {
            return random ? Question.drawn(preset, seed) : Question.of(preset);
        }
    }

    static final WidgetSpec<Inputs, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "certificate-verdict",
            "Shows a worked point (1A–1D, the scalar chain), or with random: true each student's own point drawn from"
                    + " it; the student names its kind — global minimum, strict saddle, non-strict saddle, spurious"
                    + " local minimum — graded by the certificate computed for that point.",
            List.of(PRESET, RANDOM),
            CertificateVerdict::inputs);

    static Inputs inputs(Settings s) {
        return new Inputs(s.get(PRESET), s.get(RANDOM));
    }

    @Override
    public WidgetSpec<Inputs, WidgetResult> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        Inputs in = SPEC.lessonInputs(context);
        return new CertificateVerdictView(in, hooks);
    }

    /** What the student chooses from, in this order. */
    static final List<Verdict> CHOICES = List.of(
            Verdict.GLOBAL_MINIMUM, Verdict.STRICT_SADDLE, Verdict.NON_STRICT_SADDLE, Verdict.SPURIOUS_LOCAL_MINIMUM);

    /** Certifies the point and grades a choice, named as an attempt records it ({@code STRICT_SADDLE}). */
    static CheckpointVariants.Grade grade(LossSymmetries.Instance question, String answer, Job job)
            throws NumericsException {
        return grade(certify(question, job), answer);
    }

    static CertificateCompute.Result certify(LossSymmetries.Instance question, Job job) throws NumericsException {
        return CertificateCompute.certify(question.network(), question.weights(), job);
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
        return Optional.of((options, seed) -> variant(SPEC.inputsOf(options), seed));
    }

    /**
     * The point of {@code seed}: the preset's own, or one drawn from it. The reference answer is the verdict on the
     * preset's own point; the grade certifies the point shown — for a drawn point the two computations differ, and
     * must agree, since symmetries of the loss cannot change a point's kind. The other choices must be graded wrong.
     */
    static CheckpointVariants.Variant variant(Inputs in, long seed) {
        Verdict verdict = presetVerdict(in.preset());
        if (!CHOICES.contains(verdict)) {
            throw new IllegalArgumentException(
                    "the certificate's verdict on " + in.preset().key() + " is “" + CertificateCompute.verdict(verdict)
                            + "”, which is none of the choices");
        }
        LossSymmetries.Instance question = in.question(seed);
        CertificateCompute.Result certificate;
        try {
            certificate = certify(question, Job.HEADLESS);
        } catch (NumericsException e) {
            throw new IllegalArgumentException("the point cannot be certified: " + e.getMessage(), e);
        }
        return new CheckpointVariants.Variant(
                "point " + in.preset().key() + (in.random() ? " drawn: " + Question.describe(question) : ""),
                verdict.name(),
                Stream.concat(
                                CHOICES.stream().filter(v -> v != verdict).map(Verdict::name),
                                Stream.of(Verdict.INCONCLUSIVE.name()))
                        .toList(),
                answer -> grade(certificate, answer));
    }

    // The worked points' verdicts are fixed data: certified once, not once per variant.
    private static final Map<Preset, Verdict> PRESET_VERDICTS = new ConcurrentHashMap<>();

    private static Verdict presetVerdict(Preset preset) {
        return PRESET_VERDICTS.computeIfAbsent(preset, p -> {
            try {
                return certify(Question.of(p), Job.HEADLESS).report().verdict();
            } catch (NumericsException e) {
                throw new IllegalArgumentException("the point cannot be certified: " + e.getMessage(), e);
            }
        });
    }
}
