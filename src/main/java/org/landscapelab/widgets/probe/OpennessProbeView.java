package org.landscapelab.widgets.probe;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.NativeTable;
import com.vaadin.flow.component.html.NativeTableBody;
import com.vaadin.flow.component.html.NativeTableCell;
import com.vaadin.flow.component.html.NativeTableHeader;
import com.vaadin.flow.component.html.NativeTableHeaderCell;
import com.vaadin.flow.component.html.NativeTableRow;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.List;
import java.util.Locale;
import org.landscapelab.components.Chart;
import org.landscapelab.components.ChartPanel;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.numerics.openness.OpennessProbe;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.OpennessInstance;
import org.landscapelab.widgets.OpennessWords;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** The probe on screen: a pair, a run in the background, δ*(ε) on log–log axes and the comparison with the theorem. */
class OpennessProbeView extends Div {

    private final WidgetContext context;
    private final MatrixField w1 = new MatrixField("W1 (m×k)", OpennessProbeWidget.MAX_SIDE, m -> changed());
    private final MatrixField w2 = new MatrixField("W2 (k×n)", OpennessProbeWidget.MAX_SIDE, m -> changed());
    private final Button run = new Button("Run probe", VaadinIcon.PLAY.create());
    private final Button cancel = new Button("Cancel");
    private final ProgressBar progress = new ProgressBar();
    private final Paragraph message = new Paragraph();
    private final Div verdict = new Div();
    private final Div estimates = new Div();
    private final ChartPanel chart = new ChartPanel("δ*(ε) against ε on log–log axes", "openness-probe");
    private final Summary summary = new Summary();
    private Background.Task task;

