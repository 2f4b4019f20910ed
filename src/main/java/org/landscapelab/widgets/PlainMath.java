package org.landscapelab.widgets;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * TeX-like notation in computed sentences (W_{h:2}, d_1, R^{2×1}, ‖…‖_F²) as plain Unicode text (Wₕ⋯W₂, d₁,
 * ℝ²ˣ¹, ‖…‖²), for sentences shown as text and read by screen readers, where raw TeX would be noise.
 */
public final class PlainMath {

    private static final String SUB_FROM = "0123456789+-−=()aehijklmnoprstuvx";
    private static final String SUB_TO = "₀₁₂₃₄₅₆₇₈₉₊₋₋₌₍₎ₐₑₕᵢⱼₖₗₘₙₒₚᵣₛₜᵤᵥₓ";
    private static final String SUP_FROM = "0123456789+-−×x";
    private static final String SUP_TO = "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁻ˣˣ";
    private static final Pattern RANGE = Pattern.compile("W_\\{(\\w+):(\\w+)}");
    private static final Pattern REAL = Pattern.compile("R\\^\\{([^}]*)}");
    private static final Pattern SUB_GROUP = Pattern.compile("_\\{([^}]*)}");
    private static final Pattern SUB_WORD = Pattern.compile("(?<=[A-Za-z])_([0-9]+|[a-z]+)\\b");
    private static final Pattern P_INDEX = Pattern.compile("\\bp([12])\\b");

    private PlainMath() {}

    public static String of(String text) {
        String s = text.replace("‖_F²", "‖²");
        s = replace(
                RANGE,
                s,
                m -> m.group(1).equals(m.group(2))
                        ? "W" + sub(m.group(1))
                        : "W" + sub(m.group(1)) + "⋯W" + sub(m.group(2)));
        s = replace(REAL, s, m -> "ℝ" + sup(m.group(1)));
        s = replace(SUB_GROUP, s, m -> sub(m.group(1)));
        s = replace(SUB_WORD, s, m -> sub(m.group(1)));
        return replace(P_INDEX, s, m -> "p" + sub(m.group(1)));
    }

    // Subscript form when every character has one; otherwise the text in parentheses after an underscore.
    static String sub(String s) {
        return map(s, SUB_FROM, SUB_TO, "_(" + s + ")");
    }

    public static String sup(String s) {
        return map(s, SUP_FROM, SUP_TO, "^(" + s + ")");
    }

    private static String map(String s, String from, String to, String fallback) {
        StringBuilder out = new StringBuilder();
        for (char c : s.toCharArray()) {
            int i = from.indexOf(c);
            if (i < 0) {
                return fallback;
            }
            out.append(to.charAt(i));
        }
        return out.toString();
    }

    private static String replace(
            Pattern p, String s, java.util.function.Function<java.util.regex.MatchResult, String> f) {
        return p.matcher(s).replaceAll(m -> Matcher.quoteReplacement(f.apply(m)));
    }
}
