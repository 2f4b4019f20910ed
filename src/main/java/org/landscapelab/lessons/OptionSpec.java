package org.landscapelab.lessons;

import java.util.List;

/**
 * One option of a widget, as instructors see it in the widget reference and the validator enforces it.
 *
 * @param name the key in the directive's YAML
 * @param type the kind of value
 * @param defaultValue used when the lesson does not set it, as it would be written in YAML
 * @param min smallest allowed value (numbers) or smallest side (matrices); {@code null} for none
 * @param max largest allowed value (numbers) or largest side (matrices); {@code null} for none
 * @param choices the allowed values of a {@link OptionType#CHOICE}; empty otherwise
 * @param doc one line for the reference
 */
public record OptionSpec(
        String name, OptionType type, String defaultValue, Double min, Double max, List<String> choices, String doc) {

    public OptionSpec {
        choices = List.copyOf(choices);
    }

    public static OptionSpec of(String name, OptionType type, String defaultValue, String doc) {
        return new OptionSpec(name, type, defaultValue, null, null, List.of(), doc);
    }

    public static OptionSpec range(
            String name, OptionType type, String defaultValue, double min, double max, String doc) {
        return new OptionSpec(name, type, defaultValue, min, max, List.of(), doc);
    }

    public static OptionSpec choice(String name, String defaultValue, List<String> choices, String doc) {
        return new OptionSpec(name, OptionType.CHOICE, defaultValue, null, null, choices, doc);
    }

    /** The allowed values in words, for the reference and for error messages. */
    public String allowed() {
        return switch (type) {
            case CHOICE -> "one of " + String.join(", ", choices);
            case MATRIX -> "a matrix" + (max == null ? "" : " with at most " + max.intValue() + " rows and columns");
            case NAMES -> "a list of option names";
            case BOOLEAN -> "true or false";
            case TEXT -> "text";
            case INTEGERS ->
                "whole numbers separated by commas, like \"2,1,1,2\""
                        + (min != null && max != null ? ", each from " + fmt(min) + " to " + fmt(max) : "");
            case INTEGER, NUMBER ->
                (type == OptionType.INTEGER ? "a whole number" : "a number")
                        + (min != null && max != null
                                ? " from " + fmt(min) + " to " + fmt(max)
                                : min != null ? " ≥ " + fmt(min) : max != null ? " ≤ " + fmt(max) : "");
        };
    }

    private static String fmt(double v) {
        return v == Math.rint(v) ? Long.toString((long) v) : Double.toString(v);
    }
}
