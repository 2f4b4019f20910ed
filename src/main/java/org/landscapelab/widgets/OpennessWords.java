package org.landscapelab.widgets;

import org.landscapelab.numerics.openness.LocalOpenness;

/**
 * How the openness widgets name the analysis' regime and rate: the explorer states both, the probe compares the rate
 * it measures with the theorem's, in the same words (numerics returns the enums, never the words).
 */
public final class OpennessWords {

    private OpennessWords() {}

    /** {@code k < min(m,n)} or {@code k ≥ min(m,n)}. */
    public static String regime(LocalOpenness.Regime regime) {
        return switch (regime) {
            case NARROW -> "k < min(m,n)";
            case WIDE -> "k ≥ min(m,n)";
        };
    }

    /** {@code δ*(ε) = Θ(ε)}, {@code δ*(ε) = Θ(ε²)} or {@code δ*(ε) = 0 for small ε}. */
    public static String rate(LocalOpenness.Rate rate) {
        return switch (rate) {
            case LINEAR -> "δ*(ε) = Θ(ε)";
            case QUADRATIC -> "δ*(ε) = Θ(ε²)";
            case ZERO -> "δ*(ε) = 0 for small ε";
        };
    }
}
