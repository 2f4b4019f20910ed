package org.landscapelab.widgets.slice;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.within;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.landscape.Contours;
import org.landscapelab.numerics.landscape.TrajectorySlice;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;

/**
 * The slice's one computation on the lesson's example, its numbers checked against what the construction of the
 * plane guarantees, and the path {@code {expect}} and links take to it.
 */
class LandscapeSliceComputeTest {

    private final LandscapeSliceWidget widget = new LandscapeSliceWidget();

    /** The lesson's instance: the running example, hidden width 1, 400 steps, seed 3. */
    private static final Map<String, Object> LESSON = Map.of("hidden", "1", "steps", 400, "seed", 3);

    private static LandscapeSliceWidget.Inputs inputs(Map<String, Object> options) {
        Settings s = Settings.of(options);
        return LandscapeSliceWidget.SPEC.inputs(s).orElseThrow(() -> new AssertionError(s.problems()));
    }

    private static LandscapeSliceCompute.Result compute(Map<String, Object> options) throws NumericsException {
        return LandscapeSliceCompute.compute(inputs(options), Job.HEADLESS);
    }

    @Test
    void the_lessons_run_ends_at_l_star_and_the_plane_holds_its_start_and_end() throws NumericsException {
        LandscapeSliceCompute.Result r = compute(LESSON);
        List<TrajectorySlice.Point> t = r.slice().trajectory();
        // X = I, Y = diag(3, 2, 1), d1 = 1: L* = ½(2² + 1²) = 2.5, and 400 steps at η = 0.05 get there
        assertThat(r.values().get("L*")).isCloseTo(2.5, within(1e-12));
        assertThat(r.values().get("final-loss")).isCloseTo(2.5, within(1e-4)).isGreaterThanOrEqualTo(2.5 - 1e-12);
        // the plane passes through W₀ along W_end − W₀: both ends lie on it, so there the slice shows the true loss
        assertThat(t.getFirst().offPlane()).isCloseTo(0, within(1e-12));
        assertThat(t.getLast().offPlane()).isCloseTo(0, within(1e-9));
        assertThat(t.getFirst().sliceLoss()).isCloseTo(t.getFirst().trueLoss(), within(1e-9));
        assertThat(t.getLast().sliceLoss()).isCloseTo(t.getLast().trueLoss(), within(1e-9));
        // the named values are the trajectory's own extremes
        assertThat(r.values().get("max-off-plane"))
                .isEqualTo(t.stream()
                        .mapToDouble(TrajectorySlice.Point::offPlane)
                        .max()
                        .orElseThrow())
                .isPositive();
        assertThat(r.values().get("max-gap"))
                .isEqualTo(t.stream()
                        .mapToDouble(p -> Math.abs(p.trueLoss() - p.sliceLoss()))
                        .max()
                        .orElseThrow());
        assertThat(r.values().get("final-loss")).isEqualTo(t.getLast().trueLoss());
        assertThat(r.values()).containsOnlyKeys("L*", "max-off-plane", "max-gap", "final-loss");
        // one point per step from the start, up to the step cap (the run may stop earlier, converged)
        assertThat(t.getFirst().step()).isZero();
        assertThat(t.getLast().step()).isEqualTo(t.size() - 1).isLessThanOrEqualTo(400);
    }

    @Test
    void the_summary_says_each_value_to_six_digits() throws NumericsException {
        LandscapeSliceCompute.Result r = compute(LESSON);
        String expected = String.format(
                java.util.Locale.ROOT,
                "The run leaves the plane by at most %.6g; largest gap"
                        + " between the true loss and the slice's loss along it: %.6g; final loss %.6g (L* = 2.50000)",
                r.values().get("max-off-plane"),
                r.values().get("max-gap"),
                r.values().get("final-loss"));
        assertThat(r.summary()).isEqualTo(expected);
        assertThat(org.landscapelab.components.Numerals.sigOrZero(1e-13, 6)).isEqualTo("0");
    }

    @Test
    void the_map_has_at_most_twelve_increasing_level_lines_on_the_asked_grid() throws NumericsException {
        LandscapeSliceCompute.Result r = compute(Map.of("grid", 40));
        assertThat(r.slice().slice().alphas()).hasSize(40);
        assertThat(r.slice().slice().betas()).hasSize(40);
        double[] values = r.levels().stream().mapToDouble(Contours.Level::value).toArray();
        assertThat(values.length).isBetween(2, LandscapeSliceCompute.LEVELS);
        for (int k = 1; k < values.length; k++) {
            assertThat(values[k]).isGreaterThan(values[k - 1]);
        }
    }

    @Test
    void the_same_seed_gives_the_same_slice() throws NumericsException {
        assertThat(compute(LESSON).summary()).isEqualTo(compute(LESSON).summary());
        assertThat(compute(Map.of("seed", 4)).summary())
                .isNotEqualTo(compute(LESSON).summary());
    }

