package org.landscapelab.lessons;

import java.util.Map;

/**
 * What a widget shows for given options, computed headlessly (no browser) by the same code the widget uses:
 * the {@code data-summary} sentence and named values that {@code {expect}} claims can check.
 *
 * @param summary the widget's summary sentence
 * @param values named numbers, e.g. {@code rank W1W2 → 0}; booleans as 1 and 0
 */
public record Evaluation(String summary, Map<String, Double> values) {

    public Evaluation {
        values = Map.copyOf(values);
    }
}
