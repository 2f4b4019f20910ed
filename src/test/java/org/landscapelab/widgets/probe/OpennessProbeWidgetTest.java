package org.landscapelab.widgets.probe;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;

/** The schema of {@code openness-probe}: checks, and the headless evaluation on the instances of math.md §3.3. */
class OpennessProbeWidgetTest {

    private final OpennessProbeWidget widget = new OpennessProbeWidget();

    private Evaluation evaluate(String w1, String w2) {
        return widget.evaluate(Map.of("W1", w1, "W2", w2)).orElseThrow();
    }

    @Test
    void instance_b_the_default_is_quadratic_and_agrees() {
        Evaluation e = widget.evaluate(Map.of()).orElseThrow();
        assertThat(e.summary()).isEqualTo("fitted slope 2.00: δ*(ε) = Θ(ε²); theorem: δ*(ε) = Θ(ε²); agrees");
        assertThat(e.values().get("slope")).isCloseTo(2.0, within(0.05));
        assertThat(e.values()).containsEntry("measured-order", 2.0).containsEntry("theorem-order", 2.0)
                .containsEntry("agrees", 1.0);
    }

    @Test
    void instance_d_is_linear_and_agrees() {
        Evaluation e = evaluate("1,0;0,1;0,0", "1,0,0;0,1,0");
        assertThat(e.summary()).isEqualTo("fitted slope 1.00: δ*(ε) = Θ(ε); theorem: δ*(ε) = Θ(ε); agrees");
        assertThat(e.values().get("slope")).isCloseTo(1.0, within(0.05));
        assertThat(e.values()).containsEntry("measured-order", 1.0).containsEntry("agrees", 1.0);
    }

    @Test
    void instance_c_is_not_open_and_has_no_slope() {
        Evaluation e = evaluate("1,0;0,0;0,0", "0,0,0;1,0,0");
        assertThat(e.summary()).isEqualTo(
                "no slope (δ* = 0 at ε = 0.025): δ*(ε) = 0 for small ε; theorem: δ*(ε) = 0 for small ε; agrees");
        assertThat(e.values()).doesNotContainKey("slope").containsEntry("measured-order", 0.0)
                .containsEntry("theorem-order", 0.0).containsEntry("agrees", 1.0);
    }

    @Test
    void check_names_the_bad_option() {
        assertThat(widget.check(Map.of())).isEmpty();
        assertThat(widget.check(Map.of("W1", "1,0;0,1;0,0", "W2", "1,0,0"))).singleElement().asString()
                .isEqualTo("W2 must have as many rows as W1 has columns: W1 is 3×2, W2 is 1×3");
        assertThat(widget.check(Map.of("W1", "1,2,3,4,5,6"))).singleElement().asString()
                .isEqualTo("W1 is 1×6; at most 5 rows and columns");
        assertThat(widget.check(Map.of("W2", "1,0,0;0,y,0"))).singleElement().asString().startsWith("W2: ");
        assertThatThrownBy(() -> widget.evaluate(Map.of("W2", "1,0"))).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void schema_matches_the_brief() {
        assertThat(widget.name()).isEqualTo("openness-probe");
        assertThat(widget.options()).extracting(o -> o.name() + "=" + o.defaultValue())
                .containsExactly("W1=1,0;0,0;0,0", "W2=1,0,0;0,0,0");
    }
}
