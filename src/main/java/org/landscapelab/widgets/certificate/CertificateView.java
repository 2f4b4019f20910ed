package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.H4;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.select.Select;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.landscapelab.components.Chart;
import org.landscapelab.components.ChartPanel;
import org.landscapelab.components.Formula;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.critical.CriticalPointCertificate;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Background;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.MatrixField;
import org.landscapelab.widgets.PlainMath;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.Tex;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** The certificate on screen: the point (editable), then the tests in order and the verdict with its evidence. */
class CertificateView extends Div {

    private final WidgetContext context;
    private final Select<Preset> preset = new Select<>();
    private final Div data = new Div();
    private final Div layers = new Div();
    private final List<MatrixField> fields = new ArrayList<>();
    private final ProgressBar progress = new ProgressBar();
    private final Button cancel = new Button("Cancel");
    private final Paragraph message = new Paragraph();
    private final Div result = new Div();
    private final Summary summary = new Summary();
    private Preset current;
    private Background.Task task;

    CertificateView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-certificate");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Critical-point certificate");
        preset.setLabel("Start from");
        preset.setItems(Preset.values());
        preset.setItemLabelGenerator(Preset::label);
        preset.setReadOnly(context.isLocked(Certificate.PRESET.name()));
        // wide enough for the longest label ("1D lifted — widths 2-1-1-2, weighted loss")
        preset.setWidth("min(100%, 24rem)");
        data.addClassName("lab-checkpoint-pair");
        layers.addClassName("lab-widget-inputs");
        progress.setIndeterminate(false);
        progress.setVisible(false);
        progress.getElement().setAttribute("aria-label", "Certificate progress");
        cancel.setEnabled(false);
        cancel.addClickListener(e -> stop());
        message.addClassName("lab-widget-message");
        result.addClassName("lab-certificate-result");
        Div tools = new Div(preset, cancel, progress);
        tools.addClassName("lab-widget-tools");
        add(new H3("Is this point a minimum?"), tools, data, layers, message, result, summary);
        WidgetSpec.Start<Certificate.Inputs> start = Certificate.SPEC.start(context);
        Preset first = start.inputs().preset();
        preset.setValue(first);
        LayerLink.Point point = LayerLink.read(context, first);
        load(new Certificate.Inputs(first, point.weights()));
        // after load: starting the certificate clears the message
        start.notice().or(point::notice).ifPresent(message::setText);
        preset.addValueChangeListener(e -> {
            if (e.isFromClient() && e.getValue() != null) {
                load(Certificate.Inputs.of(e.getValue()));
            }
        });
    }

    private void load(Certificate.Inputs in) {
        Preset p = in.preset();
        current = p;
        data.removeAll();
        data.add(new Formula("X = " + Tex.matrix(p.x()), true), new Formula("Y = " + Tex.matrix(p.y()), true));
        if (p.weighted()) {
            data.add(new Formula(
                    "\\ell(Z) = \\tfrac12 \\textstyle\\sum_{ij} \\Omega_{ij} (Z_{ij} - Y_{ij})^2,\\ \\Omega = "
                            + Tex.matrix(p.omega()),
                    true));
        } else {
            data.add(new Formula("\\ell(Z) = \\tfrac12 \\lVert Z X - Y \\rVert_F^2", true));
        }
        layers.removeAll();
        fields.clear();
        for (Matrix w : in.weights()) {
            MatrixField f = new MatrixField("W" + (fields.size() + 1), Certificate.MAX_SIDE, m -> certify());
            f.setHelperText(null);
            f.show(w);
            // locking the preset fixes where the student starts, not what they may perturb
            fields.add(f);
            layers.add(f);
        }
        certify();
    }

    private void certify() {
        if (fields.stream().anyMatch(f -> !f.textValid())) {
            return;
        }
        Certificate.Inputs in = new Certificate.Inputs(
                current, fields.stream().map(MatrixField::matrix).toList());
        stop();
        message.setText("");
        progress.setVisible(true);
        progress.setValue(0);
        cancel.setEnabled(true);
        task = Background.start(
                this,
                (cancelled, report) -> CertificateCompute.compute(in, new Job(cancelled, report)),
                progress::setValue,
                this::show,
                this::failed);
        LayerLink.with(UrlState.of(context).with(Certificate.PRESET, in.preset()), in.preset(), in.weights())
                .write(this);
    }

    private void stop() {
        if (task != null) {
            task.cancel();
            task = null;
        }
        progress.setVisible(false);
        cancel.setEnabled(false);
    }

    private void failed(String reason) {
        task = null;
        progress.setVisible(false);
        cancel.setEnabled(false);
        message.setText(reason);
        summary.setText("No certificate: " + reason);
    }

    private void show(CertificateCompute.Result certificate) {
        task = null;
        progress.setVisible(false);
        cancel.setEnabled(false);
        result.removeAll();
        CriticalPointCertificate.Report r = certificate.report();
        boolean minimum = r.verdict() == CriticalPointCertificate.Verdict.GLOBAL_MINIMUM;
        Span word = new Span(certificate.verdictWord());
        word.addClassNames("lab-verdict-word", minimum ? "lab-good" : "lab-bad");
        Div verdict = new Div(word, new Paragraph(CertificateWords.explanation(r)));
        verdict.addClassName("lab-verdict");
        result.add(verdict, numbers(r), spectrum(r));
        r.escapeDirection()
                .ifPresent(d -> result.add(direction(
                        "Escape direction (eigenvector of the most negative" + " eigenvalue)", "\\Delta W_{", d)));
        r.descent().filter(CriticalPointCertificate.DescentCurve::descends).ifPresent(this::descent);
        summary.setText(certificate.summary());
    }

    private Div numbers(CriticalPointCertificate.Report r) {
        Div box = new Div(
                new H4("First order"),
                new Formula(
                        "L(W) = " + Tex.number(r.loss()) + ",\\quad \\lVert \\nabla L(W)"
                                + " \\rVert = " + Tex.number(r.gradientNorm()) + ",\\quad \\text{global value} "
                                + (r.globalValueExact() ? "= " : "\\approx ") + Tex.number(r.globalValue()),
                        true));
        box.addClassName("lab-result-section");
        return box;
    }

    private Div spectrum(CriticalPointCertificate.Report r) {
        String values = Arrays.stream(r.eigenvalues()).mapToObj(Tex::number).collect(Collectors.joining(",\\ "));
        Div box = new Div(
                new H4("Second order: the Hessian's eigenvalues"),
                new Formula("\\{" + values + "\\}", true),
                new Paragraph(
                        r.negative() + " negative, " + r.zero() + " zero, " + r.positive() + " positive. Of the zero"
                                + " eigenvalues, " + r.symmetryModes() + (r.symmetryModes() == 1 ? " comes" : " come")
                                + " from the rescaling symmetries Wᵢ₊₁ → Wᵢ₊₁G⁻¹,"
                                + " Wᵢ → GWᵢ, along which the loss is exactly constant"
                                + (r.unexplainedZeroModes() > 0
                                        ? "; " + r.unexplainedZeroModes() + " are not explained by them."
                                        : ".")));
        box.addClassName("lab-result-section");
        return box;
    }

    private Div direction(String title, String symbol, List<Matrix> d) {
        Div box = new Div(new H4(title));
        for (int i = 0; i < d.size(); i++) {
            box.add(new Formula(symbol + (i + 1) + "} = " + Tex.matrix(d.get(i)), true));
        }
        box.addClassName("lab-result-section");
        return box;
    }

    private void descent(CriticalPointCertificate.DescentCurve c) {
        Div box = direction("A way down: the curve W + tD₁ + t²D₂, with D₁ and D₂ per layer", "D_{1,", c.d1());
        for (int i = 0; i < c.d2().size(); i++) {
            box.add(new Formula("D_{2," + (i + 1) + "} = " + Tex.matrix(c.d2().get(i)), true));
        }
        box.add(new Paragraph("Along it L(t) − L(0) = " + Numerals.sigOrZero(c.coefficient(), 6) + "·t"
                + PlainMath.sup(String.valueOf(c.order()))
                + " + higher orders; the measured log–log slope of the drop is "
                + Numerals.sigOrZero(c.fittedOrder(), 6) + "."));
        List<Double> ts = new ArrayList<>();
        List<Double> drops = new ArrayList<>();
        double[][] samples = c.samples();
        for (double[] s : samples) {
            double drop = samples[0][1] - s[1];
            if (s[0] > 0 && drop > 0) {
                ts.add(s[0]);
                drops.add(drop);
            }
        }
        ChartPanel chart = new ChartPanel("Drop of the loss along the descent curve, log–log", "descent-curve");
        chart.show(
                "t",
                Chart.Scale.LOG,
                "L(0) − L(t)",
                Chart.Scale.LOG,
                List.of(new Chart.Series(
                        "measured drop",
                        Chart.Kind.SCATTER,
                        ts.stream().mapToDouble(Double::doubleValue).toArray(),
                        drops.stream().mapToDouble(Double::doubleValue).toArray(),
                        false)));
        box.add(chart);
        result.add(box);
    }

    @Override
    protected void onDetach(DetachEvent event) {
        stop();
    }
}
