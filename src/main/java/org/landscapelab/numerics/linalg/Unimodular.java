package org.landscapelab.numerics.linalg;

import java.util.Random;

/** Exact integer matrices of determinant ±1 and their inverses, for scrambling exercises without fractions. */
public final class Unimodular {

    private Unimodular() {}

    /**
     * {G, G⁻¹} with G = Π·D·L·U: a permutation Π, signs D, unit lower/upper triangular L, U with sparse entries in
     * {−2, −1, 0, 1, 2} (none when {@code mix} is false); G⁻¹ = U⁻¹L⁻¹DΠᵀ is again an integer matrix.
     */
    public static int[][][] random(int size, Random rnd, boolean mix) {
        int[][] l = identity(size);
        int[][] u = identity(size);
        double density = Math.min(0.5, 2.0 / size); // sparser for big sizes, so entries stay small
        for (int i = 0; i < size; i++) {
            for (int j = 0; j < i; j++) {
                if (mix && rnd.nextDouble() < density) {
                    l[i][j] = entry(rnd);
                }
                if (mix && rnd.nextDouble() < density) {
                    u[j][i] = entry(rnd);
                }
            }
        }
        int[][] pd = new int[size][size]; // Π·D
        int[] perm = permutation(size, rnd);
        for (int i = 0; i < size; i++) {
            pd[i][perm[i]] = rnd.nextBoolean() ? 1 : -1;
        }
        int[][] g = times(times(pd, l), u);
        int[][] pdInverse = transpose(pd); // a signed permutation is orthogonal
        int[][] inverse = times(times(invertUnitUpper(u), transpose(invertUnitUpper(transpose(l)))), pdInverse);
        return new int[][][] {g, inverse};
    }

    private static int entry(Random rnd) {
        int[] values = {-2, -1, -1, 1, 1, 2};
        return values[rnd.nextInt(values.length)];
    }

    /** U⁻¹ for unit upper triangular U, by back substitution (exact in integers). */
    public static int[][] invertUnitUpper(int[][] u) {
        int n = u.length;
        int[][] x = identity(n);
        for (int col = 0; col < n; col++) {
            for (int i = col - 1; i >= 0; i--) {
                int s = 0;
                for (int j = i + 1; j <= col; j++) {
                    s += u[i][j] * x[j][col];
                }
                x[i][col] = -s;
            }
        }
        return x;
    }

    public static int[][] times(int[][] a, int[][] b) {
        int inner = b.length;
        int cols = b.length == 0 ? 0 : b[0].length;
        int[][] c = new int[a.length][cols];
        for (int i = 0; i < a.length; i++) {
            for (int l = 0; l < inner; l++) {
                for (int j = 0; j < cols; j++) {
                    c[i][j] = Math.addExact(c[i][j], Math.multiplyExact(a[i][l], b[l][j]));
                }
            }
        }
        return c;
    }

    public static int[][] transpose(int[][] a) {
        int[][] t = new int[a[0].length][a.length];
        for (int i = 0; i < a.length; i++) {
            for (int j = 0; j < a[0].length; j++) {
                t[j][i] = a[i][j];
            }
        }
        return t;
    }

    public static int max(int[][] a) {
        int m = 0;
        for (int[] row : a) {
            for (int x : row) {
                m = Math.max(m, Math.abs(x));
            }
        }
        return m;
    }

    public static Matrix matrix(int[][] a) {
        double[][] d = new double[a.length][];
        for (int i = 0; i < a.length; i++) {
            d[i] = java.util.Arrays.stream(a[i]).asDoubleStream().toArray();
        }
        return Matrix.of(d);
    }

    private static int[][] identity(int n) {
        int[][] e = new int[n][n];
        for (int i = 0; i < n; i++) {
            e[i][i] = 1;
        }
        return e;
    }

    private static int[] permutation(int n, Random rnd) {
        int[] p = new int[n];
        for (int i = 0; i < n; i++) {
            p[i] = i;
        }
        for (int i = n - 1; i > 0; i--) {
            int j = rnd.nextInt(i + 1);
            int t = p[i];
            p[i] = p[j];
            p[j] = t;
        }
        return p;
    }
}
