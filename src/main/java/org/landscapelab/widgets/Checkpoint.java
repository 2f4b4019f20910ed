package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;

/** A checkpoint type: a widget that asks, grades with the computation layer, and says when it is passed. */
public interface Checkpoint extends Widget {

    /**
     * What the player hands a checkpoint.
     *
     * @param questionHtml the question as sanitized HTML
     * @param passedBefore the student passed it earlier in this session
     * @param onPassed to call once, when the student passes
     */
    record Hooks(String questionHtml, boolean passedBefore, Runnable onPassed) {}

    Component create(WidgetContext context, Hooks hooks);

    @Override
    default Component create(WidgetContext context) {
        return create(context, new Hooks("", false, () -> { }));
    }
}
