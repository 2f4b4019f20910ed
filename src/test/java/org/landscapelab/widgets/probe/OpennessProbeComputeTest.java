package org.landscapelab.widgets.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.openness.OpennessProbe;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.OpennessInstance;
import org.landscapelab.widgets.Settings;

/**
 * The probe's one computation on the worked pairs of math.md §3.3–3.4 (about half a second each), and the path
 * {@code {expect}} takes to it.
 */
class OpennessProbeComputeTest {

    private final OpennessProbeWidget widget = new OpennessProbeWidget();

    private static OpennessProbeCompute.Result compute(OpennessInstance instance) throws NumericsException {
        return OpennessProbeCompute.compute(new OpennessProbeWidget.Inputs(instance.w1(), instance.w2()), Job.HEADLESS);
    }

    /** The least-squares slope of log δ* against log ε, computed here from the measured estimates. */
    private static double fittedSlope(List<OpennessProbe.Estimate> estimates) {
        double n = estimates.size();
        double mx = estimates.stream().mapToDouble(e -> Math.log(e.epsilon())).sum() / n;
        double my = estimates.stream().mapToDouble(e -> Math.log(e.deltaStar())).sum() / n;
        double sxy = 0;
        double sxx = 0;
        for (OpennessProbe.Estimate e : estimates) {
            sxy += (Math.log(e.epsilon()) - mx) * (Math.log(e.deltaStar()) - my);
            sxx += Math.pow(Math.log(e.epsilon()) - mx, 2);
        }
        return sxy / sxx;
    }

    @Test
    void instance_b_the_default_measures_delta_star_equal_to_epsilon_squared_and_agrees() throws NumericsException {
        // math.md §3.4: at B, open with rank W1W2 = 1 < k = 2, δ*(ε) = ε²
        OpennessProbeCompute.Result r = compute(OpennessInstance.B);
        assertThat(r.probe().estimates())
                .hasSize(3)
                .allSatisfy(e ->
                        assertThat(e.deltaStar() / (e.epsilon() * e.epsilon())).isCloseTo(1.0, within(0.05)));
        assertThat(r.values().get("slope"))
                .isCloseTo(2.0, within(0.05))
                .isCloseTo(fittedSlope(r.probe().estimates()), within(1e-9));
        assertThat(r.summary()).isEqualTo("fitted slope 2.00: δ*(ε) = Θ(ε²); theorem: δ*(ε) = Θ(ε²); agrees");
        assertThat(r.values())
                .containsEntry("measured-order", 2.0)
                .containsEntry("theorem-order", 2.0)
                .containsEntry("agrees", 1.0);
        // the lesson's claim under the probe of matrix-multiplication/lesson.md
        assertThat(r.summary()).contains("δ*(ε) = Θ(ε²); theorem: δ*(ε) = Θ(ε²); agrees");
    }

    @Test
    void expect_evaluates_the_same_result_the_view_renders() throws NumericsException {
        // the lesson's options (YAML rows) and the defaults are instance B
        Evaluation e = widget.evaluate(Map.of(
                        "W1",
                        List.of(List.of(1, 0), List.of(0, 0), List.of(0, 0)),
                        "W2",
                        List.of(List.of(1, 0, 0), List.of(0, 0, 0))))
                .orElseThrow();
        OpennessProbeCompute.Result r =
                OpennessProbeCompute.compute(OpennessProbeWidget.inputs(Settings.of(Map.of())), Job.HEADLESS);
        assertThat(e.summary()).isEqualTo(r.summary());
        assertThat(e.values()).isEqualTo(r.values());
    }

    @Test
    void instance_d_measures_delta_star_equal_to_epsilon_and_agrees() throws NumericsException {
        OpennessProbeCompute.Result r = compute(OpennessInstance.D);
        assertThat(r.probe().estimates())
                .allSatisfy(e -> assertThat(e.deltaStar() / e.epsilon()).isCloseTo(1.0, within(0.05)));
        assertThat(r.values().get("slope"))
                .isCloseTo(1.0, within(0.05))
                .isCloseTo(fittedSlope(r.probe().estimates()), within(1e-9));
        assertThat(r.summary()).isEqualTo("fitted slope 1.00: δ*(ε) = Θ(ε); theorem: δ*(ε) = Θ(ε); agrees");
        assertThat(r.values())
                .containsEntry("measured-order", 1.0)
                .containsEntry("theorem-order", 1.0)
                .containsEntry("agrees", 1.0);
    }

    @Test
    void instance_c_is_not_open_has_no_slope_and_says_so() throws NumericsException {
        OpennessProbeCompute.Result r = compute(OpennessInstance.C);
        assertThat(r.probe().estimates())
                .extracting(OpennessProbe.Estimate::deltaStar)
                .containsOnly(0.0);
        assertThat(r.summary())
                .isEqualTo(
                        "no slope (δ* = 0 at ε = 0.025): δ*(ε) = 0 for small ε; theorem: δ*(ε) = 0 for small ε; agrees");
        assertThat(r.values())
                .doesNotContainKey("slope")
                .containsEntry("measured-order", 0.0)
                .containsEntry("theorem-order", 0.0)
                .containsEntry("agrees", 1.0);
    }

    @Test
    void before_a_run_the_view_shows_the_theorems_prediction() throws NumericsException {
        assertThat(OpennessProbeCompute.predict(
                                new OpennessProbeWidget.Inputs(OpennessInstance.B.w1(), OpennessInstance.B.w2()))
                        .summary())
                .isEqualTo("probe not run yet; theorem: δ*(ε) = Θ(ε²)");
        assertThat(OpennessProbeCompute.predict(
                                new OpennessProbeWidget.Inputs(OpennessInstance.D.w1(), OpennessInstance.D.w2()))
                        .summary())
                .isEqualTo("probe not run yet; theorem: δ*(ε) = Θ(ε)");
    }

    @Test
    void check_names_the_bad_option() {
        assertThat(widget.check(Map.of())).isEmpty();
        assertThat(widget.check(Map.of("W1", "1,0;0,1;0,0", "W2", "1,0,0")))
                .containsExactly("W2 must have as many rows as W1 has columns: W1 is 3×2, W2 is 1×3");
        assertThat(widget.check(Map.of("W1", "1,2,3,4,5,6")))
                .containsExactly("W1: it is 1×6; at most 5 rows and 5 columns here.");
        assertThat(widget.check(Map.of("W2", "1,0,0;0,y,0")))
                .singleElement()
                .asString()
                .startsWith("W2: ");
        assertThatThrownBy(() -> widget.evaluate(Map.of("W2", "1,0")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("W2 must have as many rows");
    }

    @Test
    void schema_keeps_its_name_defaults_and_cap() {
        assertThat(widget.name()).isEqualTo("openness-probe");
        assertThat(widget.options())
                .extracting(o -> o.name() + "=" + o.defaultValue() + " ≤ " + o.max())
                .containsExactly("W1=1,0;0,0;0,0 ≤ 5.0", "W2=1,0,0;0,0,0 ≤ 5.0");
        OpennessProbeWidget.Inputs defaults = OpennessProbeWidget.inputs(Settings.of(Map.of()));
        assertThat(defaults.w1()).isEqualTo(OpennessInstance.B.w1());
        assertThat(defaults.w2()).isEqualTo(OpennessInstance.B.w2());
    }
}
