package org.landscapelab.widgets;

import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Where a widget instance lives and what it starts from.
 *
 * @param id the instance id (a lesson's {@code id:}, or the widget's name in the playground)
 * @param options the options the lesson file sets (as parsed YAML)
 * @param locked options the student may not change
 * @param state values from the URL, overriding unlocked options; text as typed in the URL
 * @param urlPrefix prefix of this instance's query parameters: {@code "<id>."} in a lesson, empty in the playground
 */
public record WidgetContext(
        String id, Map<String, Object> options, List<String> locked, Map<String, String> state, String urlPrefix) {

    public WidgetContext {
        options = Map.copyOf(options);
        locked = List.copyOf(locked);
        state = Map.copyOf(state);
    }

    /** The starting value of an option: the URL's unless locked, else the lesson's, else empty. */
    public Optional<Object> initial(String option) {
        if (!locked.contains(option) && state.containsKey(option)) {
            return Optional.of(state.get(option));
        }
        return Optional.ofNullable(options.get(option));
    }

    public boolean isLocked(String option) {
        return locked.contains(option);
    }
}
