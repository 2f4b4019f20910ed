package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import org.landscapelab.lessons.WidgetSchema;

/** A widget: its schema for the lesson engine, and a factory for the view that students use. */
public interface Widget extends WidgetSchema {

    /** Builds a live instance for a lesson step, the playground or the widget reference. */
    Component create(WidgetContext context);
}
