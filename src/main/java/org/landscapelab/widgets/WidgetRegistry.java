package org.landscapelab.widgets;

import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.ServiceLoader;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.lessons.WidgetSchemas;

/**
 * Every widget and checkpoint type of the app, by name, found through {@link ServiceLoader} so that this package
 * names none of them: adding a widget is its sub-package and one line in
 * {@code META-INF/services/org.landscapelab.widgets.Widget}. The order of that file is the reference page's order.
 */
public final class WidgetRegistry implements WidgetSchemas {

    private final Map<String, Widget> widgets = new LinkedHashMap<>();
    private final Map<String, Checkpoint> checkpoints = new LinkedHashMap<>();

    WidgetRegistry(List<Widget> all) {
        for (Widget w : all) {
            if (widgets.containsKey(w.name()) || checkpoints.containsKey(w.name())) {
                throw new IllegalStateException("two widgets are named " + w.name());
            }
            if (w instanceof Checkpoint c) {
                checkpoints.put(c.name(), c);
            } else {
                widgets.put(w.name(), w);
            }
        }
    }

    /** The registry of the shipped widgets; plain Java, so the command-line validator can use it too. */
    public static WidgetRegistry standard() {
        return new WidgetRegistry(ServiceLoader.load(Widget.class, WidgetRegistry.class.getClassLoader()).stream()
                .map(ServiceLoader.Provider::get)
                .toList());
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
