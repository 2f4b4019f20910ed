package org.landscapelab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
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
            return BlockView.of(
                    block, widgets, StepPreview::context, c -> Checkpoint.Hooks.none(c.questionHtml(), c.hintsHtml()));
        } catch (RuntimeException e) {
            // Text with errors is previewed too; a widget that cannot start from half-written options says so here
            // instead of taking the whole page down.
            return BlockView.notice("This widget cannot be shown with these options yet ("
                    + e.getClass().getSimpleName() + "); see the problems.");
        }
    }

    private static WidgetContext context(Block.Widget w) {
        return new WidgetContext(w.id(), w.options(), w.locked(), Map.of(), w.id() + ".");
    }
}
