package org.landscapelab.lessons;

import java.util.List;
import java.util.Optional;

/** The type and range check of one option value, with the message an instructor needs. */
final class OptionValues {

    private OptionValues() {}

    static Optional<String> check(OptionSpec spec, Object value) {
        String expected = "option `" + spec.name() + "` must be " + spec.allowed() + ", not `" + value + "`";
        return switch (spec.type()) {
            case INTEGER -> value instanceof Integer i && inRange(spec, i) ? ok() : Optional.of(expected);
            case NUMBER ->
                value instanceof Number n && Double.isFinite(n.doubleValue()) && inRange(spec, n.doubleValue())
                        ? ok()
                        : Optional.of(expected);
            case BOOLEAN -> value instanceof Boolean ? ok() : Optional.of(expected);
            case TEXT -> value instanceof String ? ok() : Optional.of(expected);
            // the widget's own reader checks the count and range of the numbers, with its message
            case INTEGERS ->
                value instanceof String || value instanceof Integer || value instanceof List<?>
                        ? ok()
                        : Optional.of(expected);
            case CHOICE ->
                spec.choices().contains(String.valueOf(value))
                        ? ok()
                        : Optional.of(expected + Suggestions.hint(String.valueOf(value), spec.choices()));
            case NAMES -> value instanceof List<?> ? ok() : Optional.of(expected);
            case MATRIX -> matrix(spec, value);
        };
    }

    private static Optional<String> matrix(OptionSpec spec, Object value) {
        if (value instanceof String) {
            return ok(); // text form; the widget's own check parses it
        }
        if (!(value instanceof List<?> rows) || rows.isEmpty() || !(rows.getFirst() instanceof List<?> first)) {
            return Optional.of("option `" + spec.name() + "` must be a matrix: a list of rows like [[1, 0], [0, 1]]"
                    + " or text like \"1,0;0,1\"");
        }
        for (int r = 0; r < rows.size(); r++) {
            if (!(rows.get(r) instanceof List<?> row) || row.size() != first.size()) {
                return Optional.of("option `" + spec.name() + "`: row " + (r + 1) + " has " + size(rows.get(r))
                        + " entries but row 1 has " + first.size() + "; every row needs the same number");
            }
            for (Object x : row) {
                if (!(x instanceof Number n) || !Double.isFinite(n.doubleValue())) {
                    return Optional.of("option `" + spec.name() + "`: row " + (r + 1) + " has `" + x
                            + "`, expected a finite number");
                }
            }
        }
        int max = spec.max() == null ? Integer.MAX_VALUE : spec.max().intValue();
        if (rows.size() > max || first.size() > max) {
            return Optional.of("option `" + spec.name() + "` is " + rows.size() + "×" + first.size() + "; at most "
                    + max + " rows and columns are allowed");
        }
        return ok();
    }

    private static String size(Object row) {
        return row instanceof List<?> l ? Integer.toString(l.size()) : "no list of";
    }

    private static boolean inRange(OptionSpec spec, double v) {
        return (spec.min() == null || v >= spec.min()) && (spec.max() == null || v <= spec.max());
    }

    private static Optional<String> ok() {
        return Optional.empty();
    }
}
