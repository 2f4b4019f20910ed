package org.landscapelab.widgets;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Keeps a widget's current inputs in the page URL, so the address bar always holds a shareable example. */
public final class UrlState {

    private UrlState() {}

    /** Replaces this instance's parameters in the current URL without a navigation or a history entry. */
    public static void write(String prefix, Map<String, String> values) {
        UI ui = UI.getCurrent();
        if (ui == null) {
            return;
        }
        Location location = ui.getInternals().getActiveViewLocation();
        Map<String, List<String>> params = new HashMap<>(location.getQueryParameters().getParameters());
        values.forEach((k, v) -> params.put(prefix + k, List.of(v)));
        ui.getPage().getHistory().replaceState(null, new Location(location.getPath(), new QueryParameters(params)));
    }

    /** Copies the current address to the clipboard; tells the student what happened. */
    public static void copyLink(com.vaadin.flow.component.Component from) {
        from.getElement().executeJs("""
                return navigator.clipboard ? navigator.clipboard.writeText(location.href).then(() => true, () => false)
                                           : Promise.resolve(false)""")
                .then(Boolean.class, ok -> com.vaadin.flow.component.notification.Notification.show(ok
                        ? "Link copied: it opens this exact example."
                        : "Copy the address from the address bar: it holds this exact example.", 4000,
                        com.vaadin.flow.component.notification.Notification.Position.BOTTOM_START));
    }
}
