package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.List;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** {@code certificate}: is this point of a deep linear network a minimum, a saddle, or undecided — and why. */
public final class Certificate implements Widget {

    static final long SEED = 20261126L;
    /** The layer fields' cap. */
    static final int MAX_SIDE = 6;
    /** The worked points take well under a second; an edited point may search longer before it is cut off. */
    static final Duration BUDGET = Duration.ofSeconds(30);

    static final Option<Preset> PRESET = Option.choice(
            "preset",
            Preset.A1,
            Preset::key,
            "the worked point to start"
                    + " from; lock it to keep the student on this point (its entries stay editable)");

    /**
     * @param preset the worked point's data and loss (and the point the student started from)
     * @param weights the point W1…Wh to certify: the preset's, or the student's edit of it
     */
    record Inputs(Preset preset, List<Matrix> weights) {
        Inputs {
            weights = List.copyOf(weights);
        }

        /** The preset's own point. */
        static Inputs of(Preset preset) {
            return new Inputs(preset, preset.point());
        }
    }

    static final WidgetSpec<Inputs, CertificateCompute.Result> SPEC = WidgetSpec.of(
            "certificate",
            "A point of a deep linear network (presets 1A–1D, the scalar chain; every entry editable): gradient,"
                    + " Hessian spectrum with the symmetry zero modes set apart, the verdict, and a higher-order search"
                    + " for a descent curve when the Hessian test cannot decide.",
            List.of(PRESET),
            Certificate::inputs,
            CertificateCompute::compute);

    static Inputs inputs(Settings s) {
        return Inputs.of(s.get(PRESET));
    }

    @Override
    public WidgetSpec<Inputs, CertificateCompute.Result> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context) {
        return new CertificateView(context);
    }
}
