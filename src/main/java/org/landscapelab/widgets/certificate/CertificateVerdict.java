package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;

/** Checkpoint {@code certificate-verdict}: what kind of point is this? Graded by the certificate's own verdict. */
public final class CertificateVerdict implements Checkpoint {

    @Override
    public String name() {
        return "certificate-verdict";
    }

    @Override
    public String description() {
        return "Shows a worked point (1A–1D, the scalar chain); the student names its kind — global minimum, strict"
                + " saddle, non-strict saddle, spurious local minimum — graded by the certificate computed for it.";
    }

    @Override
    public List<OptionSpec> options() {
        return List.of(OptionSpec.choice("preset", "1A", Preset.names(), "the point to classify"));
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        return new CertificateVerdictView(Preset.of(String.valueOf(context.options().getOrDefault("preset", "1A"))), hooks);
    }
}
