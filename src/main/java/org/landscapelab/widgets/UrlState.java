package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.notification.Notification;
import java.util.Map;

/** Keeps a widget's current inputs in the page URL, so the address bar always holds a shareable example. */
public final class UrlState {

    // Runs in the browser after the navigation has updated the address, so the path is the page's own; only this
    // widget's parameters change, and no history entry is added.
    private static final String WRITE = """
            const url = new URL(window.location.href);
            for (const [k, v] of Object.entries(JSON.parse($1))) url.searchParams.set($0 + k, v);
            window.history.replaceState(window.history.state, '', url);""";

    private UrlState() {}

    /** Replaces this instance's parameters ({@code prefix + name}) in the current URL. */
    public static void write(Component from, String prefix, Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> json.append(json.length() > 1 ? "," : "").append(quote(k)).append(':').append(quote(v)));
        from.getElement().executeJs(WRITE, prefix, json.append('}').toString());
    }

    private static String quote(String s) {
        StringBuilder out = new StringBuilder("\"");
        for (char c : s.toCharArray()) {
            if (c == '"' || c == '\\') {
                out.append('\\').append(c);
            } else if (c < 0x20) {
                out.append(String.format("\\u%04x", (int) c));
            } else {
                out.append(c);
            }
        }
        return out.append('"').toString();
    }

    /** Copies the current address to the clipboard; tells the student what happened. */
    public static void copyLink(Component from) {
        from.getElement().executeJs("""
                return navigator.clipboard ? navigator.clipboard.writeText(location.href).then(() => true, () => false)
                                           : Promise.resolve(false)""")
                .then(Boolean.class, ok -> Notification.show(ok
                        ? "Link copied: it opens this exact example."
                        : "Copy the address from the address bar: it holds this exact example.", 4000,
                        Notification.Position.BOTTOM_START));
    }
}
