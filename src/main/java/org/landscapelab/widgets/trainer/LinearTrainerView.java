package org.landscapelab.widgets.trainer;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.TextField;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.components.Chart;
import org.landscapelab.components.ChartPanel;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.optimize.MultiStart;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.FieldSettings;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.NumberInput;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Stale;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** The trainer on screen: data, architecture and optimizer settings, then the runs drawn against L*. */
class LinearTrainerView extends Div {

    private final WidgetContext context;
    private final MatrixField x = new MatrixField("X (d0×n)", LinearTrainer.MAX_SIDE, m -> {});
    private final MatrixField y = new MatrixField("Y (dh×n)", LinearTrainer.MAX_SIDE, m -> {});
    private final TextField hidden = new TextField("Hidden widths");
    private final NumberInput rate = new NumberInput("Learning rate η");
    private final NumberInput momentum = new NumberInput("Momentum μ");
    private final NumberInput steps = new NumberInput("Steps per run");
    private final NumberInput starts = new NumberInput("Random starts");
    private final NumberInput scale = new NumberInput("Initial scale");
    private final NumberInput seed = new NumberInput("Seed");
    private final Button train = new Button("Train", VaadinIcon.PLAY.create());
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph message = new Paragraph();
    private final ChartPanel curves = new ChartPanel("Loss of every run against the global optimum L*", "loss-curves");
    private final ChartPanel histogram = new ChartPanel("Histogram of final losses", "final-losses");
    private final Summary summary = new Summary();
    private Div charts;
    private boolean trained;
    private Background.Task task;
    private boolean started;
    /** Why the link's settings were not used; shown with the first run, until the student trains again. */
    private String notice = "";

    LinearTrainerView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-linear-trainer");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Linear network trainer");
        message.addClassName("lab-widget-message");
        configure();
        charts = new Div(curves, histogram);
        charts.addClassName("lab-chart-row");
        add(new H3("Gradient descent from many starts"), inputs(), controls(), message, charts, summary);
        addAttachListener(e -> {
            if (!started) {
                started = true;
                train();
            }
        });
    }

    private void configure() {
        WidgetSpec.Start<LinearTrainer.Inputs> start = LinearTrainer.SPEC.start(context);
        LinearTrainer.Inputs in = start.inputs();
        x.show(in.problem().x());
        y.show(in.problem().y());
        hidden.setValue(LinearProblem.HIDDEN.write(in.problem().hidden()));
        hidden.setHelperText("d1,…,d(h−1), e.g. 1 or 2,2");
        rate.setValue(in.rate());
        momentum.setValue(in.momentum());
        // every number field states its range, from the same typed option that checks it
        fields().forEach((option, field) -> {
            if (field instanceof NumberInput number) {
                number.setRange(option.min(), option.max());
            }
        });
        steps.setValue(in.steps());
        starts.setValue(in.starts());
        scale.setValue(in.scale());
        seed.setValue(in.seed());
        notice = start.notice().orElse("");
        fields().forEach((option, field) -> field.setReadOnly(context.isLocked(option.name())));
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Training progress");
    }

    /** Each option with the field that edits it, in the options' order. */
    private Map<Option<?>, HasValue<?, ?>> fields() {
        Map<Option<?>, HasValue<?, ?>> fields = new LinkedHashMap<>();
        fields.put(LinearProblem.X, x);
        fields.put(LinearProblem.Y, y);
        fields.put(LinearProblem.HIDDEN, hidden);
        fields.put(LinearTrainer.RATE, rate);
        fields.put(LinearTrainer.MOMENTUM, momentum);
        fields.put(LinearTrainer.STEPS, steps);
        fields.put(LinearTrainer.STARTS, starts);
        fields.put(LinearTrainer.SCALE, scale);
        fields.put(LinearTrainer.SEED, seed);
        return fields;
    }

    private Div inputs() {
        Div data = new Div(x, y, hidden);
        data.addClassName("lab-widget-inputs");
        Div settings = new Div(rate, momentum, steps, starts, scale, seed);
        settings.addClassNames("lab-widget-inputs", "lab-settings");
        return new Div(data, settings);
    }

    private Div controls() {
        train.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        train.addClickListener(e -> train());
        cancel.addClickListener(e -> stop());
        cancel.setEnabled(false);
        Div row = new Div(train, cancel, progress);
        row.addClassName("lab-widget-tools");
        return row;
    }

    /**
     * The fields as inputs, read through the same typed options as a lesson file or a link, so what trains here
     * is what the written link reloads; empty, with the reason shown, when a field does not give a value.
     */
    private Optional<LinearTrainer.Inputs> read() {
        return FieldSettings.read(
                LinearTrainer.SPEC,
                fields(),
                Map.of(),
                "Fill in every setting with a valid value; the marked field says what is wrong.",
                reason -> message.setText(reason + (trained ? Stale.LAST_RESULT : "")));
    }

    private void train() {
        Optional<LinearTrainer.Inputs> read = read();
        if (read.isEmpty()) {
            Stale.mark(trained, charts, summary);
            return;
        }
        LinearTrainer.Inputs in = read.get();
        message.setText(notice);
        notice = "";
        stop();
        train.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setValue(0);
        task = Background.start(
                this,
                (cancelled, report) -> LinearTrainerCompute.compute(in, new Job(cancelled, report)),
                progress::setValue,
                this::show,
                this::failed);
        UrlState.of(context)
                .with(LinearProblem.X, in.problem().x())
                .with(LinearProblem.Y, in.problem().y())
                .with(LinearProblem.HIDDEN, in.problem().hidden())
                .with(LinearTrainer.RATE, in.rate())
                .with(LinearTrainer.MOMENTUM, in.momentum())
                .with(LinearTrainer.STEPS, in.steps())
                .with(LinearTrainer.STARTS, in.starts())
                .with(LinearTrainer.SCALE, in.scale())
                .with(LinearTrainer.SEED, in.seed())
                .write(this);
    }

    /** The current task delivered: reset the controls without cancelling anything. */
    private void finished() {
        task = null;
        train.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
    }

    private void stop() {
        if (task != null) {
            task.cancel();
        }
        train.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
    }

    private void failed(String reason) {
        finished();
        message.setText(reason);
    }

    private void show(LinearTrainerCompute.Result r) {
        finished();
        trained = true;
        Stale.mark(false, charts, summary);
        MultiStart.Result result = r.runs();
        List<Chart.Series> lines = new ArrayList<>();
        double maxStep = 1;
        for (MultiStart.RunSummary run : result.runs()) {
            lines.add(new Chart.Series(
                    "run " + (run.index() + 1) + " (" + LinearTrainerCompute.label(run.verdict()) + ")",
                    Chart.Kind.LINE,
                    run.steps(),
                    run.losses(),
                    false));
            maxStep = Math.max(maxStep, run.steps()[run.steps().length - 1]);
        }
        lines.add(new Chart.Series(
                "L* = " + Numerals.sig(result.globalValue(), 6),
                Chart.Kind.LINE,
                new double[] {0, maxStep},
                new double[] {result.globalValue(), result.globalValue()},
                true));
        curves.show("step", Chart.Scale.LINEAR, "loss", Chart.Scale.LINEAR, lines);
        histogram.show("final loss", Chart.Scale.LINEAR, "runs", Chart.Scale.LINEAR, List.of(Histogram.of(result)));
        summary.setText(r.summary());
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (task != null) {
            task.cancel();
        }
    }
}
