package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.WidgetSchema;
import org.landscapelab.numerics.NumericsException;

/**
 * A widget: its {@link WidgetSpec} (what the lesson engine validates and {@code {expect}} evaluates) and a factory
 * for the view students use. Widgets are found with {@link java.util.ServiceLoader}: a new one is listed in
 * {@code META-INF/services/org.landscapelab.widgets.Widget}.
 */
public interface Widget extends WidgetSchema {

    WidgetSpec<?, ?> spec();

    /** Builds a live instance for a lesson step, the playground or the widget reference. */
    Component create(WidgetContext context);

    @Override
    default String name() {
        return spec().name();
    }

    @Override
    default String description() {
        return spec().description();
    }

    @Override
    default List<OptionSpec> options() {
        return spec().optionSpecs();
    }

    @Override
    default List<String> check(Map<String, Object> options) {
        Settings settings = Settings.of(options);
        spec().inputs(settings);
        return settings.problems();
    }

    @Override
    default Optional<Evaluation> evaluate(Map<String, Object> options) {
        return evaluate(spec(), options);
    }

    private static <I, R extends WidgetResult> Optional<Evaluation> evaluate(
            WidgetSpec<I, R> spec, Map<String, Object> options) {
        if (!spec.computes()) {
            return Optional.empty();
        }
        Settings settings = Settings.of(options);
        I inputs = spec.inputs(settings)
                .orElseThrow(() -> new IllegalArgumentException(String.join("; ", settings.problems())));
        try {
            R result = spec.compute(inputs, Job.HEADLESS);
            return Optional.of(new Evaluation(result.summary(), result.values()));
        } catch (NumericsException e) {
            throw new IllegalArgumentException(e.getMessage(), e);
        }
    }
}
