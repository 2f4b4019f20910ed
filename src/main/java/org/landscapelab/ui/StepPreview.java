package org.landscapelab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import java.util.Map;
import org.landscapelab.lessons.Block;
import org.landscapelab.lessons.Step;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * One step of an unsaved lesson as a student would see its content: the prose (sanitized at parse time, formulas as
 * {@code lab-math}) and the widgets built by the registry from their lesson options. Unlike the player it keeps no
 * progress, gates nothing and reads no state from the address: a checkpoint here grades but records nothing.
 */
class StepPreview extends Div {

    StepPreview(Step step, WidgetRegistry widgets) {
        addClassName("lab-preview-step");
        getElement().setAttribute("data-step", step.id());
        add(new H3(step.title()));
        step.blocks().forEach(b -> add(block(b, widgets)));
    }

    private static Component block(Block block, WidgetRegistry widgets) {
        try {
            return switch (block) {
                case Block.Html html -> {
                    Div prose = new Div();
                    prose.addClassName("lab-prose");
                    prose.getElement().setProperty("innerHTML", html.html());
                    yield prose;
                }
                case Block.Widget w ->
                    widgets.widget(w.widget())
                            .<Component>map(widget -> widget.create(context(w)))
                            .orElseGet(() -> notice("The widget " + w.widget() + " is not available."));
                case Block.Checkpoint c ->
                    widgets.checkpointType(c.widget().widget())
                            .<Component>map(
                                    type -> type.create(context(c.widget()), Checkpoint.Hooks.none(c.questionHtml())))
                            .orElseGet(
                                    () -> notice("The checkpoint " + c.widget().widget() + " is not available."));
            };
        } catch (RuntimeException e) {
            // Text with errors is previewed too; a widget that cannot start from half-written options says so here
            // instead of taking the whole page down.
            return notice("This widget cannot be shown with these options yet ("
                    + e.getClass().getSimpleName() + "); see the problems.");
        }
    }

    private static WidgetContext context(Block.Widget w) {
        return new WidgetContext(w.id(), w.options(), w.locked(), Map.of(), w.id() + ".");
    }

    private static Paragraph notice(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("lab-notice");
        return p;
    }
}
