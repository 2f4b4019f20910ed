package org.landscapelab.widgets;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.function.Function;
import org.landscapelab.components.Numerals;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.Numbers;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * One option of a widget, typed and declared once. The declaration is the single source of the reference page's
 * row, the validator's check of a lesson file, the default, and reading and writing the value in a link.
 *
 * @param <T> the value's type: {@link Matrix}, {@link Integer}, {@link Double}, {@link Boolean}, an enum, …
 */
public final class Option<T> {

    /** Reads a value as a lesson file (parsed YAML) or a link (text) gives it; the reason in words when it cannot. */
    @FunctionalInterface
    interface Reader<T> {
        T read(Object raw) throws NumericsException;
    }

    private final String name;
    private final OptionType type;
    private final T defaultValue;
    private final Double min;
    private final Double max;
    private final List<String> choices;
    private final String doc;
    private final Reader<T> reader;
    private final Function<T, String> writer;

    private Option(
            String name,
            OptionType type,
            T defaultValue,
            Double min,
            Double max,
            List<String> choices,
            String doc,
            Reader<T> reader,
            Function<T, String> writer) {
        this.name = name;
        this.type = type;
        this.defaultValue = defaultValue;
        this.min = min;
        this.max = max;
        this.choices = List.copyOf(choices);
        this.doc = doc;
        this.reader = reader;
        this.writer = writer;
    }

    /** A matrix with at most {@code maxSide} rows and columns; written {@code 1,0;0,1} or as YAML rows. */
    public static Option<Matrix> matrix(String name, String defaultText, int maxSide, String doc) {
        Reader<Matrix> reader = raw -> {
            Matrix m = Matrix.fromYaml(raw);
            if (m.rows() > maxSide || m.cols() > maxSide) {
                throw new NumericsException(
                        "it is " + m.shape() + "; at most " + maxSide + " rows and " + maxSide + " columns here.");
            }
            return m;
        };
        return new Option<>(
                name,
                OptionType.MATRIX,
                readDefault(reader, defaultText, name),
                1.0,
                (double) maxSide,
                List.of(),
                doc,
                reader,
                Matrix::format);
    }

    /** A whole number in {@code [min, max]}. */
    public static Option<Integer> integer(String name, int defaultValue, int min, int max, String doc) {
        return new Option<>(
                name,
                OptionType.INTEGER,
                defaultValue,
                (double) min,
                (double) max,
                List.of(),
                doc,
                raw -> (int) Numbers.parseWhole(text(raw), min, max),
                String::valueOf);
    }

    /** A finite number in {@code [min, max]}. */
    public static Option<Double> number(String name, double defaultValue, double min, double max, String doc) {
        return new Option<>(
                name,
                OptionType.NUMBER,
                defaultValue,
                min,
                max,
                List.of(),
                doc,
                raw -> {
                    double x = raw instanceof Number n ? n.doubleValue() : Numbers.parse(text(raw));
                    if (!(x >= min && x <= max)) {
                        throw new NumericsException("must be from " + Numerals.exact(min) + " to " + Numerals.exact(max)
                                + "; " + Numerals.exact(x) + " is not.");
                    }
                    return x;
                },
                Numerals::exact);
    }

    public static Option<Boolean> bool(String name, boolean defaultValue, String doc) {
        return new Option<>(
                name,
                OptionType.BOOLEAN,
                defaultValue,
                null,
                null,
                List.of(),
                doc,
                raw -> {
                    String t = text(raw).strip().toLowerCase(Locale.ROOT);
                    return switch (t) {
                        case "true" -> true;
                        case "false" -> false;
                        default -> throw new NumericsException("must be true or false, not '" + t + "'.");
                    };
                },
                String::valueOf);
    }

    /** One of the constants of an enum, each written as {@code key} gives it. */
    public static <E extends Enum<E>> Option<E> choice(
            String name, E defaultValue, Function<E, String> key, String doc) {
        List<E> values = Arrays.asList(defaultValue.getDeclaringClass().getEnumConstants());
        List<String> keys = values.stream().map(key).toList();
        return new Option<>(
                name,
                OptionType.CHOICE,
                defaultValue,
                null,
                null,
                keys,
                doc,
                raw -> {
                    String t = text(raw).strip();
                    int i = keys.indexOf(t);
                    if (i < 0) {
                        throw new NumericsException("must be one of " + String.join(", ", keys) + ", not '" + t + "'.");
                    }
                    return values.get(i);
                },
                key);
    }

    /**
     * A list of whole numbers separated by commas, e.g. widths {@code 2,1,1,2}: from {@code minCount} to
     * {@code maxCount} of them, each in {@code [minEach, maxEach]}.
     */
    public static Option<List<Integer>> integers(
            String name, String defaultText, int minCount, int maxCount, int minEach, int maxEach, String doc) {
        Reader<List<Integer>> reader = raw -> {
            String t = (raw instanceof List<?> l
                            ? String.join(",", l.stream().map(String::valueOf).toList())
                            : text(raw))
                    .strip();
            String[] parts = t.isEmpty() ? new String[0] : t.split("\\s*[,\\s]\\s*");
            if (parts.length < minCount || parts.length > maxCount) {
                throw new NumericsException(
                        "give " + (minCount == maxCount ? "" + minCount : minCount + " to " + maxCount)
                                + " whole numbers separated by commas; '" + t + "' has " + parts.length + ".");
            }
            Integer[] out = new Integer[parts.length];
            for (int i = 0; i < parts.length; i++) {
                try {
                    out[i] = (int) Numbers.parseWhole(parts[i], minEach, maxEach);
                } catch (NumericsException e) {
                    throw new NumericsException("each must be a whole number from " + minEach + " to " + maxEach + "; '"
                            + parts[i] + "' is not.");
                }
            }
            return List.of(out);
        };
        return new Option<>(
                name,
                OptionType.INTEGERS,
                readDefault(reader, defaultText, name),
                (double) minEach,
                (double) maxEach,
                List.of(),
                doc,
                reader,
                v -> String.join(",", v.stream().map(String::valueOf).toList()));
    }

    public String name() {
        return name;
    }

    public T defaultValue() {
        return defaultValue;
    }

    public String doc() {
        return doc;
    }

    /** The value as a link or a lesson file writes it; reading it back gives the same value. */
    public String write(T value) {
        return writer.apply(value);
    }

    /** Reads a lesson's YAML value or a link's text. */
    public T read(Object raw) throws NumericsException {
        if (raw == null) {
            throw new NumericsException("no value.");
        }
        return reader.read(raw);
    }

    /** What the lesson engine knows of this option (type, default, range, choices, doc). */
    public OptionSpec spec() {
        return new OptionSpec(name, type, write(defaultValue), min, max, choices, doc);
    }

    /** Largest side of a matrix option, largest value of a number option. */
    public double max() {
        return max == null ? Double.POSITIVE_INFINITY : max;
    }

    public double min() {
        return min == null ? Double.NEGATIVE_INFINITY : min;
    }

    private static String text(Object raw) throws NumericsException {
        if (raw instanceof String s) {
            return s;
        }
        if (raw instanceof Number || raw instanceof Boolean) {
            return String.valueOf(raw);
        }
        throw new NumericsException("expected a single value, not '" + raw + "'.");
    }

    private static <T> T readDefault(Reader<T> reader, String text, String name) {
        try {
            return reader.read(text);
        } catch (NumericsException e) {
            throw new IllegalArgumentException("default of " + name + " does not read: " + e.getMessage(), e);
        }
    }

    @Override
    public String toString() {
        return name;
    }
}
