package org.landscapelab.numerics.openness;

import java.util.Random;
import org.ejml.data.DMatrixRMaj;
import org.ejml.dense.row.CommonOps_DDRM;
import org.landscapelab.numerics.linalg.Ejml;
import org.landscapelab.numerics.linalg.Matrix;

/** Test data: random small-integer pairs (W1, W2) of random low ranks, half with a column of W2 inside N(W1). */
public record RandomPairs(Matrix w1, Matrix w2, long seed) {

    /** Which shapes to draw. */
    public enum Shapes {
        /** k &lt; min(m,n), m, n in 2..5. */
        NARROW,
        /** k ≤ min(m,n), m, n in 1..5 (where Lemma A applies). */
        NOT_WIDER,
        /** any m, k, n in 1..4. */
        ANY
    }

    public static RandomPairs draw(long seed, boolean narrow) {
        return draw(seed, narrow ? Shapes.NARROW : Shapes.ANY);
    }

    /** Like {@link #draw(long, Shapes)}, drawing again (deterministically) until rank W1 = rank W2. */
    public static RandomPairs drawEqualRanks(long seed) {
        Random rnd = new Random(seed);
        while (true) {
            RandomPairs p = draw(rnd.nextLong(), Shapes.NARROW);
            if (LocalOpennessProperties.rank(p.w1()) == LocalOpennessProperties.rank(p.w2())) {
                return new RandomPairs(p.w1(), p.w2(), seed);
            }
        }
    }

    public static RandomPairs draw(long seed, Shapes shapes) {
        Random rnd = new Random(seed);
        int m;
        int n;
        int k;
        switch (shapes) {
            case NARROW -> {
                m = 2 + rnd.nextInt(4);
                n = 2 + rnd.nextInt(4);
                k = 1 + rnd.nextInt(Math.min(m, n) - 1);
            }
            case NOT_WIDER -> {
                m = 1 + rnd.nextInt(5);
                n = 1 + rnd.nextInt(5);
                k = 1 + rnd.nextInt(Math.min(m, n));
            }
            default -> {
                m = 1 + rnd.nextInt(4);
                n = 1 + rnd.nextInt(4);
                k = 1 + rnd.nextInt(4);
            }
        }
        Matrix w1 = lowRank(rnd, m, k);
        Matrix w2 = lowRank(rnd, k, n);
        if (rnd.nextBoolean()) {
            // put an integer v into column 1 of W2 and make W1 = A·((vᵀv)I − vvᵀ), so that W1v = 0
            double[] v = new double[k];
            double vv = 0;
            for (int i = 0; i < k; i++) {
                v[i] = rnd.nextInt(5) - 2;
                vv += v[i] * v[i];
            }
            if (vv > 0) {
                double[] p = new double[k * k];
                double[] w2d = w2.data();
                for (int i = 0; i < k; i++) {
                    w2d[i * n] = v[i];
                    for (int j = 0; j < k; j++) {
                        p[i * k + j] = (i == j ? vv : 0) - v[i] * v[j];
                    }
                }
                w1 = lowRank(rnd, m, k).times(new Matrix(k, k, p));
                w2 = new Matrix(k, n, w2d);
            }
        }
        return new RandomPairs(w1, w2, seed);
    }

    /** A random rows×cols integer matrix of random rank ≤ min(rows, cols), entries of the factors in −2..2. */
    public static Matrix lowRank(Random rnd, int rows, int cols) {
        int r = rnd.nextInt(Math.min(rows, cols) + 1);
        if (r == 0) {
            return Matrix.zeros(rows, cols);
        }
        return integers(rnd, rows, r, 2).times(integers(rnd, r, cols, 2));
    }

    public static Matrix integers(Random rnd, int rows, int cols, int bound) {
        double[] d = new double[rows * cols];
        for (int i = 0; i < d.length; i++) {
            d[i] = rnd.nextInt(2 * bound + 1) - bound;
        }
        return new Matrix(rows, cols, d);
    }

    /** A random invertible integer matrix (entries −2..2, |det| ≥ 1) and its inverse. */
    public static Matrix[] invertible(Random rnd, int size) {
        while (true) {
            Matrix g = integers(rnd, size, size, 2);
            DMatrixRMaj d = Ejml.dense(g);
            if (Math.abs(CommonOps_DDRM.det(d)) >= 0.5) {
                DMatrixRMaj inv = new DMatrixRMaj(size, size);
                CommonOps_DDRM.invert(d, inv);
                return new Matrix[] {g, Ejml.matrix(inv)};
            }
        }
    }

    @Override
    public String toString() {
        return "seed " + seed + ": W1 = " + w1.format() + ", W2 = " + w2.format();
    }
}
