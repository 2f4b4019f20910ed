package org.landscapelab.widgets;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.ComponentEvent;
import com.vaadin.flow.component.ComponentUtil;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.notification.Notification;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
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

    /**
     * The parameters of one instance: {@code ?explorer.W1=1,0;0,1} gives {@code {W1: "1,0;0,1"}} for the prefix
     * {@code "explorer."} (a lesson's widget id and a dot; empty in the playground). The first value of a repeated
     * parameter counts.
     */
    public static Map<String, String> read(Map<String, List<String>> query, String prefix) {
        Map<String, String> state = new HashMap<>();
        query.forEach((key, values) -> {
            if (key.startsWith(prefix) && key.length() > prefix.length() && !values.isEmpty()) {
                state.put(key.substring(prefix.length()), values.getFirst());
            }
        });
        return state;
    }

    /** Starts the set of values to write for this instance, each through its typed option. */
    public static Values of(WidgetContext context) {
        return new Values(context.urlPrefix());
    }

    /** Typed values on their way into the address bar. */
    public static final class Values {
        private final String prefix;
        private final Map<String, String> values = new LinkedHashMap<>();

        private Values(String prefix) {
            this.prefix = prefix;
        }

        public <T> Values with(Option<T> option, T value) {
            values.put(option.name(), option.write(value));
            return this;
        }

        public Map<String, String> asMap() {
            return Map.copyOf(values);
        }

        /** Replaces these parameters in the current URL. */
        public void write(Component from) {
            UrlState.write(from, prefix, values);
        }
    }

    /** Replaces this instance's parameters ({@code prefix + name}) in the current URL. */
    static void write(Component from, String prefix, Map<String, String> values) {
        StringBuilder json = new StringBuilder("{");
        values.forEach((k, v) -> json.append(json.length() > 1 ? "," : "")
                .append(quote(k))
                .append(':')
                .append(quote(v)));
        from.getElement().executeJs(WRITE, prefix, json.append('}').toString());
        from.getUI().ifPresent(ui -> ComponentUtil.fireEvent(ui, new Changed(ui, prefix, values)));
    }

    /**
     * Fired on the UI whenever a widget writes its state to the address: the page that hosts the widget can keep
     * it (the lesson player records it as the learner's place).
     */
    public static final class Changed extends ComponentEvent<UI> {
        private final String prefix;
        private final Map<String, String> values;

        Changed(UI ui, String prefix, Map<String, String> values) {
            super(ui, false);
            this.prefix = prefix;
            this.values = Map.copyOf(values);
        }

        /** The parameters as they now are in the address: prefix + name → value. */
        public Map<String, String> parameters() {
            Map<String, String> out = new LinkedHashMap<>();
            values.forEach((k, v) -> out.put(prefix + k, v));
            return out;
        }
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
        from.getElement()
                .executeJs("""
                return navigator.clipboard ? navigator.clipboard.writeText(location.href).then(() => true, () => false)
                                           : Promise.resolve(false)""")
                .then(
                        Boolean.class,
                        ok -> Notification.show(
                                ok
                                        ? "Link copied: it opens this exact example."
                                        : "Copy the address from the address bar: it holds this exact example.",
                                4000,
                                Notification.Position.BOTTOM_START));
    }
}
