package org.landscapelab.widgets;

import java.util.List;
import org.landscapelab.numerics.linalg.Matrix;

/**
 * The linear-network problem that several widgets share: data X (d0×n), targets Y (dh×n) and the widths
 * d0, d1, …, dh of a network W_h⋯W_1 with loss ½‖W_h⋯W_1X − Y‖². Its options are declared here once, so the
 * trainer, the slice, the critical points and the checkpoints read and check data alike.
 *
 * @param x inputs, d0×n
 * @param y targets, dh×n, with the same n
 * @param widths d0, d1, …, dh
 */
public record LinearProblem(Matrix x, Matrix y, int[] widths) {

    /** The largest side of X and Y and the largest hidden width here. */
    public static final int MAX_SIDE = 6;

    /** The course's running example: three samples, targets 3, 2, 1 on the axes. */
    public static final Option<Matrix> X = inputs("1,0,0;0,1,0;0,0,1");

    public static final Option<Matrix> Y = targets("3,0,0;0,2,0;0,0,1");
    public static final Option<List<Integer>> HIDDEN = hidden("1");
    /** The hidden width of a two-layer network, for the widgets that study exactly that case. */
    public static final Option<Integer> D1 = Option.integer("d1", 2, 1, MAX_SIDE, "hidden width d1");
    /** Gradient descent's step; up to 2 so that a student can watch a run diverge. */
    public static final Option<Double> RATE = Option.number("rate", 0.05, 0.0001, 2, "learning rate η");

    public LinearProblem {
        widths = widths.clone();
    }

    public static Option<Matrix> inputs(String defaultText) {
        return Option.matrix("X", defaultText, MAX_SIDE, "inputs, d0×n");
    }

    public static Option<Matrix> targets(String defaultText) {
        return Option.matrix("Y", defaultText, MAX_SIDE, "targets, dh×n (as many columns as X)");
    }

    public static Option<List<Integer>> hidden(String defaultText) {
        return Option.integers(
                "hidden", defaultText, 1, 4, 1, MAX_SIDE, "hidden widths d1,…,d(h−1), e.g. \"1\" or \"2,2\"");
    }

    /** The problem of these settings; null, with the reason added to them, when X and Y do not fit together. */
    public static LinearProblem read(Settings s, Option<Matrix> x, Option<Matrix> y, List<Integer> hidden) {
        int before = s.problems().size();
        Matrix xm = s.get(x);
        Matrix ym = s.get(y);
        if (s.problems().size() > before) {
            return null; // a matrix did not read: its own message says why, a shape complaint would mislead
        }
        return of(s, xm, ym, hidden);
    }

    /** The problem with data as typed; null, with the reason added, when X and Y do not fit together. */
    public static LinearProblem of(Settings s, Matrix x, Matrix y, List<Integer> hidden) {
        if (x.cols() != y.cols()) {
            s.problem("X and Y need the same number of columns (samples): X is " + x.shape() + ", Y is " + y.shape()
                    + ".");
            return null;
        }
        int[] widths = new int[hidden.size() + 2];
        widths[0] = x.rows();
        for (int i = 0; i < hidden.size(); i++) {
            widths[i + 1] = hidden.get(i);
        }
        widths[widths.length - 1] = y.rows();
        return new LinearProblem(x, y, widths);
    }

    @Override
    public int[] widths() {
        return widths.clone();
    }

    /** The hidden widths d1, …, d(h−1). */
    public List<Integer> hidden() {
        return java.util.Arrays.stream(widths, 1, widths.length - 1).boxed().toList();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof LinearProblem p
                && x.equals(p.x)
                && y.equals(p.y)
                && java.util.Arrays.equals(widths, p.widths);
    }

    @Override
    public int hashCode() {
        return 31 * (31 * x.hashCode() + y.hashCode()) + java.util.Arrays.hashCode(widths);
    }

    @Override
    public String toString() {
        return "LinearProblem[X=" + x.format() + ", Y=" + y.format() + ", widths=" + java.util.Arrays.toString(widths)
                + "]";
    }
}
