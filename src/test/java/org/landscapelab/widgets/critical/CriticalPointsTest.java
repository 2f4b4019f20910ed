package org.landscapelab.widgets.critical;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;

/** The schema of {@code critical-points}: checks, and the headless evaluation against the tables of math.md §4.4. */
class CriticalPointsTest {

    private final CriticalPoints widget = new CriticalPoints();

    private Evaluation evaluate(Map<String, Object> options) {
        return widget.evaluate(options).orElseThrow();
    }

    @Test
    void defaults_are_the_eckart_young_table_of_section_4_4a() {
        Evaluation e = evaluate(Map.of());
        assertThat(e.summary())
                .isEqualTo(
                        "L* = 0.500000; 7 critical families: J = {1,2} global minimum (0.500000),"
                                + " J = {1,3} strict saddle (2.00000), J = {1} strict saddle (2.50000), J = {2,3} strict saddle (4.50000),"
                                + " J = {2} strict saddle (5.00000), J = {3} strict saddle (6.50000), J = ∅ strict saddle (7.00000)");
        assertThat(e.values().get("L*")).isCloseTo(0.5, within(1e-14));
        assertThat(e.values())
                .containsEntry("families", 7.0)
                .containsEntry("global-families", 1.0)
                .containsEntry("strict-saddles", 6.0);
    }

    @Test
    void hidden_width_one_of_section_4_4a() {
        Evaluation e = evaluate(Map.of("d1", 1));
        assertThat(e.summary())
                .isEqualTo(
                        "L* = 2.50000; 4 critical families: J = {1} global minimum (2.50000),"
                                + " J = {2} strict saddle (5.00000), J = {3} strict saddle (6.50000), J = ∅ strict saddle (7.00000)");
        assertThat(e.values())
                .containsEntry("families", 4.0)
                .containsEntry("global-families", 1.0)
                .containsEntry("strict-saddles", 3.0);
    }

    @Test
    void rank_deficient_x_of_section_4_4b() {
        Map<String, Object> options = Map.of("X", "1,0,1,0;0,1,1,0;1,1,2,0", "Y", "2,0,1,1;0,1,1,0;1,1,0,3");
        Evaluation two = evaluate(options);
        assertThat(two.summary())
                .isEqualTo(
                        "L* = 5.83333; 4 critical families: J = {1,2} global minimum (5.83333),"
                                + " J = {1} strict saddle (6.73871), J = {2} strict saddle (8.59463), J = ∅ strict saddle (9.50000)");
        assertThat(two.values().get("L*")).isCloseTo(35.0 / 6, within(1e-12));
        assertThat(two.values()).containsEntry("families", 4.0).containsEntry("strict-saddles", 3.0);

        Evaluation one = evaluate(Map.of("X", options.get("X"), "Y", options.get("Y"), "d1", "1"));
        assertThat(one.values().get("L*")).isCloseTo((46 - Math.sqrt(31)) / 6, within(1e-12));
        assertThat(one.summary())
                .startsWith("L* = 6.73871; 3 critical families: J = {1} global minimum (6.73871),"
                        + " J = {2} strict saddle (8.59463), J = ∅ strict saddle (9.50000)");
    }

    @Test
    void yaml_lists_and_text_give_the_same_answer() {
        Evaluation lists = evaluate(Map.of(
                "X",
                List.of(List.of(1, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
                "Y",
                List.of(List.of(3, 0, 0), List.of(0, 2, 0), List.of(0, 0, 1)),
                "d1",
                2));
        assertThat(lists).isEqualTo(evaluate(Map.of()));
    }

    @Test
    void check_names_the_bad_option() {
        assertThat(widget.check(Map.of())).isEmpty();
        assertThat(widget.check(Map.of("X", "1,0;0,x")))
                .singleElement()
                .asString()
                .startsWith("X: ");
        assertThat(widget.check(Map.of("X", "1,0;0,1")))
                .singleElement()
                .asString()
                .isEqualTo("X and Y need the same number of columns (samples): X is 2×2, Y is 3×3.");
        assertThat(widget.check(Map.of("Y", "1,2,3,4,5,6,7")))
                .singleElement()
                .asString()
                .isEqualTo("Y: it is 1×7; at most 6 rows and 6 columns here.");
        assertThat(widget.check(Map.of("d1", "seven")))
                .singleElement()
                .asString()
                .isEqualTo("d1: 'seven' is not a number.");
        assertThatThrownBy(() -> widget.evaluate(Map.of("d1", 0)))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("d1: must be from 1 to 6; '0' is not.");
    }

    @Test
    void schema_matches_the_brief() {
        assertThat(widget.name()).isEqualTo("critical-points");
        assertThat(widget.options())
                .extracting(o -> o.name() + "=" + o.defaultValue())
                .containsExactly("X=1,0,0;0,1,0;0,0,1", "Y=3,0,0;0,2,0;0,0,1", "d1=2");
    }

    @Test
    void the_presets_are_the_notes_instances() {
        assertThat(CriticalPointsView.Preset.RANK_DEFICIENT.x().format()).isEqualTo("1,0,1,0;0,1,1,0;1,1,2,0");
        assertThat(CriticalPointsView.Preset.ECKART_YOUNG.y().format()).isEqualTo("3,0,0;0,2,0;0,0,1");
    }
}
