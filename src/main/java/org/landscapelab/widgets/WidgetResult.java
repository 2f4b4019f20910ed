package org.landscapelab.widgets;

import java.util.Map;

/**
 * What a widget's one computation returns, as far as the rest of the app reads it: the plain sentence shown as
 * the widget's {@code data-summary} and the named values that {@code {expect}} claims check. The view renders the
 * same record, so what the validator checks is what the student sees.
 */
public interface WidgetResult {

    /** The widget's result in one plain sentence. */
    String summary();

    /** Named numbers for {@code {expect}} claims; booleans as 1 and 0. */
    Map<String, Double> values();
}
