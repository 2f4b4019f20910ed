package org.landscapelab.numerics;

import java.util.regex.Pattern;

/**
 * The one reader of numbers typed by people — in a field, a link or a lesson file. It accepts what a person
 * would read as one number and nothing else: decimal or scientific notation ({@code 0.05}, {@code 5e-2},
 * {@code −3}, {@code +.5}), with the Unicode minus; no grouping ({@code 1,0} and {@code 1 000} are refused with
 * the reason, since one person reads {@code 1,0} as one and another as ten), no {@code NaN} or infinity, no
 * magnitude beyond a double's range, and no silent rounding to zero of a number that is not zero.
 */
public final class Numbers {

    /** The largest magnitude accepted; beyond it a double is infinite. */
    public static final double LARGEST = Double.MAX_VALUE;

    private static final Pattern DECIMAL = Pattern.compile("[+-]?(\\d+\\.?\\d*|\\.\\d+)([eE][+-]?\\d+)?");

    private Numbers() {}

    /** The number {@code text} means; the reason in words when it is not one number. */
    public static double parse(String text) throws NumericsException {
        if (text == null) {
            throw new IllegalArgumentException("text is null");
        }
        String t = text.strip().replace('\u2212', '-').replace('\u2013', '-');
        if (t.isEmpty()) {
            throw new NumericsException("Enter a number.");
        }
        if (t.length() > 400) {
            throw new NumericsException("That is " + t.length() + " characters; a number here has at most 400.");
        }
        if (!DECIMAL.matcher(t).matches()) {
            throw new NumericsException(whyNot(t));
        }
        double x;
        try {
            x = Double.parseDouble(t);
        } catch (NumberFormatException e) {
            throw new NumericsException("'" + t + "' is not a number.");
        }
        if (!Double.isFinite(x)) {
            throw new NumericsException("'" + t + "' is too large: numbers here are at most about ±1.8e308.");
        }
        // a nonzero mantissa read as 0 underflowed (BigDecimal cannot be asked: it refuses exponents past ±2^31)
        if (x == 0 && t.replaceFirst("[eE].*$", "").chars().anyMatch(c -> c >= '1' && c <= '9')) {
            throw new NumericsException("'" + t + "' is too small to be told from 0 (below about 4.9e-324).");
        }
        return x;
    }

    /** A whole number in {@code [min, max]}, read like {@link #parse}; {@code 3.0} and {@code 3e0} are 3. */
    public static long parseWhole(String text, long min, long max) throws NumericsException {
        double x = parse(text);
        if (x != Math.rint(x)) {
            throw new NumericsException("'" + text.strip() + "' is not a whole number.");
        }
        if (x < min || x > max) {
            throw new NumericsException("must be from " + min + " to " + max + "; '" + text.strip() + "' is not.");
        }
        return (long) x;
    }

    private static String whyNot(String t) {
        if (t.matches("[+-]?\\d{1,3}([,\\s']\\d{3})+(\\.\\d+)?")) {
            return "'" + t + "': write numbers without grouping separators (e.g. 1000, not 1,000).";
        }
        if (t.matches("[+-]?\\d+,\\d+")) {
            return "'" + t + "': use a point for decimals (e.g. 1.5); a comma is not read as one.";
        }
        String lower = t.toLowerCase(java.util.Locale.ROOT);
        if (lower.contains("nan") || lower.contains("inf")) {
            return "'" + t + "' is not a finite number.";
        }
        if (t.codePoints().anyMatch(c -> Character.isDigit(c) && (c < '0' || c > '9'))) {
            return "'" + t + "': type the digits 0–9.";
        }
        return "'" + t + "' is not a number.";
    }
}
