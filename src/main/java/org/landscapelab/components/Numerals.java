package org.landscapelab.components;

import java.math.BigDecimal;
import java.util.Locale;

/**
 * The one way numbers are written on screen — in widget sentences, tables, formulas and chart labels — so a value
 * reads the same everywhere. Locale-independent (a point for decimals, never grouping), so whatever is printed
 * can be typed back into a field and read by the app's number reader.
 */
public final class Numerals {

    /** Values this close to 0 are floating-point noise in our results and are written as 0. */
    public static final double ZERO = 1e-12;

    private Numerals() {}

    /** {@code digits} significant digits, trailing zeros kept: {@code sig(2.5, 6)} is {@code 2.50000}. */
    public static String sig(double v, int digits) {
        return String.format(Locale.ROOT, "%." + digits + "g", v);
    }

    /** As {@link #sig}, but 0 for values within {@link #ZERO} of it. */
    public static String sigOrZero(double v, int digits) {
        return Math.abs(v) < ZERO ? "0" : sig(v, digits);
    }

    /** {@code digits} significant digits without trailing zeros: {@code 0.5}, {@code 1.333}, {@code 2e-08}. */
    public static String brief(double v, int digits) {
        return sig(v, digits).replaceAll("(\\.\\d*?)0+(e|$)", "$1$2").replaceAll("\\.(e|$)", "$1");
    }

    /** A fixed number of decimals: {@code fixed(1.996, 2)} is {@code 2.00}. */
    public static String fixed(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "f", v);
    }

    /** Scientific with {@code decimals} decimals: {@code 3.1e-15}. */
    public static String scientific(double v, int decimals) {
        return String.format(Locale.ROOT, "%." + decimals + "e", v);
    }

    /** Exact: whole numbers without a point, others in the shortest text that reads back to the same double. */
    public static String exact(double v) {
        if (v == Math.rint(v) && Math.abs(v) < 1e15) {
            return Long.toString((long) v);
        }
        double a = Math.abs(v);
        return a >= 1e-6 && a < 1e15
                ? BigDecimal.valueOf(v).stripTrailingZeros().toPlainString()
                : Double.toString(v);
    }
}
