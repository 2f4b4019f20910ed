package org.landscapelab.widgets.slice;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.IntegerField;
import com.vaadin.flow.component.textfield.NumberField;
import com.vaadin.flow.component.textfield.TextField;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.landscapelab.components.Chart;
import org.landscapelab.components.ChartPanel;
import org.landscapelab.numerics.Contours;
import org.landscapelab.numerics.TrajectorySlice;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.Options;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.trainer.LinearTrainer;

/** The slice with the run on it, then the two honesty charts: distance off the plane, true vs slice loss. */
class LandscapeSliceView extends Div {

    private static final int LEVELS = 12;
    private static final String MAP = "Map with level lines";
    private static final String SURFACE = "3-D surface";

    /** What the background task hands back: the slice and its level lines. */
    private record Computed(TrajectorySlice.Result result, List<Contours.Level> levels) {}

    private final WidgetContext context;
    private final MatrixField x = new MatrixField("X (d0×n)", 6, m -> { });
    private final MatrixField y = new MatrixField("Y (dh×n)", 6, m -> { });
    private final TextField hidden = new TextField("Hidden widths");
    private final NumberField rate = new NumberField("Learning rate η");
    private final IntegerField steps = new IntegerField("Steps");
    private final IntegerField seed = new IntegerField("Seed");
    private final IntegerField grid = new IntegerField("Grid points per side");
    private final Button compute = new Button("Compute");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph message = new Paragraph();
    private final ChartPanel field = new ChartPanel("Loss on the plane through the start, with the run projected on it",
            "loss-slice");
    private final ChartPanel offPlane = new ChartPanel("Distance of the run from the plane", "off-plane");
    private final ChartPanel losses = new ChartPanel("True loss and slice loss along the run", "true-vs-slice");
    private final RadioButtonGroup<String> view = new RadioButtonGroup<>("View of the slice");
    private final Summary summary = new Summary();
    private Computed last;
    private Background.Task task;
    private boolean started;

