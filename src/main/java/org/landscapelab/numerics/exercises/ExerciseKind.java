package org.landscapelab.numerics.exercises;

import org.landscapelab.numerics.openness.LocalOpenness;

/** The kinds of checkpoint exercises on local openness of W1W2 with k &lt; min(m,n) (Theorem 2). */
public enum ExerciseKind {
    /** rank W1 ≠ rank W2: not open. */
    RANKS_DIFFER,
    /** rank W1 = rank W2 = rank W1W2 &lt; k: open, δ*(ε) = Θ(ε²). */
    EQUAL_RANKS_OPEN,
    /** rank W1 = rank W2 &gt; rank W1W2: not open although the ranks agree. */
    EQUAL_RANKS_NOT_OPEN,
    /** rank W1 = rank W2 = rank W1W2 = k: open, δ*(ε) = Θ(ε). */
    FULL_RANK;

    /** The kind an analysed pair belongs to. */
    public static ExerciseKind of(LocalOpenness a) {
        if (a.rankW1() != a.rankW2()) {
            return RANKS_DIFFER;
        }
        if (a.rankW1W2() < a.rankW1()) {
            return EQUAL_RANKS_NOT_OPEN;
        }
        return a.rankW1W2() == a.k() ? FULL_RANK : EQUAL_RANKS_OPEN;
    }
}
