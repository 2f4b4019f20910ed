package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import java.util.Map;
import org.landscapelab.lessons.Block;
import org.landscapelab.lessons.WidgetSchema;

/** A widget: its schema for the lesson engine, and a factory for the view that students use. */
public interface Widget extends WidgetSchema {

    /**
     * Builds a live instance.
     *
     * @param block the directive from the lesson (options as the instructor wrote them)
     * @param state values from the URL ({@code ?<id>.<option>=value}), overriding unlocked options
     */
    Component create(Block.Widget block, Map<String, String> state);
}
