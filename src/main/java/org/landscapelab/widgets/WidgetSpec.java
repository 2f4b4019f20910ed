package org.landscapelab.widgets;

import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.numerics.NumericsException;

/**
 * A widget, headless: its name, description and typed options, how settings become inputs, and its one pure
 * computation. The view, the validator's {@code {expect}} and the tests all go through this.
 *
 * @param <I> the inputs record
 * @param <R> the result record
 */
public final class WidgetSpec<I, R extends WidgetResult> {

    /** The computation: inputs to result, headless; numerical trouble as a student-readable exception. */
    @FunctionalInterface
    public interface Compute<I, R> {
        R compute(I inputs, Job job) throws NumericsException;
    }

    private final String name;
    private final String description;
    private final List<Option<?>> options;
    private final Function<Settings, I> inputs;
    private final Compute<I, R> compute;

    private WidgetSpec(
            String name,
            String description,
            List<Option<?>> options,
            Function<Settings, I> inputs,
            Compute<I, R> compute) {
        this.name = name;
        this.description = description;
        this.options = List.copyOf(options);
        this.inputs = inputs;
        this.compute = compute;
    }

    /**
     * @param inputs reads every option from the settings and checks how they fit together; returns null after
     *     adding the reasons to the settings when they give no inputs
     */
    public static <I, R extends WidgetResult> WidgetSpec<I, R> of(
            String name,
            String description,
            List<Option<?>> options,
            Function<Settings, I> inputs,
            Compute<I, R> compute) {
        return new WidgetSpec<>(name, description, options, inputs, compute);
    }

    /** A spec whose inputs have nothing to compute for {@code {expect}} (checkpoints grade the student instead). */
    public static <I> WidgetSpec<I, WidgetResult> withoutResult(
            String name, String description, List<Option<?>> options, Function<Settings, I> inputs) {
        return new WidgetSpec<>(name, description, options, inputs, null);
    }

    public String name() {
        return name;
    }

    public String description() {
        return description;
    }

    public List<Option<?>> options() {
        return options;
    }

    public List<OptionSpec> optionSpecs() {
        return options.stream().map(Option::spec).toList();
    }

    /** The inputs of these settings, or empty with the reasons in {@link Settings#problems()}. */
    public Optional<I> inputs(Settings settings) {
        I in = inputs.apply(settings);
        return settings.ok() ? Optional.ofNullable(in) : Optional.empty();
    }

    /**
     * The inputs of a lesson's options, headless (a checkpoint's variants, {@code {expect}}).
     *
     * @throws IllegalArgumentException when they give none, with the reasons
     */
    public I inputsOf(java.util.Map<String, Object> options) {
        Settings settings = Settings.of(options);
        return inputs(settings).orElseThrow(() -> new IllegalArgumentException(String.join("; ", settings.problems())));
    }

    public boolean computes() {
        return compute != null;
    }

    public R compute(I inputs, Job job) throws NumericsException {
        if (compute == null) {
            throw new IllegalStateException(name + " has no computation");
        }
        return compute.compute(inputs, job);
    }

    /**
     * Where a live instance starts: the link's settings when they give inputs; otherwise the lesson's, with a
     * notice of what was wrong in the link, so a mangled link never shows an error instead of a widget.
     */
    public Start<I> start(WidgetContext context) {
        Settings fromLink = Settings.of(context);
        Optional<I> in = inputs(fromLink);
        if (in.isPresent()) {
            return new Start<>(in.get(), Optional.empty());
        }
        Settings lesson = Settings.lessonOf(context);
        I fallback = inputs(lesson)
                .orElseThrow(() -> new IllegalStateException(
                        "the lesson's options of " + name + " do not validate: " + lesson.problems()));
        return new Start<>(
                fallback,
                Optional.of("The link held settings that do not work (" + String.join("; ", fromLink.problems())
                        + "); showing the lesson's example instead."));
    }

    /**
     * The inputs the lesson file sets, links ignored: a checkpoint's question is the lesson's, so a crafted link can
     * neither make it easier nor change what is recorded as passed.
     */
    public I lessonInputs(WidgetContext context) {
        Settings lesson = Settings.lessonOf(context);
        return inputs(lesson)
                .orElseThrow(() -> new IllegalStateException(
                        "the lesson's options of " + name + " do not validate: " + lesson.problems()));
    }

    /**
     * @param inputs what the instance starts with
     * @param notice why the link's settings were not used, if they were not
     */
    public record Start<I>(I inputs, Optional<String> notice) {}
}
