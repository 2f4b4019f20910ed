package org.landscapelab.numerics.exercises;

import java.util.Random;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Unimodular;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.numerics.openness.OpennessAnalysis;

/**
 * Seeded random pairs (W1, W2) with small integer entries (|entry| ≤ {@link #ENTRY_BOUND}) and prescribed ranks,
 * hence prescribed intersection dimensions dim N(W1) ∩ C(W2) = rank W2 − rank W1W2 and
 * dim N(W2ᵀ) ∩ C(W1ᵀ) = rank W1 − rank W1W2. Every pair is checked by {@link LocalOpenness#analyze} before it is
 * returned. The same seed always gives the same exercise.
 *
 * <p>Construction: the normal form of §3.2 (identity blocks placing C(W2) and W1's kernel as asked), scrambled by
 * integer matrices of determinant ±1, (W1, W2) → (P W1 G⁻¹, G W2 Q), which keep all ranks and keep entries integer.
 */
public final class ExerciseGenerator {

    /** Largest absolute value of an entry of a generated matrix. */
    public static final int ENTRY_BOUND = 9;

    private static final int ATTEMPTS = 200;

    private ExerciseGenerator() {}

    /** An exercise of the given kind with 3 ≤ m, n ≤ 4 and 2 ≤ k &lt; min(m,n). */
    public static Exercise generate(ExerciseKind kind, long seed) {
        Random rnd = new Random(seed);
        int m = 3 + rnd.nextInt(2);
        int n = 3 + rnd.nextInt(2);
        int k = 2 + rnd.nextInt(Math.min(m, n) - 2);
        int r1;
        int r2;
        int r12;
        switch (kind) {
            case RANKS_DIFFER -> {
                r1 = 1 + rnd.nextInt(k);
                r2 = 1 + (r1 + rnd.nextInt(k - 1)) % k; // any rank in 1..k but r1
                int low = Math.max(0, r1 + r2 - k); // Sylvester: rank W1W2 ≥ rank W1 + rank W2 − k
                r12 = low + rnd.nextInt(Math.min(r1, r2) - low + 1);
            }
            case EQUAL_RANKS_OPEN -> {
                r1 = r2 = r12 = 1 + rnd.nextInt(k - 1);
            }
            case EQUAL_RANKS_NOT_OPEN -> {
                r1 = r2 = 1 + rnd.nextInt(k - 1);
                int low = Math.max(0, 2 * r1 - k);
                r12 = low + rnd.nextInt(r1 - low);
            }
            default -> r1 = r2 = r12 = k;
        }
        return build(m, k, n, r1, r2, r12, rnd, seed);
    }

    /**
     * A pair W1 ∈ Z^{m×k}, W2 ∈ Z^{k×n} with the given ranks. Feasible iff r1 ≤ min(m,k), r2 ≤ min(k,n),
     * r12 ≤ min(r1,r2) and r12 ≥ r1 + r2 − k; otherwise refused with the reason.
     */
    public static Exercise withRanks(int m, int k, int n, int r1, int r2, int r12, long seed) throws NumericsException {
        if (Math.min(m, Math.min(k, n)) < 1 || Math.max(m, Math.max(k, n)) > Tolerances.MAX_SIDE) {
            throw new NumericsException("m, k and n must lie between 1 and " + Tolerances.MAX_SIDE + ".");
        }
        if (r1 < 0 || r1 > Math.min(m, k) || r2 < 0 || r2 > Math.min(k, n)) {
            throw new NumericsException("rank W1 must lie in 0..min(m,k) and rank W2 in 0..min(k,n).");
        }
        if (r12 < 0 || r12 > Math.min(r1, r2)) {
            throw new NumericsException("rank W1W2 cannot exceed rank W1 or rank W2.");
        }
        if (r12 < r1 + r2 - k) {
            throw new NumericsException(
                    "rank W1W2 ≥ rank W1 + rank W2 − k (Sylvester): at least " + (r1 + r2 - k) + " here.");
        }
        return build(m, k, n, r1, r2, r12, new Random(seed), seed);
    }

    private static Exercise build(int m, int k, int n, int r1, int r2, int r12, Random rnd, long seed) {
        // normal form: C(W2) = span(e_1..e_r2); W1 maps e_1..e_r12 onto e_1..e_r12, kills e_r12+1..e_r2
        // (a basis of N(W1) ∩ C(W2)), and maps r1 − r12 directions outside C(W2) onto e_r12+1..e_r1
        int[][] w1 = new int[m][k];
        int[][] w2 = new int[k][n];
        for (int i = 0; i < r2; i++) {
            w2[i][i] = 1;
        }
        for (int i = 0; i < r12; i++) {
            w1[i][i] = 1;
        }
        for (int j = 0; j < r1 - r12; j++) {
            w1[r12 + j][r2 + j] = 1;
        }
        for (int attempt = 0; attempt <= ATTEMPTS; attempt++) {
            boolean mix = attempt < ATTEMPTS; // last resort: permutations only, entries stay 0/±1
            int[][][] p = Unimodular.random(m, rnd, mix);
            int[][][] g = Unimodular.random(k, rnd, mix);
            int[][][] q = Unimodular.random(n, rnd, mix);
            int[][] a;
            int[][] b;
            try {
                a = Unimodular.times(Unimodular.times(p[0], w1), g[1]); // P W1 G⁻¹
                b = Unimodular.times(Unimodular.times(g[0], w2), q[0]); // G W2 Q
            } catch (ArithmeticException overflow) {
                continue;
            }
            if (Unimodular.max(a) <= ENTRY_BOUND && Unimodular.max(b) <= ENTRY_BOUND) {
                Exercise e = verified(a, b, r1, r2, r12, seed);
                if (e != null) {
                    return e;
                }
            }
        }
        throw new IllegalStateException("no verified pair for ranks " + r1 + ", " + r2 + ", " + r12);
    }

    private static Exercise verified(int[][] a, int[][] b, int r1, int r2, int r12, long seed) {
        Matrix w1 = Unimodular.matrix(a);
        Matrix w2 = Unimodular.matrix(b);
        LocalOpenness analysis = OpennessAnalysis.of(w1, w2);
        if (analysis.rankW1() != r1
                || analysis.rankW2() != r2
                || analysis.rankW1W2() != r12
                || analysis.nullW1InColumnsW2().dimension() != r2 - r12
                || analysis.nullW2tInRowsW1().dimension() != r1 - r12) {
            return null;
        }
        return new Exercise(ExerciseKind.of(analysis), seed, w1, w2, analysis);
    }
}