    OpennessProbeView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-openness-probe");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Openness probe");
        message.addClassName("lab-widget-message");
        verdict.addClassName("lab-verdict");
        estimates.addClassName("lab-result-section");
        chart.setVisible(false);
        Div charts = new Div(chart);
        charts.addClassName("lab-chart-row");
        add(new H3("Measure δ*(ε)"), inputs(), tools(), message, verdict, charts, estimates, summary);
        start();
    }

    private Div inputs() {
        w1.setReadOnly(locked(OpennessProbeWidget.W1));
        w2.setReadOnly(locked(OpennessProbeWidget.W2));
        Div fields = new Div(w1, w2);
        fields.addClassName("lab-widget-inputs");
        return fields;
    }

    private Div tools() {
        Div tools = new Div();
        tools.addClassName("lab-widget-tools");
        if (!locked(OpennessProbeWidget.W1) && !locked(OpennessProbeWidget.W2)) {
            Select<OpennessInstance> instances = new Select<>();
            instances.setLabel("Load an instance");
            instances.setPlaceholder("Choose a worked pair…");
            instances.setItems(OpennessInstance.B, OpennessInstance.C, OpennessInstance.D, OpennessInstance.E);
            instances.setItemLabelGenerator(OpennessInstance::label);
            instances.addValueChangeListener(e -> {
                if (e.getValue() != null) {
                    w1.show(e.getValue().w1());
                    w2.show(e.getValue().w2());
                    changed();
                }
            });
            tools.add(instances);
        }
        run.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        run.addClickListener(e -> probe());
        cancel.addClickListener(e -> {
            stop();
            message.setText("Probe cancelled; nothing was measured. Run it again when you are ready.");
        });
        cancel.setEnabled(false);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Probe progress");
        Button copy = new Button("Copy link", VaadinIcon.LINK.create(), e -> UrlState.copyLink(this));
        copy.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        tools.add(run, cancel, progress, copy);
        return tools;
    }

    private boolean locked(Option<?> option) {
        return context.isLocked(option.name());
    }

    private void start() {
        WidgetSpec.Start<OpennessProbeWidget.Inputs> start = OpennessProbeWidget.SPEC.start(context);
        w1.show(start.inputs().w1());
        w2.show(start.inputs().w2());
        changed();
        start.notice().ifPresent(message::setText);
    }

    /** The pair, re-parsed and checked; null with the reason at the field. */
    private OpennessProbeWidget.Inputs pair() {
        Matrix a = w1.parse(w1.getValue()).orElse(null);
        Matrix b = w2.parse(w2.getValue()).orElse(null);
        if (a == null || b == null) {
            return null;
        }
        if (a.cols() != b.rows()) {
            w2.setErrorMessage(
                    "W2 needs " + a.cols() + " rows to multiply W1 (" + a.shape() + "); it has " + b.rows() + ".");
            w2.setInvalid(true);
            return null;
        }
        return new OpennessProbeWidget.Inputs(a, b);
    }

    /** A new pair: the old measurement no longer applies; the theorem's prediction is shown at once. */
    private void changed() {
        OpennessProbeWidget.Inputs in = pair();
        if (in == null) {
            return; // the field says why; everything else stays as it was
        }
        if (task != null) {
            stop();
        }
        try {
            OpennessProbeCompute.Prediction prediction = OpennessProbeCompute.predict(in);
            LocalOpenness theorem = prediction.theorem();
            message.setText("");
            verdict.removeAll();
            verdict.add(new Paragraph("Theorem 2 (the rank test) predicts " + OpennessWords.rate(theorem.rate())
                    + " here (" + (theorem.locallyOpen() ? "locally open" : "not locally open")
                    + "). Run the probe to measure it."));
            estimates.removeAll();
            chart.setVisible(false);
            summary.setText(prediction.summary());
            UrlState.of(context)
                    .with(OpennessProbeWidget.W1, in.w1())
                    .with(OpennessProbeWidget.W2, in.w2())
                    .write(this);
        } catch (NumericsException e) {
            message.setText(e.getMessage());
        }
    }

    private void probe() {
        OpennessProbeWidget.Inputs in = pair();
        if (in == null) {
            message.setText("Fix the marked matrix first.");
            return;
        }
        stop();
        message.setText("");
        run.setEnabled(false);
        cancel.setEnabled(true);
        progress.setValue(0);
        progress.setVisible(true);
        // Callbacks of a task that was cancelled meanwhile are ignored (a cancelled probe ends by failing).
        Background.Task[] mine = new Background.Task[1];
        mine[0] = Background.start(
                this,
                (cancelled, report) -> OpennessProbeCompute.compute(in, new Job(cancelled, report)),
                p -> {
                    if (task == mine[0]) {
                        progress.setValue(p);
                    }
                },
                r -> {
                    if (task == mine[0]) {
                        show(r);
                    }
                },
                reason -> {
                    if (task == mine[0]) {
                        failed(reason);
                    }
                });
        task = mine[0];
    }

    private void stop() {
        if (task != null) {
            task.cancel();
            task = null;
        }
        run.setEnabled(true);
        cancel.setEnabled(false);
        progress.setVisible(false);
    }

    private void failed(String reason) {
        stop();
        message.setText(reason);
    }

    private void show(OpennessProbeCompute.Result r) {
        stop();
        OpennessProbe.Classification p = r.probe();
        boolean agrees = r.agrees();
        verdict.removeAll();
        Span word = new Span(agrees ? "Agrees with the theorem" : "Disagrees with the theorem");
        word.addClassNames("lab-verdict-word", agrees ? "lab-good" : "lab-bad");
        verdict.add(word);
        String slope = r.hasSlope() ? Numerals.fixed(p.slope(), 2) : "none";
        verdict.add(new Paragraph("Fitted log–log slope: " + slope + ". Measured rate: " + OpennessWords.rate(p.rate())
                + ". Theorem's rate (rank test): "
                + OpennessWords.rate(r.theorem().rate()) + "."));
        verdict.add(new Paragraph("The probe tries finitely many targets, so each δ* is an upper estimate; a slope"
                + " below 1.5 is read as Θ(ε), above as Θ(ε²)."));
        plot(p);
        table(p);
        summary.setText(r.summary());
    }

    private void plot(OpennessProbe.Classification p) {
        List<OpennessProbe.Estimate> positive =
                p.estimates().stream().filter(e -> e.deltaStar() > 0).toList();
        if (positive.isEmpty() || !Double.isFinite(p.slope())) {
            chart.setVisible(false);
            verdict.add(new Paragraph("δ* = 0 at " + (positive.isEmpty() ? "every ε tried" : "the smallest ε")
                    + ": some target arbitrarily close to W1W2 cannot be reached with perturbations of size ε. A log"
                    + " axis cannot show 0, so there is no plot; the table below lists the measured values."));
            return;
        }
        double[] eps =
                positive.stream().mapToDouble(OpennessProbe.Estimate::epsilon).toArray();
        double[] delta =
                positive.stream().mapToDouble(OpennessProbe.Estimate::deltaStar).toArray();
        // the least-squares line of the probe's fit: log δ = a + slope·log ε, a from the means
        double mx = 0;
        double my = 0;
        for (int i = 0; i < eps.length; i++) {
            mx += Math.log(eps[i]) / eps.length;
            my += Math.log(delta[i]) / eps.length;
        }
        double a = my - p.slope() * mx;
        double lo = java.util.Arrays.stream(eps).min().orElse(0.025);
        double hi = java.util.Arrays.stream(eps).max().orElse(0.1);
        double[] lineX = {lo, hi};
        double[] lineY = {Math.exp(a + p.slope() * Math.log(lo)), Math.exp(a + p.slope() * Math.log(hi))};
        chart.setVisible(true);
        chart.show(
                "ε",
                Chart.Scale.LOG,
                "δ*(ε)",
                Chart.Scale.LOG,
                List.of(
                        new Chart.Series("measured δ*(ε)", Chart.Kind.SCATTER, eps, delta, false),
                        new Chart.Series(
                                String.format(Locale.ROOT, "fitted line, slope %.2f", p.slope()),
                                Chart.Kind.LINE,
                                lineX,
                                lineY,
                                true)));
        if (positive.size() < p.estimates().size()) {
            verdict.add(new Paragraph("Points with δ* = 0 are not plotted (a log axis cannot show 0); see the table."));
        }
    }

    private void table(OpennessProbe.Classification p) {
        estimates.removeAll();
        NativeTableRow head = new NativeTableRow();
        for (String h : new String[] {"ε", "δ*(ε)", "δ*/ε", "δ*/ε²", "targets tried", "binding target"}) {
            head.add(new NativeTableHeaderCell(h));
        }
        NativeTableBody body = new NativeTableBody();
        for (OpennessProbe.Estimate e : p.estimates()) {
            double d = e.deltaStar();
            body.add(new NativeTableRow(
                    cell(String.valueOf(e.epsilon())),
                    cell(d == 0 ? "0" : Numerals.sigOrZero(d, 4)),
                    cell(Numerals.sigOrZero(d / e.epsilon(), 4)),
                    cell(Numerals.sigOrZero(d / (e.epsilon() * e.epsilon()), 4)),
                    cell(Integer.toString(e.targets())),
                    cell(ProbeWords.binding(e.binding()))));
        }
        NativeTable t = new NativeTable(new NativeTableHeader(head), body);
        t.addClassName("lab-table");
        t.getElement().setAttribute("aria-label", "Measured δ*(ε)");
        estimates.add(new H4("Measurements"), t);
    }

    private static NativeTableCell cell(String text) {
        return new NativeTableCell(text);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stop();
    }
}
