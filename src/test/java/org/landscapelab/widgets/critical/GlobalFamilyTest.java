package org.landscapelab.widgets.critical;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.critical.TwoLayerCriticalPoints;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.WidgetContext;

/** Checkpoint {@code critical-global}: the lesson's question graded by the one enumeration, and its options. */
class GlobalFamilyTest {

    private final GlobalFamily checkpoint = new GlobalFamily();

    /** The lesson's question: X = I, Y = diag(1, 3, 2), d1 = 1; σ(YP_X) = (3, 2, 1) sorts its entries. */
    private static final Map<String, Object> LESSON =
            Map.of("X", "1,0,0;0,1,0;0,0,1", "Y", "1,0,0;0,3,0;0,0,2", "d1", 1);

    private static CriticalPointsCompute.Result enumerate(Map<String, Object> options) throws NumericsException {
        Settings s = Settings.of(options);
        return CriticalPointsCompute.compute(GlobalFamily.SPEC.inputs(s).orElseThrow(), Job.HEADLESS);
    }

    private static TwoLayerCriticalPoints.Family family(CriticalPointsCompute.Result r, Integer... j) {
        return r.enumeration().families().stream()
                .filter(f -> f.indexSet().equals(List.of(j)))
                .findFirst()
                .orElseThrow();
    }

    @Test
    void the_family_that_keeps_the_largest_singular_value_is_right() throws NumericsException {
        CriticalPointsCompute.Result r = enumerate(LESSON);
        assertThat(r.enumeration().families())
                .extracting(f -> CriticalPointsCompute.indexSet(f.indexSet()))
                .containsExactlyInAnyOrder("∅", "{1}", "{2}", "{3}");
        // ½(1² + 3² + 2² − 3²) = 2.5 = L*
        GlobalFamily.Grade right = GlobalFamily.grade(r, family(r, 1));
        assertThat(right.right()).isTrue();
        assertThat(right.text()).isEqualTo("J = {1} has loss 2.50000 and is a global minimum, with L* = 2.50000.");
    }

    @Test
    void a_wrong_family_is_told_its_loss_its_kind_and_where_the_minimum_is() throws NumericsException {
        CriticalPointsCompute.Result r = enumerate(LESSON);
        // ½(1² + 3² + 2² − 2²) = 5 for J = {2}; exactly what CheckpointsIT reads after "Not quite. "
        GlobalFamily.Grade wrong = GlobalFamily.grade(r, family(r, 2));
        assertThat(wrong.right()).isFalse();
        assertThat(wrong.text())
                .isEqualTo("J = {2} has loss 5.00000 and is a strict saddle; the global minimum is"
                        + " J = {1}, with L* = 2.50000.");
        assertThat(GlobalFamily.grade(r, family(r)).text()).startsWith("J = ∅ has loss 7.00000 and is a strict saddle");
    }

    @Test
    void it_reads_its_options_as_critical_points_does_and_grades_instead_of_claiming() {
        assertThat(checkpoint.name()).isEqualTo("critical-global");
        assertThat(checkpoint.options())
                .extracting(o -> o.name() + "=" + o.defaultValue() + " [" + o.min() + ", " + o.max() + "]")
                .containsExactly("X=1,0,0;0,1,0;0,0,1 [1.0, 6.0]", "Y=3,0,0;0,2,0;0,0,1 [1.0, 6.0]", "d1=2 [1.0, 6.0]");
        assertThat(checkpoint.check(LESSON)).isEmpty();
        assertThat(checkpoint.check(Map.of("Y", "1,0;0,1")))
                .containsExactly("X and Y need the same number of columns (samples): X is 3×3, Y is 2×2.");
        assertThat(checkpoint.check(Map.of("d1", 7))).containsExactly("d1: must be from 1 to 6; '7' is not.");
        assertThat(checkpoint.evaluate(LESSON)).isEmpty();
        CriticalPoints.Inputs in = GlobalFamily.SPEC
                .start(new WidgetContext("which-is-global", LESSON, List.of(), Map.of(), "which-is-global."))
                .inputs();
        assertThat(in.d1()).isEqualTo(1);
        assertThat(in.problem().y().format()).isEqualTo("1,0,0;0,3,0;0,0,2");
    }
}
