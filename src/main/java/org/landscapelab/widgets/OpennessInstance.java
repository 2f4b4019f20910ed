package org.landscapelab.widgets;

import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

/** The worked pairs of lesson A (course notes §3.3), shared by the explorer and the probe, one click away. Inputs only: every claim about them is computed. */
public enum OpennessInstance {
    A("A — 2×1×2, ranks differ", "1;1", "0,0"),
    B("B — 3×2×3, open, rank W1W2 < k", "1,0;0,0;0,0", "1,0,0;0,0,0"),
    C("C — 3×2×3, equal ranks, not open", "1,0;0,0;0,0", "0,0,0;1,0,0"),
    D("D — 3×2×3, full rank", "1,0;0,1;0,0", "1,0,0;0,1,0"),
    E("E — 3×2×3, zeros", "0,0;0,0;0,0", "0,0,0;0,0,0");

    private final String label;
    private final String w1;
    private final String w2;

    OpennessInstance(String label, String w1, String w2) {
        this.label = label;
        this.w1 = w1;
        this.w2 = w2;
    }

    public String label() {
        return label;
    }

    public Matrix w1() {
        return parsed(w1);
    }

    public Matrix w2() {
        return parsed(w2);
    }

    private static Matrix parsed(String text) {
        try {
            return Matrix.parse(text);
        } catch (NumericsException e) {
            throw new IllegalStateException("preset does not parse: " + text, e);
        }
    }
}
