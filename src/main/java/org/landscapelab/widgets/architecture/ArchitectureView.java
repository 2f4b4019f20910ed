package org.landscapelab.widgets.architecture;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.networks.Hypotheses;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.PlainMath;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** Widths and loss in, the hypothesis checks out ({@link ArchitectureCompute.Result}), recomputed on every change. */
class ArchitectureView extends Div {

    private final WidgetContext context;
    private final TextField widths = new TextField("Widths d0, …, dh");
    private final RadioButtonGroup<Hypotheses.LossKind> loss = new RadioButtonGroup<>("Loss");
    private final Paragraph message = new Paragraph();
    private final Div result = new Div();
    private final Summary summary = new Summary();

    ArchitectureView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-architecture");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Architecture and hypotheses");
        WidgetSpec.Start<Architecture.Inputs> start = Architecture.SPEC.start(context);
        widths.setValue(Architecture.WIDTHS.write(start.inputs().widths()));
        widths.setHelperText("e.g. 2,1,1,2 (input, hidden…, output)");
        widths.setValueChangeMode(ValueChangeMode.LAZY);
        widths.setManualValidation(true);
        widths.setReadOnly(context.isLocked(Architecture.WIDTHS.name()));
        loss.setItems(Hypotheses.LossKind.values());
        loss.setItemLabelGenerator(
                l -> l == Hypotheses.LossKind.SQUARED ? "squared ½‖Wₕ⋯W₁X − Y‖²" : "any convex differentiable ℓ");
        loss.setValue(start.inputs().loss());
        loss.setReadOnly(context.isLocked(Architecture.LOSS.name()));
        widths.addValueChangeListener(e -> recompute());
        loss.addValueChangeListener(e -> recompute());
        Div inputs = new Div(widths, loss);
        inputs.addClassName("lab-widget-inputs");
        message.addClassName("lab-widget-message");
        message.setVisible(false);
        add(new H3("Which results apply?"), inputs, message, result, summary);
        recompute();
        // after the first result: a bad link says why the lesson's example is shown instead
        start.notice().ifPresent(this::message);
    }

    private void message(String text) {
        message.setText(text);
        message.setVisible(!text.isEmpty());
    }

    private void recompute() {
        try {
            Architecture.Inputs in = new Architecture.Inputs(Architecture.widths(widths.getValue()), loss.getValue());
            ArchitectureCompute.Result r = ArchitectureCompute.compute(in, Job.HEADLESS);
            widths.setInvalid(false);
            message("");
            show(r);
            summary.setText(r.summary());
            UrlState.of(context)
                    .with(Architecture.WIDTHS, in.widths())
                    .with(Architecture.LOSS, in.loss())
                    .write(this);
        } catch (NumericsException e) {
            widths.setErrorMessage(PlainMath.of(e.getMessage()));
            widths.setInvalid(true);
            result.addClassName("lab-stale");
            summary.setText("No valid architecture: " + e.getMessage());
        }
    }

    private void show(ArchitectureCompute.Result r) {
        result.removeAll();
        result.removeClassName("lab-stale");
        UnorderedList list = new UnorderedList();
        list.addClassName("lab-conditions");
        for (Hypotheses.Check c : r.report().checks()) {
            Span mark = new Span(c.holds() ? "holds" : "does not hold");
            mark.addClassNames("lab-mark", c.holds() ? "lab-good" : "lab-bad");
            ListItem item = new ListItem(new Span(HypothesisWords.name(c.hypothesis()) + ": "), mark);
            item.add(
                    new Paragraph(PlainMath.of(HypothesisWords.reason(r.report(), c.hypothesis()))),
                    new Paragraph("⇒ " + PlainMath.of(HypothesisWords.conclusion(r.report(), c.hypothesis()))));
            list.add(item);
        }
        Paragraph conclusion = new Paragraph(PlainMath.of(HypothesisWords.summary(r.report())));
        conclusion.addClassName("lab-verdict");
        result.add(list, conclusion);
    }
}
