package org.landscapelab.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import java.util.function.Function;
import org.landscapelab.lessons.Block;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * One block of a step as students see it, for the player and the authoring preview alike: they differ only in where
 * a widget's state comes from (the address, or nowhere) and in what a checkpoint's answers reach (the learning record,
 * or nothing).
 */
final class BlockView {

    private BlockView() {}

    static Component of(
            Block block,
            WidgetRegistry widgets,
            Function<Block.Widget, WidgetContext> context,
            Function<Block.Checkpoint, Checkpoint.Hooks> hooks) {
        return switch (block) {
            case Block.Html html -> {
                // The lesson's HTML was sanitized once when the file was loaded; set as innerHTML it is not parsed
                // again on the server at every step (Html would, with jsoup: a fifth of a step's CPU under load).
                Div prose = new Div();
                prose.addClassName("lab-prose");
                prose.getElement().setProperty("innerHTML", html.html());
                yield prose;
            }
            case Block.Widget w ->
                widgets.widget(w.widget())
                        .<Component>map(widget -> widget.create(context.apply(w)))
                        .orElseGet(() -> notice("The widget " + w.widget() + " is not available."));
            case Block.Checkpoint c ->
                widgets.checkpointType(c.widget().widget())
                        .<Component>map(type -> type.create(context.apply(c.widget()), hooks.apply(c)))
                        .orElseGet(() -> notice("The checkpoint " + c.widget().widget() + " is not available."));
        };
    }

    static Paragraph notice(String text) {
        Paragraph p = new Paragraph(text);
        p.addClassName("lab-notice");
        return p;
    }
}
