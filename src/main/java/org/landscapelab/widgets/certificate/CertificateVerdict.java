package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.landscapelab.widgets.Checkpoint;
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
}
