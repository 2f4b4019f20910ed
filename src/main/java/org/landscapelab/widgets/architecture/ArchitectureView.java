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
import java.util.Map;
import org.landscapelab.numerics.Hypotheses;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.PlainMath;
import org.landscapelab.widgets.Summary;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;

/** Widths and loss in, the hypothesis checks out, recomputed on every change. */
class ArchitectureView extends Div {

    private final WidgetContext context;
    private final TextField widths = new TextField("Widths d0, …, dh");
    private final RadioButtonGroup<String> loss = new RadioButtonGroup<>("Loss");
    private final Div result = new Div();
    private final Summary summary = new Summary();

    ArchitectureView(WidgetContext context) {
        this.context = context;
        addClassNames("lab-widget", "lab-architecture");
        getElement().setAttribute("role", "group");
        getElement().setAttribute("aria-label", "Architecture and hypotheses");
        widths.setValue(String.valueOf(context.initial("widths").orElse("2,1,1,2")));
        widths.setHelperText("e.g. 2,1,1,2 (input, hidden…, output)");
        widths.setValueChangeMode(ValueChangeMode.LAZY);
        widths.setManualValidation(true);
        widths.setReadOnly(context.isLocked("widths"));
        loss.setItems("squared", "convex");
        loss.setItemLabelGenerator(l -> l.equals("squared") ? "squared ½‖Wₕ⋯W₁X − Y‖²" : "any convex differentiable ℓ");
        loss.setValue("convex".equals(String.valueOf(context.initial("loss").orElse("squared"))) ? "convex" : "squared");
        loss.setReadOnly(context.isLocked("loss"));
        widths.addValueChangeListener(e -> recompute());
        loss.addValueChangeListener(e -> recompute());
        Div inputs = new Div(widths, loss);
        inputs.addClassName("lab-widget-inputs");
        add(new H3("Which results apply?"), inputs, result, summary);
        recompute();
    }

    private void recompute() {
        try {
            Hypotheses.Report r = Architecture.report(Map.of("widths", widths.getValue(), "loss", loss.getValue()));
            widths.setInvalid(false);
            result.removeAll();
            result.removeClassName("lab-stale");
            UnorderedList list = new UnorderedList();
            list.addClassName("lab-conditions");
            for (Hypotheses.Check c : r.checks()) {
                Span mark = new Span(c.holds() ? "holds" : "does not hold");
                mark.addClassNames("lab-mark", c.holds() ? "lab-good" : "lab-bad");
                ListItem item = new ListItem(new Span(c.name() + ": "), mark);
                item.add(new Paragraph(PlainMath.of(c.reason())), new Paragraph("⇒ " + PlainMath.of(c.conclusion())));
                list.add(item);
            }
            Paragraph conclusion = new Paragraph(PlainMath.of(r.summary()));
            conclusion.addClassName("lab-verdict");
            result.add(list, conclusion);
            summary.setText(Architecture.summary(r));
            UrlState.write(this, context.urlPrefix(), Map.of("widths", widths.getValue(), "loss", loss.getValue()));
        } catch (NumericsException e) {
            widths.setErrorMessage(PlainMath.of(e.getMessage()));
            widths.setInvalid(true);
            result.addClassName("lab-stale");
            summary.setText("No valid architecture: " + e.getMessage());
        }
    }
}
