package org.landscapelab.widgets.slice;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.HasValue;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.landscapelab.components.Chart;
import org.landscapelab.components.ChartPanel;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.landscape.Contours;
import org.landscapelab.numerics.landscape.TrajectorySlice;
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

/** The slice with the run on it, then the two honesty charts: distance off the plane, true vs slice loss. */
class LandscapeSliceView extends Div {

    private static final String MAP = "Map with level lines";
    private static final String SURFACE = "3-D surface";

    private final WidgetContext context;
    private final MatrixField x = new MatrixField("X (d0×n)", LinearProblem.MAX_SIDE, m -> {});
    private final MatrixField y = new MatrixField("Y (dh×n)", LinearProblem.MAX_SIDE, m -> {});
    private final TextField hidden = new TextField("Hidden widths");
    private final NumberInput rate = new NumberInput("Learning rate η");
    private final NumberInput steps = new NumberInput("Steps");
    private final NumberInput seed = new NumberInput("Seed");
    private final NumberInput grid = new NumberInput("Grid points per side");
    private final Button compute = new Button("Compute");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph message = new Paragraph();
    private final ChartPanel field =
            new ChartPanel("Loss on the plane through the start, with the run projected on it", "loss-slice");
    private final ChartPanel offPlane = new ChartPanel("Distance of the run from the plane", "off-plane");
    private final ChartPanel losses = new ChartPanel("True loss and slice loss along the run", "true-vs-slice");
    private final RadioButtonGroup<String> view = new RadioButtonGroup<>("View of the slice");
    private final Summary summary = new Summary();
    private LandscapeSliceCompute.Result last;
    private Div honesty;
    private Background.Task task;
    private boolean started;
    /** Why the link's settings were not used; shown with the first computation, until the next one. */
    private String notice;

