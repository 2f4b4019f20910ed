package org.landscapelab.widgets;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.lessons.WidgetSchemas;
import org.landscapelab.widgets.architecture.Architecture;
import org.landscapelab.widgets.certificate.Certificate;
import org.landscapelab.widgets.certificate.CertificateExample;
import org.landscapelab.widgets.certificate.CertificateVerdict;
import org.landscapelab.widgets.critical.CriticalPoints;
import org.landscapelab.widgets.critical.GlobalFamily;
import org.landscapelab.widgets.probe.OpennessProbeWidget;
import org.landscapelab.widgets.slice.LandscapeSliceWidget;
import org.landscapelab.widgets.openness.OpennessClassify;
import org.landscapelab.widgets.optimum.OptimumValue;
import org.landscapelab.widgets.openness.OpennessExample;
import org.landscapelab.widgets.openness.OpennessExplorer;
import org.landscapelab.widgets.trainer.LinearTrainer;

/** Every widget of the app, by name. Adding a widget means adding its sub-package and one line here. */
public final class WidgetRegistry implements WidgetSchemas {

    private final Map<String, Widget> widgets = new LinkedHashMap<>();
    private final Map<String, Checkpoint> checkpoints = new LinkedHashMap<>();

    private WidgetRegistry(List<Widget> all, List<Checkpoint> checks) {
        all.forEach(w -> widgets.put(w.name(), w));
        checks.forEach(c -> checkpoints.put(c.name(), c));
    }

    /** The registry of the shipped widgets; plain Java, so the command-line validator can use it too. */
    public static WidgetRegistry standard() {
        return new WidgetRegistry(List.of(new OpennessExplorer(), new OpennessProbeWidget(), new LinearTrainer(),
                new CriticalPoints(), new LandscapeSliceWidget(), new Certificate(), new Architecture()),
                List.of(new OpennessClassify(), new OpennessExample(), new OptimumValue(), new CertificateVerdict(),
                        new CertificateExample(), new GlobalFamily()));
    }

    public Optional<Widget> widget(String name) {
        return Optional.ofNullable(widgets.get(name));
    }

    @Override
    public Optional<WidgetSchema> find(String name) {
        return Optional.ofNullable(widgets.get(name));
    }

    @Override
    public Collection<WidgetSchema> all() {
        return List.copyOf(widgets.values());
    }

    public Optional<Checkpoint> checkpointType(String type) {
        return Optional.ofNullable(checkpoints.get(type));
    }

    @Override
    public Optional<WidgetSchema> checkpoint(String type) {
        return Optional.ofNullable(checkpoints.get(type));
    }

    @Override
    public Collection<WidgetSchema> checkpoints() {
        return List.copyOf(checkpoints.values());
    }
}
