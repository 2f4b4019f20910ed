package org.landscapelab.numerics.exercises;

import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.stream.IntStream;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.linalg.Unimodular;

/**
 * Targets whose singular values a student can read off: Y = U·D·V with D carrying distinct whole numbers from 1 to
 * k + 3 on its diagonal (k = min(rows, cols)) and U, V signed permutations, so that σ(Y) is D's diagonal.
 */
public final class WholeTargets {

    private WholeTargets() {}

    /**
     * @param y the drawn targets
     * @param singularValues σ(Y), largest first, as the construction put them (no decomposition)
     */
    public record Targets(Matrix y, List<Integer> singularValues) {

        public Targets {
            singularValues = List.copyOf(singularValues);
        }
    }

    /** Targets of the given shape drawn from {@code seed}; the same seed gives the same targets. */
    public static Targets draw(int rows, int cols, long seed) {
        if (rows < 1 || cols < 1) {
            throw new IllegalArgumentException("targets need a row and a column; asked for " + rows + "×" + cols);
        }
        Random rnd = new Random(seed);
        int k = Math.min(rows, cols);
        List<Integer> values =
                new ArrayList<>(IntStream.rangeClosed(1, k + 3).boxed().toList());
        Collections.shuffle(values, rnd);
        double[][] d = new double[rows][cols];
        for (int i = 0; i < k; i++) {
            d[i][i] = values.get(i);
        }
        Matrix u = Unimodular.matrix(Unimodular.random(rows, rnd, false)[0]);
        Matrix v = Unimodular.matrix(Unimodular.random(cols, rnd, false)[0]);
        return new Targets(
                u.times(Matrix.of(d)).times(v),
                values.subList(0, k).stream().sorted(Comparator.reverseOrder()).toList());
    }
}
