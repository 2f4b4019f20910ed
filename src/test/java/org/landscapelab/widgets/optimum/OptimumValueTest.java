package org.landscapelab.widgets.optimum;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.WidgetContext;

/** Checkpoint {@code optimum-value}: L* of the shown example by the closed form, the tolerance, and its options. */
class OptimumValueTest {

    private final OptimumValue checkpoint = new OptimumValue();

    private static OptimumValue.Inputs inputs(Map<String, Object> options) {
        Settings s = Settings.of(options);
        return OptimumValue.SPEC.inputs(s).orElseThrow(() -> new AssertionError(s.problems()));
    }

    @Test
    void the_lessons_example_has_l_star_one() throws NumericsException {
        // X = I, Y = diag(2, 1, 1), r = 1: keep 2, so L* = ½(1² + 1²) = 1 (what CheckpointsIT types as right)
        double lStar = OptimumValue.lStar(inputs(Map.of(
                        "X",
                        List.of(List.of(1, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
                        "Y",
                        List.of(List.of(2, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
                        "hidden",
                        "1"))
                .problem());
        assertThat(lStar).isCloseTo(1, within(1e-12));
        assertThat(org.landscapelab.components.Numerals.sig(lStar, 6)).isEqualTo("1.00000");
        assertThat(OptimumValue.accepts(lStar, 1)).isTrue();
        assertThat(OptimumValue.accepts(lStar, 3)).isFalse();
    }

    @Test
    void the_defaults_are_a_two_by_two_example_with_l_star_one_half() throws NumericsException {
        OptimumValue.Inputs in = inputs(Map.of());
        assertThat(in.problem().widths()).containsExactly(2, 1, 2);
        // X = I2, Y = diag(2, 1), r = 1: L* = ½·1² = 0.5
        assertThat(OptimumValue.lStar(in.problem())).isCloseTo(0.5, within(1e-12));
        // hidden 2 fits Y exactly; a rank-deficient X leaves Y(I − P_X) unfitted: X = [1 1], Y = [1 0] gives ½·½
        assertThat(OptimumValue.lStar(inputs(Map.of("hidden", "2")).problem())).isCloseTo(0, within(1e-12));
        assertThat(OptimumValue.lStar(inputs(Map.of("X", "1,1", "Y", "1,0")).problem()))
                .isCloseTo(0.25, within(1e-12));
    }

    @Test
    void answers_within_a_tenth_of_a_percent_pass_and_near_zero_within_one_millionth() {
        assertThat(OptimumValue.accepts(2.5, 2.5024)).isTrue();
        assertThat(OptimumValue.accepts(2.5, 2.5026)).isFalse();
        assertThat(OptimumValue.accepts(2.5, 2.4976)).isTrue();
        assertThat(OptimumValue.accepts(0, 9e-7)).isTrue();
        assertThat(OptimumValue.accepts(0, 2e-6)).isFalse();
        assertThat(OptimumValue.accepts(Double.NaN, 1)).isFalse();
    }

    @Test
    void options_keep_their_names_and_defaults_and_bad_ones_are_refused() {
        assertThat(checkpoint.name()).isEqualTo("optimum-value");
        assertThat(checkpoint.options())
                .extracting(o -> o.name() + "=" + o.defaultValue())
                .containsExactly("X=1,0;0,1", "Y=2,0;0,1", "hidden=1", "random=false");
        assertThat(checkpoint.check(Map.of())).isEmpty();
        assertThat(checkpoint.check(Map.of("Y", "2,0,0;0,1,0;0,0,1")))
                .containsExactly("X and Y need the same number of columns (samples): X is 2×2, Y is 3×3.");
        assertThat(checkpoint.check(Map.of("hidden", "0")))
                .containsExactly("hidden: each must be a whole number from 1 to 6; '0' is not.");
        assertThat(checkpoint.check(Map.of("X", "1,1", "Y", "1,0", "random", true)))
                .singleElement()
                .asString()
                .startsWith("random: true needs an orthogonal X");
        assertThat(checkpoint.check(Map.of("X", "0,1;1,0", "random", true))).isEmpty();
        assertThat(checkpoint.evaluate(Map.of())).isEmpty();
        OptimumValue.Inputs in = OptimumValue.SPEC
                .start(new WidgetContext(
                        "compute-optimum", Map.of("Y", "3,0;0,1"), List.of(), Map.of(), "compute-optimum."))
                .inputs();
        assertThat(in.problem().y().format()).isEqualTo("3,0;0,1");
    }

    @Test
    void a_drawn_y_has_the_lessons_shape_whole_singular_values_and_the_l_star_its_construction_gives()
            throws NumericsException {
        OptimumValue.Inputs lesson =
                inputs(Map.of("X", "1,0,0;0,1,0;0,0,1", "Y", "2,0,0;0,1,0;0,0,1", "hidden", "1", "random", true));
        java.util.Set<String> seen = new java.util.HashSet<>();
        for (long seed = 1; seed <= 200; seed++) {
            OptimumValue.Drawn drawn = OptimumValue.drawn(lesson.problem(), seed);
            org.landscapelab.numerics.linalg.Matrix y = drawn.problem().y();
            assertThat(y.shape()).isEqualTo("3×3");
            // a signed permutation of a diagonal: one non-zero whole entry per row and column
            for (int i = 0; i < 3; i++) {
                int row = i;
                assertThat(java.util.stream.IntStream.range(0, 3).filter(j -> y.get(row, j) != 0))
                        .hasSize(1);
            }
            assertThat(java.util.Arrays.stream(y.data()))
                    .allSatisfy(v -> assertThat(v).isEqualTo(Math.rint(v)));
            // the closed form (an SVD) agrees with the construction, and the lesson's view shows what is graded
            assertThat(OptimumValue.lStar(drawn.problem())).isCloseTo(drawn.lStar(), within(1e-9));
            assertThat(lesson.problem(seed)).isEqualTo(drawn.problem());
            seen.add(y.format());
        }
        assertThat(seen).as("different students get different Y").hasSizeGreaterThan(100);
        // Y = diag(5, 1, 3) up to signs and order, r = 1: L* = ½(3² + 1²) = 5, by hand
        OptimumValue.Drawn one = OptimumValue.drawn(lesson.problem(), 1);
        double[] sorted = java.util.Arrays.stream(one.problem().y().data())
                .map(Math::abs)
                .filter(v -> v != 0)
                .sorted()
                .toArray();
        assertThat(one.lStar()).isEqualTo(0.5 * (sorted[0] * sorted[0] + sorted[1] * sorted[1]));
        assertThat(inputs(Map.of()).problem(7)).isEqualTo(inputs(Map.of()).problem());
    }
}
