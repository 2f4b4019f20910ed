package org.landscapelab.widgets.trainer;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscapelab.components.Chart;
import org.landscapelab.components.ChartPanel;
import org.landscapelab.numerics.Matrix;
import org.landscapelab.numerics.MultiStart;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.Options;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;

/** The trainer on screen: data, architecture and optimizer settings, then the runs drawn against L*. */
class LinearTrainerView extends Div {

    private static final Duration BUDGET = Duration.ofSeconds(20);

    private final WidgetContext context;
    private final MatrixField x = new MatrixField("X (d0×n)", LinearTrainer.MAX_SIDE, m -> { });
    private final MatrixField y = new MatrixField("Y (dh×n)", LinearTrainer.MAX_SIDE, m -> { });
    private final TextField hidden = new TextField("Hidden widths");
    private final NumberField rate = new NumberField("Learning rate η");
    private final NumberField momentum = new NumberField("Momentum μ");
    private final IntegerField steps = new IntegerField("Steps per run");
    private final IntegerField starts = new IntegerField("Random starts");
    private final NumberField scale = new NumberField("Initial scale");
    private final IntegerField seed = new IntegerField("Seed");
    private final Button train = new Button("Train", VaadinIcon.PLAY.create());
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph message = new Paragraph();
    private final ChartPanel curves = new ChartPanel("Loss of every run against the global optimum L*", "loss-curves");
    private final ChartPanel histogram = new ChartPanel("Histogram of final losses", "final-losses");
    private final Summary summary = new Summary();
    private Background.Task task;
    private boolean started;

    LinearTrainerView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-linear-trainer");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Linear network trainer");
        message.addClassName("lab-widget-message");
        configure();
        Div charts = new Div(curves, histogram);
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
        x.show(parse(context.initial("X").orElse(LinearTrainer.X), LinearTrainer.X));
        y.show(parse(context.initial("Y").orElse(LinearTrainer.Y), LinearTrainer.Y));
        hidden.setValue(String.valueOf(context.initial("hidden").orElse("1")));
        hidden.setHelperText("d1,…,d(h−1), e.g. 1 or 2,2");
        rate.setValue(Options.number(context.initial("rate").orElse(0.05)));
        momentum.setValue(Options.number(context.initial("momentum").orElse(0)));
        momentum.setMin(0);
        momentum.setMax(0.99);
        steps.setValue((int) Options.number(context.initial("steps").orElse(3000)));
        starts.setValue((int) Options.number(context.initial("starts").orElse(12)));
        scale.setValue(Options.number(context.initial("scale").orElse(0.3)));
        seed.setValue((int) Options.number(context.initial("seed").orElse(1)));
        for (String option : List.of("X", "Y", "hidden", "rate", "momentum", "steps", "starts", "scale", "seed")) {
            if (context.isLocked(option)) {
                field(option).setReadOnly(true);
            }
        }
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Training progress");
    }

    private com.vaadin.flow.component.HasValue<?, ?> field(String option) {
        return switch (option) {
            case "X" -> x;
            case "Y" -> y;
            case "hidden" -> hidden;
            case "rate" -> rate;
            case "momentum" -> momentum;
            case "steps" -> steps;
            case "starts" -> starts;
            case "scale" -> scale;
            default -> seed;
        };
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

    private void train() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("X", x.getValue());
        options.put("Y", y.getValue());
        options.put("hidden", hidden.getValue());
        LinearTrainer.Setup setup = x.parse(x.getValue()).isPresent() && y.parse(y.getValue()).isPresent()
                ? LinearTrainer.setup(options, problems) : null;
        if (setup == null || rate.isInvalid() || rate.getValue() == null || momentum.getValue() == null
                || momentum.getValue() < 0 || momentum.getValue() >= 1 || steps.getValue() == null
                || starts.getValue() == null || scale.getValue() == null || seed.getValue() == null) {
            message.setText(problems.isEmpty() ? "Fill in every setting with a valid value." : String.join("; ", problems));
            return;
        }
        message.setText("");
        stop();
        double eta = rate.getValue();
        double mu = momentum.getValue();
        int n = steps.getValue();
        int k = starts.getValue();
        double s = scale.getValue();
        long sd = seed.getValue();
        train.setEnabled(false);
        cancel.setEnabled(true);
        progress.setVisible(true);
        progress.setValue(0);
        task = Background.start(this,
                (cancelled, report) -> MultiStart.run(setup.x(), setup.y(), setup.widths(), eta, mu, n, k, s, sd,
                        Instant.now().plus(BUDGET), cancelled, report),
                progress::setValue, this::show, this::failed);
        UrlState.write(this, context.urlPrefix(), Map.of("X", setup.x().format(), "Y", setup.y().format(),
                "hidden", hidden.getValue(), "rate", String.valueOf(eta), "momentum", String.valueOf(mu), "steps", String.valueOf(n),
                "starts", String.valueOf(k), "scale", String.valueOf(s), "seed", String.valueOf(sd)));
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

    private void show(MultiStart.Result result) {
        finished();
        List<Chart.Series> lines = new ArrayList<>();
        double maxStep = 1;
        for (MultiStart.RunSummary run : result.runs()) {
            lines.add(new Chart.Series("run " + (run.index() + 1) + " (" + label(run.verdict()) + ")", Chart.Kind.LINE,
                    run.steps(), run.losses(), false));
            maxStep = Math.max(maxStep, run.steps()[run.steps().length - 1]);
        }
        lines.add(new Chart.Series("L* = " + LinearTrainer.sig6(result.globalValue()), Chart.Kind.LINE,
                new double[] {0, maxStep}, new double[] {result.globalValue(), result.globalValue()}, true));
        curves.show("step", Chart.Scale.LINEAR, "loss", Chart.Scale.LINEAR, lines);
        histogram.show("final loss", Chart.Scale.LINEAR, "runs", Chart.Scale.LINEAR, List.of(Histogram.of(result)));
        summary.setText(sentence(result));
    }

    static String sentence(MultiStart.Result r) {
        long reached = r.count(MultiStart.Verdict.REACHED_GLOBAL);
        StringBuilder s = new StringBuilder("L* = " + LinearTrainer.sig6(r.globalValue()) + "; " + reached + " of "
                + r.runs().size() + " runs reached L*");
        for (MultiStart.Verdict v : List.of(MultiStart.Verdict.NOT_CONVERGED, MultiStart.Verdict.CRITICAL_ABOVE_GLOBAL,
                MultiStart.Verdict.DIVERGED, MultiStart.Verdict.STOPPED)) {
            if (r.count(v) > 0) {
                s.append("; ").append(r.count(v)).append(" ").append(label(v));
            }
        }
        double worst = r.runs().stream().mapToDouble(MultiStart.RunSummary::finalLoss).max().orElse(Double.NaN);
        return s.append("; largest gap to L*: ").append(LinearTrainer.sig6(worst - r.globalValue())).toString();
    }

    static String label(MultiStart.Verdict v) {
        return switch (v) {
            case REACHED_GLOBAL -> "reached L*";
            case NOT_CONVERGED -> "not converged";
            case CRITICAL_ABOVE_GLOBAL -> "stopped at a critical point above L*";
            case DIVERGED -> "diverged";
            case STOPPED -> "stopped";
        };
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (task != null) {
            task.cancel();
        }
    }

    private static Matrix parse(Object value, String fallback) {
        List<String> ignored = new ArrayList<>();
        Matrix m = LinearTrainer.matrix(value, "", ignored);
        return m != null ? m : LinearTrainer.matrix(fallback, "", ignored);
    }

}
