package org.landscapelab.numerics.exercises;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.longs;

import java.util.HashSet;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.openness.LocalOpenness;
import org.landscapelab.numerics.openness.LocalOpennessProperties;
import org.landscapelab.numerics.openness.RandomPairs;

class ExerciseGeneratorTest {

    @Test
    void every_kind_yields_small_integer_pairs_of_that_kind_verified_by_an_independent_analysis() {
        for (ExerciseKind kind : ExerciseKind.values()) {
            qt().withFixedSeed(kind.ordinal())
                    .withExamples(500)
                    .forAll(longs().all())
                    .checkAssert(seed -> {
                        Exercise e = ExerciseGenerator.generate(kind, seed);
                        assertThat(e.kind()).isEqualTo(kind);
                        assertSmallIntegers(e.w1());
                        assertSmallIntegers(e.w2());
                        LocalOpenness again = LocalOpennessProperties.analyze(new RandomPairs(e.w1(), e.w2(), seed));
                        assertThat(ExerciseKind.of(again)).isEqualTo(kind);
                        assertThat(again.regime()).isEqualTo(LocalOpenness.Regime.NARROW);
                        boolean open = kind == ExerciseKind.EQUAL_RANKS_OPEN || kind == ExerciseKind.FULL_RANK;
                        assertThat(again.locallyOpen()).isEqualTo(open);
                        assertThat(facts(again)).isEqualTo(facts(e.analysis()));
                    });
        }
    }

    @Test
    void the_same_seed_gives_the_same_exercise_and_different_seeds_vary() {
        Set<String> seen = new HashSet<>();
        for (long seed = 0; seed < 50; seed++) {
            Exercise a = ExerciseGenerator.generate(ExerciseKind.EQUAL_RANKS_NOT_OPEN, seed);
            Exercise b = ExerciseGenerator.generate(ExerciseKind.EQUAL_RANKS_NOT_OPEN, seed);
            assertThat(a.w1()).isEqualTo(b.w1());
            assertThat(a.w2()).isEqualTo(b.w2());
            seen.add(a.w1().format() + "|" + a.w2().format());
        }
        assertThat(seen).hasSizeGreaterThan(40);
    }

    @Test
    void pairs_come_scrambled_not_in_normal_form() {
        int nonTrivial = 0;
        for (long seed = 0; seed < 100; seed++) {
            Exercise e = ExerciseGenerator.generate(ExerciseKind.EQUAL_RANKS_OPEN, seed);
            if (maxAbs(e.w1()) > 1 || maxAbs(e.w2()) > 1) {
                nonTrivial++;
            }
        }
        assertThat(nonTrivial).isGreaterThan(50);
    }

    @Test
    void every_feasible_rank_triple_up_to_size_4_is_generated_exactly() throws Exception {
        int count = 0;
        for (int m = 1; m <= 4; m++) {
            for (int k = 1; k <= 4; k++) {
                for (int n = 1; n <= 4; n++) {
                    for (int r1 = 0; r1 <= Math.min(m, k); r1++) {
                        for (int r2 = 0; r2 <= Math.min(k, n); r2++) {
                            for (int r12 = Math.max(0, r1 + r2 - k); r12 <= Math.min(r1, r2); r12++) {
                                Exercise e = ExerciseGenerator.withRanks(m, k, n, r1, r2, r12, 31L * count);
                                LocalOpenness a = e.analysis();
                                assertThat(new int[] {a.m(), a.k(), a.n(), a.rankW1(), a.rankW2(), a.rankW1W2()})
                                        .containsExactly(m, k, n, r1, r2, r12);
                                assertThat(a.nullW1InColumnsW2().dimension()).isEqualTo(r2 - r12);
                                assertThat(a.nullW2tInRowsW1().dimension()).isEqualTo(r1 - r12);
                                assertSmallIntegers(e.w1());
                                count++;
                            }
                        }
                    }
                }
            }
        }
        assertThat(count).isGreaterThan(300);
    }

    @Test
    void the_largest_shapes_still_work() throws Exception {
        Exercise e = ExerciseGenerator.withRanks(12, 12, 12, 7, 9, 5, 3);
        assertThat(e.analysis().rankW1W2()).isEqualTo(5);
        assertSmallIntegers(e.w2());
    }

    @Test
    void infeasible_ranks_are_refused_with_the_reason() {
        assertThatThrownBy(() -> ExerciseGenerator.withRanks(3, 2, 3, 2, 2, 0, 1))
                .isInstanceOf(NumericsException.class)
                .hasMessageContaining("Sylvester");
        assertThatThrownBy(() -> ExerciseGenerator.withRanks(3, 2, 3, 3, 1, 1, 1))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> ExerciseGenerator.withRanks(3, 2, 3, 1, 1, 2, 1))
                .isInstanceOf(NumericsException.class);
        assertThatThrownBy(() -> ExerciseGenerator.withRanks(13, 2, 3, 1, 1, 1, 1))
                .isInstanceOf(NumericsException.class);
    }

    private static void assertSmallIntegers(Matrix a) {
        for (double x : a.data()) {
            assertThat(x).isEqualTo(Math.rint(x));
            assertThat(Math.abs(x)).isLessThanOrEqualTo(ExerciseGenerator.ENTRY_BOUND);
        }
    }

    private static double maxAbs(Matrix a) {
        double m = 0;
        for (double x : a.data()) {
            m = Math.max(m, Math.abs(x));
        }
        return m;
    }

    /** What the analysis says of a pair: ranks, intersection dimensions, verdict, regime. */
    private static java.util.List<Object> facts(LocalOpenness a) {
        return java.util.List.of(
                a.rankW1(),
                a.rankW2(),
                a.rankW1W2(),
                a.nullW1InColumnsW2().dimension(),
                a.nullW2tInRowsW1().dimension(),
                a.locallyOpen(),
                a.regime());
    }
}
