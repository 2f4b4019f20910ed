package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.numerics.CriticalPointCertificate;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;

/** {@code certificate}: is this point of a deep linear network a minimum, a saddle, or undecided — and why. */
public final class Certificate implements Widget {

    static final long SEED = 20261126L;

    @Override
    public String name() {
        return "certificate";
    }

    @Override
    public String description() {
        return "A point of a deep linear network (presets 1A–1D, the scalar chain; every entry editable): gradient,"
                + " Hessian spectrum with the symmetry zero modes set apart, the verdict, and a higher-order search"
                + " for a descent curve when the Hessian test cannot decide.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.choice("preset", "1A", Preset.names(), "the worked point to start from; lock it to keep the"
                + " student on this point (its entries stay editable)"));
    }

    @Override
    public Optional<Evaluation> evaluate(Map<String, Object> options) {
        Preset preset = Preset.of(String.valueOf(options.getOrDefault("preset", "1A")));
        try {
            List<Matrix> w = preset.weights().stream().map(Preset::parse).toList();
            CriticalPointCertificate.Report r = CriticalPointCertificate.certify(preset.network(), w, SEED,
                    Instant.now().plusSeconds(60), () -> false, p -> { });
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("loss", r.loss());
            values.put("gradient-norm", r.gradientNorm());
            values.put("critical", r.critical() ? 1.0 : 0.0);
            values.put("negative-eigenvalues", (double) r.negative());
            values.put("zero-eigenvalues", (double) r.zero());
            values.put("symmetry-modes", (double) r.symmetryModes());
            values.put("global-value", r.globalValue());
            r.descent().filter(CriticalPointCertificate.DescentCurve::descends)
                    .ifPresent(c -> values.put("descent-order", (double) c.order()));
            return Optional.of(new Evaluation(summary(r), values));
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }

    @Override
    public Component create(WidgetContext context) {
        return new CertificateView(context);
    }

    static String verdict(CriticalPointCertificate.Verdict v) {
        return switch (v) {
            case NOT_CRITICAL -> "not a critical point";
            case GLOBAL_MINIMUM -> "global minimum";
            case STRICT_SADDLE -> "strict saddle";
            case NON_STRICT_SADDLE -> "non-strict saddle";
            case SPURIOUS_LOCAL_MINIMUM -> "spurious local minimum";
            case INCONCLUSIVE -> "second-order test inconclusive, no descent found up to order 4";
        };
    }

    static String summary(CriticalPointCertificate.Report r) {
        StringBuilder s = new StringBuilder("L = " + sig(r.loss()) + ", ‖∇L‖ = " + sig(r.gradientNorm())
                + "; Hessian: " + r.negative() + " negative, " + r.zero() + " zero (" + r.symmetryModes()
                + " from symmetries), " + r.positive() + " positive eigenvalues; global value "
                + (r.globalValueExact() ? "" : "≈ ") + sig(r.globalValue()) + "; verdict: " + verdict(r.verdict()));
        r.descent().filter(CriticalPointCertificate.DescentCurve::descends).ifPresent(c ->
                s.append(" — the loss drops at order ").append(c.order()).append(" along a curve"));
        return s.toString();
    }

    static String sig(double v) {
        return Math.abs(v) < 1e-12 ? "0" : String.format(Locale.ROOT, "%.6g", v);
    }

    static List<String> parseProblems(List<String> texts) {
        List<String> problems = new ArrayList<>();
        for (int i = 0; i < texts.size(); i++) {
            try {
                Matrix.parse(texts.get(i));
            } catch (NumericsException e) {
                problems.add("W" + (i + 1) + ": " + e.getMessage());
            }
        }
        return problems;
    }
}