    LandscapeSliceView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-landscape-slice");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Landscape slice");
        WidgetSpec.Start<LandscapeSliceWidget.Inputs> start = LandscapeSliceWidget.SPEC.start(context);
        LandscapeSliceWidget.Inputs in = start.inputs();
        notice = start.notice().orElse("");
        x.show(in.problem().x());
        y.show(in.problem().y());
        hidden.setValue(LinearProblem.HIDDEN.write(in.problem().hidden()));
        rate.setValue(in.rate());
        steps.setValue(in.steps());
        seed.setValue(in.seed());
        grid.setValue(in.grid());
        // every number field states its range, from the same typed option that checks it
        fields().forEach((option, field) -> {
            if (field instanceof NumberInput number) {
                number.setRange(option.min(), option.max());
            }
        });
        fields().forEach((option, f) -> f.setReadOnly(context.isLocked(option.name())));
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
        view.setValue(label(in.display()));
        view.setReadOnly(context.isLocked(LandscapeSliceWidget.VIEW.name()));
        view.addValueChangeListener(e -> {
            if (last != null) {
                drawField(last);
            }
            UrlState.of(context).with(LandscapeSliceWidget.VIEW, display()).write(this);
        });
        honesty = new Div(offPlane, losses);
        honesty.addClassName("lab-chart-row");
        add(new H3("A slice of the landscape, honestly"), inputs, tools, message, view, field, honesty, summary);
        addAttachListener(e -> {
            if (!started) {
                started = true;
                compute();
            }
        });
    }

    /** Each option edited by a field, with its field, in the options' order. */
    private Map<Option<?>, HasValue<?, ?>> fields() {
        Map<Option<?>, HasValue<?, ?>> fields = new LinkedHashMap<>();
        fields.put(LinearProblem.X, x);
        fields.put(LinearProblem.Y, y);
        fields.put(LinearProblem.HIDDEN, hidden);
        fields.put(LandscapeSliceWidget.RATE, rate);
        fields.put(LandscapeSliceWidget.STEPS, steps);
        fields.put(LandscapeSliceWidget.SEED, seed);
        fields.put(LandscapeSliceWidget.GRID, grid);
        return fields;
    }

    private static String label(LandscapeSliceWidget.Display display) {
        return display == LandscapeSliceWidget.Display.SURFACE ? SURFACE : MAP;
    }

    private LandscapeSliceWidget.Display display() {
        return SURFACE.equals(view.getValue())
                ? LandscapeSliceWidget.Display.SURFACE
                : LandscapeSliceWidget.Display.MAP;
    }

    /**
     * The fields as inputs, read through the same typed options as a lesson file or a link, so what is computed
     * here is what the written link reloads; empty, with the reason shown, when a field does not give a value.
     */
    private Optional<LandscapeSliceWidget.Inputs> read() {
        return FieldSettings.read(
                LandscapeSliceWidget.SPEC,
                fields(),
                Map.of(LandscapeSliceWidget.VIEW.name(), display().key()),
                "Fill in every setting with a valid value; the marked field says what is wrong.",
                reason -> message.setText(reason + (last != null ? Stale.LAST_RESULT : "")));
    }

    private void compute() {
        Optional<LandscapeSliceWidget.Inputs> read = read();
        if (read.isEmpty()) {
            Stale.mark(last != null, field, honesty, summary);
            return;
        }
        LandscapeSliceWidget.Inputs in = read.get();
        message.setText(notice);
        notice = "";
        if (task != null) {
            task.cancel();
        }
        progress.setVisible(true);
        compute.setEnabled(false);
        task = Background.start(
                this,
                (cancelled, report) -> LandscapeSliceCompute.compute(in, new Job(cancelled, report)),
                progress::setValue,
                this::show,
                this::failed);
        UrlState.of(context)
                .with(LinearProblem.X, in.problem().x())
                .with(LinearProblem.Y, in.problem().y())
                .with(LinearProblem.HIDDEN, in.problem().hidden())
                .with(LandscapeSliceWidget.RATE, in.rate())
                .with(LandscapeSliceWidget.STEPS, in.steps())
                .with(LandscapeSliceWidget.SEED, in.seed())
                .with(LandscapeSliceWidget.GRID, in.grid())
                .with(LandscapeSliceWidget.VIEW, in.display())
                .write(this);
    }

    private void failed(String reason) {
        task = null;
        progress.setVisible(false);
        compute.setEnabled(true);
        message.setText(reason);
    }

    private void show(LandscapeSliceCompute.Result c) {
        task = null;
        last = c;
        Stale.mark(false, field, honesty, summary);
        progress.setVisible(false);
        compute.setEnabled(true);
        TrajectorySlice.Result r = c.slice();
        List<TrajectorySlice.Point> t = r.trajectory();
        double[] step = t.stream().mapToDouble(TrajectorySlice.Point::step).toArray();
        drawField(c);
        offPlane.show(
                "step",
                Chart.Scale.LINEAR,
                "distance from the plane",
                Chart.Scale.LINEAR,
                List.of(new Chart.Series(
                        "‖W(t) − its projection‖",
                        Chart.Kind.LINE,
                        step,
                        t.stream().mapToDouble(TrajectorySlice.Point::offPlane).toArray(),
                        false)));
        losses.show(
                "step",
                Chart.Scale.LINEAR,
                "loss",
                Chart.Scale.LINEAR,
                List.of(
                        new Chart.Series(
                                "true loss L(W(t))",
                                Chart.Kind.LINE,
                                step,
                                t.stream()
                                        .mapToDouble(TrajectorySlice.Point::trueLoss)
                                        .toArray(),
                                false),
                        new Chart.Series(
                                "slice loss at the projection",
                                Chart.Kind.LINE,
                                step,
                                t.stream()
                                        .mapToDouble(TrajectorySlice.Point::sliceLoss)
                                        .toArray(),
                                true)));
        summary.setText(c.summary());
    }

    private void drawField(LandscapeSliceCompute.Result c) {
        TrajectorySlice.Result r = c.slice();
        List<TrajectorySlice.Point> t = r.trajectory();
        double[] alpha = t.stream().mapToDouble(TrajectorySlice.Point::alpha).toArray();
        double[] beta = t.stream().mapToDouble(TrajectorySlice.Point::beta).toArray();
        double[][] loss = r.slice().loss();
        if (display() == LandscapeSliceWidget.Display.SURFACE) {
            // the same cap as the map's colours: the 95th percentile of the grid
            double q = Contours.quantile(loss, 0.95);
            double cap = Double.isNaN(q) ? 1 : q;
            field.showSurface(
                    "α",
                    "β",
                    "loss on the slice",
                    "loss (capped at " + Numerals.sig(cap, 3) + ")",
                    r.slice().alphas(),
                    r.slice().betas(),
                    loss,
                    cap,
                    List.of(new Chart.Path3D(
                            "the run, projected",
                            alpha,
                            beta,
                            t.stream()
                                    .mapToDouble(TrajectorySlice.Point::sliceLoss)
                                    .toArray())));
            return;
        }
        List<Chart.Isoline> isolines = c.levels().stream()
                .map(l -> new Chart.Isoline(
                        l.value(),
                        l.lines().stream().map(Contours.Line::x).toList(),
                        l.lines().stream().map(Contours.Line::y).toList()))
                .toList();
        field.showField(
                "α (along the run)",
                "β (random, orthogonal)",
                "loss on the slice",
                r.slice().alphas(),
                r.slice().betas(),
                loss,
                isolines,
                List.of(
                        new Chart.Series("the run, projected", Chart.Kind.LINE, alpha, beta, false),
                        new Chart.Series(
                                "start and end",
                                Chart.Kind.SCATTER,
                                new double[] {alpha[0], alpha[alpha.length - 1]},
                                new double[] {beta[0], beta[beta.length - 1]},
                                false)));
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (task != null) {
            task.cancel();
        }
    }
}
