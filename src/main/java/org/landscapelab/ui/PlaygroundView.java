package org.landscapelab.ui;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.NotFoundException;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import java.util.List;
import java.util.Map;
import org.landscapelab.components.Formula;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetRegistry;

/**
 * {@code /playground/<widget>?option=value…}: one widget on its own, its options from the URL, so an exact example
 * can be shared as a link.
 */
@Route("playground/:widget")
@AnonymousAllowed
class PlaygroundView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    private final WidgetRegistry widgets;
    private String title = "Playground";

    PlaygroundView(WidgetRegistry widgets) {
        this.widgets = widgets;
        addClassNames("lab-page", "lab-playground");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        String name = event.getRouteParameters().get("widget").orElse("");
        Widget widget = widgets.widget(name).orElse(null);
        if (widget == null) {
            event.rerouteToError(NotFoundException.class);
            return;
        }
        Map<String, String> state =
                UrlState.read(event.getLocation().getQueryParameters().getParameters(), "");
        title = "Playground: " + name;
        removeAll();
        Paragraph lead = new Paragraph(widget.description() + " The address bar always holds the current example.");
        lead.addClassName("lab-lead");
        add(
                Formula.ensureLoaded(),
                new H1(title),
                lead,
                widget.create(new WidgetContext(name, Map.of(), List.of(), state, "")));
    }

    @Override
    public String getPageTitle() {
        return title + " · Landscape Lab";
    }
}