    LandscapeSliceView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-landscape-slice");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Landscape slice");
        x.show(matrix(context.initial("X").orElse(null), "1,0,0;0,1,0;0,0,1"));
        y.show(matrix(context.initial("Y").orElse(null), "3,0,0;0,2,0;0,0,1"));
        hidden.setValue(String.valueOf(context.initial("hidden").orElse("1")));
        rate.setValue(Options.number(context.initial("rate").orElse(0.05)));
        steps.setValue((int) Options.number(context.initial("steps").orElse(400)));
        seed.setValue((int) Options.number(context.initial("seed").orElse(3)));
        grid.setValue((int) Options.number(context.initial("grid").orElse(60)));
        grid.setMin(10);
        grid.setMax(TrajectorySlice.MAX_GRID);
        message.addClassName("lab-widget-message");
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Slice progress");
        compute.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        compute.addClickListener(e -> compute());
        Div inputs = new Div(x, y, hidden, rate, steps, seed, grid);
        inputs.addClassNames("lab-widget-inputs", "lab-settings");
        Div tools = new Div(compute, progress);
        tools.addClassName("lab-widget-tools");
        view.setItems(MAP, SURFACE);
        view.setValue("3d".equals(String.valueOf(context.initial("view").orElse("map"))) ? SURFACE : MAP);
        view.addValueChangeListener(e -> {
            if (last != null) {
                drawField(last);
            }
            writeUrl();
        });
        Div honesty = new Div(offPlane, losses);
        honesty.addClassName("lab-chart-row");
        add(new H3("A slice of the landscape, honestly"), inputs, tools, message, view, field, honesty, summary);
        addAttachListener(e -> {
            if (!started) {
                started = true;
                compute();
            }
        });
    }

    private void compute() {
        List<String> problems = new ArrayList<>();
        Map<String, Object> options = new LinkedHashMap<>();
        options.put("X", x.getValue());
        options.put("Y", y.getValue());
        options.put("hidden", hidden.getValue());
        LinearTrainer.validate(options, problems);
        if (!problems.isEmpty() || !x.textValid() || !y.textValid() || rate.getValue() == null || rate.getValue() <= 0
                || steps.getValue() == null || seed.getValue() == null || grid.getValue() == null
                || grid.getValue() < 10 || grid.getValue() > TrajectorySlice.MAX_GRID) {
            message.setText(problems.isEmpty() ? "Fill in every setting with a valid value (grid 10 to "
                    + TrajectorySlice.MAX_GRID + ")." : String.join("; ", problems));
            return;
        }
        message.setText("");
        LinearTrainer.Data data = LinearTrainer.data(options);
        double eta = rate.getValue();
        int n = steps.getValue();
        long sd = seed.getValue();
        int g = grid.getValue();
        if (task != null) {
            task.cancel();
        }
        progress.setVisible(true);
        compute.setEnabled(false);
        task = Background.start(this, (cancelled, report) -> {
            TrajectorySlice.Result r = TrajectorySlice.compute(data.x(), data.y(), data.widths(), eta, n,
                    LandscapeSliceWidget.INIT_SCALE, sd, g, Instant.now().plus(LandscapeSliceWidget.BUDGET), cancelled,
                    report);
            double[][] loss = r.slice().loss();
            return new Computed(r, Contours.of(r.slice().alphas(), r.slice().betas(), loss,
                    Contours.quantileLevels(loss, LEVELS)));
        }, progress::setValue, this::show, this::failed);
        writeUrl();
    }

    private void writeUrl() {
        Map<String, String> state = new LinkedHashMap<>();
        state.put("X", x.getValue());
        state.put("Y", y.getValue());
        state.put("hidden", hidden.getValue());
        state.put("rate", String.valueOf(rate.getValue()));
        state.put("steps", String.valueOf(steps.getValue()));
        state.put("seed", String.valueOf(seed.getValue()));
        state.put("grid", String.valueOf(grid.getValue()));
        state.put("view", SURFACE.equals(view.getValue()) ? "3d" : "map");
        UrlState.write(this, context.urlPrefix(), state);
    }

    private void failed(String reason) {
        task = null;
        progress.setVisible(false);
        compute.setEnabled(true);
        message.setText(reason);
    }

    private void show(Computed c) {
        task = null;
        last = c;
        progress.setVisible(false);
        compute.setEnabled(true);
        TrajectorySlice.Result r = c.result();
        List<TrajectorySlice.Point> t = r.trajectory();
        double[] step = t.stream().mapToDouble(TrajectorySlice.Point::step).toArray();
        drawField(c);
        offPlane.show("step", Chart.Scale.LINEAR, "distance from the plane", Chart.Scale.LINEAR, List.of(
                new Chart.Series("‖W(t) − its projection‖", Chart.Kind.LINE, step,
                        t.stream().mapToDouble(TrajectorySlice.Point::offPlane).toArray(), false)));
        losses.show("step", Chart.Scale.LINEAR, "loss", Chart.Scale.LINEAR, List.of(
                new Chart.Series("true loss L(W(t))", Chart.Kind.LINE, step,
                        t.stream().mapToDouble(TrajectorySlice.Point::trueLoss).toArray(), false),
                new Chart.Series("slice loss at the projection", Chart.Kind.LINE, step,
                        t.stream().mapToDouble(TrajectorySlice.Point::sliceLoss).toArray(), true)));
        summary.setText(LandscapeSliceWidget.summary(r));
    }

    private void drawField(Computed c) {
        TrajectorySlice.Result r = c.result();
        List<TrajectorySlice.Point> t = r.trajectory();
        double[] alpha = t.stream().mapToDouble(TrajectorySlice.Point::alpha).toArray();
        double[] beta = t.stream().mapToDouble(TrajectorySlice.Point::beta).toArray();
        double[][] loss = r.slice().loss();
        if (SURFACE.equals(view.getValue())) {
            // the same cap as the map's colours: the 95th percentile of the grid
            double q = Contours.quantile(loss, 0.95);
            double cap = Double.isNaN(q) ? 1 : q;
            field.showSurface("α", "β", "loss on the slice", "loss (capped at " + String.format(Locale.ROOT, "%.3g", cap)
                    + ")",
                    r.slice().alphas(), r.slice().betas(), loss, cap, List.of(new Chart.Path3D("the run, projected",
                            alpha, beta, t.stream().mapToDouble(TrajectorySlice.Point::sliceLoss).toArray())));
            return;
        }
        List<Chart.Isoline> isolines = c.levels().stream().map(l -> new Chart.Isoline(l.value(),
                l.lines().stream().map(Contours.Line::x).toList(), l.lines().stream().map(Contours.Line::y).toList()))
                .toList();
        field.showField("α (along the run)", "β (random, orthogonal)", "loss on the slice", r.slice().alphas(),
                r.slice().betas(), loss, isolines, List.of(
                        new Chart.Series("the run, projected", Chart.Kind.LINE, alpha, beta, false),
                        new Chart.Series("start and end", Chart.Kind.SCATTER, new double[] {alpha[0], alpha[alpha.length - 1]},
                                new double[] {beta[0], beta[beta.length - 1]}, false)));
    }


    // A value from the lesson or the URL, or the default when it is missing or does not parse.
    private static org.landscapelab.numerics.Matrix matrix(Object value, String fallback) {
        try {
            return org.landscapelab.numerics.Matrix.fromYaml(value == null ? fallback : value);
        } catch (org.landscapelab.numerics.NumericsException | IllegalArgumentException e) {
            try {
                return org.landscapelab.numerics.Matrix.parse(fallback);
            } catch (org.landscapelab.numerics.NumericsException impossible) {
                throw new IllegalStateException(impossible);
            }
        }
    }



    @Override
    protected void onDetach(DetachEvent event) {
        if (task != null) {
            task.cancel();
        }
    }
}