    @Test
    void expect_evaluates_the_same_result_the_view_renders() throws NumericsException {
        Evaluation e = widget.evaluate(LESSON).orElseThrow();
        LandscapeSliceCompute.Result r = compute(LESSON);
        assertThat(e.summary()).isEqualTo(r.summary());
        assertThat(e.values()).isEqualTo(r.values());
        // the lesson's claim: summary-contains "(L* = 2.50000)", values {L*: 2.5, final-loss: 2.5}, tolerance 1e-4
        assertThat(e.summary()).contains("(L* = 2.50000)");
        assertThat(e.values().get("final-loss")).isCloseTo(2.5, within(1e-4));
        // the view option changes the picture only
        assertThat(widget.evaluate(Map.of("hidden", "1", "steps", 400, "seed", 3, "view", "3d"))
                        .orElseThrow())
                .isEqualTo(e);
    }

    @Test
    void bad_lesson_options_are_refused_naming_the_option() {
        assertThat(widget.check(LESSON)).isEmpty();
        assertThat(widget.check(Map.of("Y", "1,2")))
                .containsExactly("X and Y need the same number of columns (samples): X is 3×3, Y is 1×2.");
        assertThat(widget.check(Map.of("grid", 200))).containsExactly("grid: must be from 10 to 120; '200' is not.");
        assertThat(widget.check(Map.of("view", "2d"))).containsExactly("view: must be one of map, 3d, not '2d'.");
        // (the lower end is written as Option writes it; see the report about "1.0E-4")
        assertThat(widget.check(Map.of("rate", 0)))
                .singleElement()
                .asString()
                .startsWith("rate: must be from ")
                .endsWith(" to 2; 0 is not.");
        assertThat(widget.check(Map.of("hidden", "0")))
                .containsExactly("hidden: each must be a whole number from 1 to 6; '0' is not.");
    }

    @Test
    void the_reference_rows_keep_their_names_defaults_and_choices() {
        assertThat(widget.name()).isEqualTo("landscape-slice");
        assertThat(widget.options())
                .extracting(o -> o.name() + "=" + o.defaultValue())
                .containsExactly(
                        "X=1,0,0;0,1,0;0,0,1",
                        "Y=3,0,0;0,2,0;0,0,1",
                        "hidden=1",
                        "rate=0.05",
                        "steps=400",
                        "seed=3",
                        "grid=60",
                        "view=map");
        OptionSpec view = widget.options().getLast();
        assertThat(view.choices()).containsExactly("map", "3d");
        assertThat(view.doc()).isEqualTo("map: coloured map with level lines; 3d: rotatable surface (needs WebGL)");
        assertThat(widget.options().get(6).max()).isEqualTo((double) TrajectorySlice.MAX_GRID);
    }

    @Test
    void a_written_link_reloads_the_same_inputs_and_old_links_still_load() {
        LandscapeSliceWidget.Inputs in =
                inputs(Map.of("hidden", "2", "rate", 0.02, "steps", 300, "seed", 9, "grid", 40, "view", "3d"));
        Map<String, String> link = UrlState.of(context(Map.of()))
                .with(LinearProblem.X, in.problem().x())
                .with(LinearProblem.Y, in.problem().y())
                .with(LinearProblem.HIDDEN, in.problem().hidden())
                .with(LandscapeSliceWidget.RATE, in.rate())
                .with(LandscapeSliceWidget.STEPS, in.steps())
                .with(LandscapeSliceWidget.SEED, in.seed())
                .with(LandscapeSliceWidget.GRID, in.grid())
                .with(LandscapeSliceWidget.VIEW, in.display())
                .asMap();
        assertThat(link)
                .containsEntry("view", "3d")
                .containsEntry("rate", "0.02")
                .containsEntry("grid", "40");
        assertThat(LandscapeSliceWidget.SPEC.start(context(link)).inputs()).isEqualTo(in);
        // as the old view wrote them (String.valueOf of the field values)
        Map<String, String> old = Map.of(
                "X",
                "1,0,0;0,1,0;0,0,1",
                "Y",
                "3,0,0;0,2,0;0,0,1",
                "hidden",
                "2",
                "rate",
                "0.02",
                "steps",
                "300",
                "seed",
                "9",
                "grid",
                "40",
                "view",
                "3d");
        assertThat(LandscapeSliceWidget.SPEC.start(context(old)).inputs()).isEqualTo(in);
        assertThat(LandscapeSliceWidget.SPEC
                        .start(context(Map.of("view", "map")))
                        .inputs()
                        .display())
                .isEqualTo(LandscapeSliceWidget.Display.MAP);
    }

    private static WidgetContext context(Map<String, String> link) {
        return new WidgetContext("slice", Map.of(), List.of(), link, "slice.");
    }
}
