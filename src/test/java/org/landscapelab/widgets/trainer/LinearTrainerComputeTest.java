package org.landscapelab.widgets.trainer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.landscapelab.lessons.Evaluation;
import org.landscapelab.lessons.OptionSpec;
import org.landscapelab.lessons.OptionType;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.numerics.optimize.MultiStart;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.UrlState;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/**
 * The trainer's one computation on the course's running example (X = I, Y = diag(3, 2, 1)), checked against the
 * Eckart–Young values worked by hand, and the path {@code {expect}} and links take to it.
 */
class LinearTrainerComputeTest {

    private final LinearTrainer widget = new LinearTrainer();

    private static LinearTrainer.Inputs inputs(Map<String, Object> options) {
        Settings s = Settings.of(options);
        return LinearTrainer.SPEC.inputs(s).orElseThrow(() -> new AssertionError(s.problems()));
    }

    private static LinearTrainerCompute.Result compute(Map<String, Object> options) throws NumericsException {
        return LinearTrainerCompute.compute(inputs(options), Job.HEADLESS);
    }

    @Test
    void every_run_of_the_running_example_reaches_the_eckart_young_optimum() throws NumericsException {
        LinearTrainerCompute.Result r = compute(Map.of());
        // X = I, r = d1 = 1: keep σ1 = 3, so L* = ½(2² + 1²) = 2.5
        assertThat(r.runs().globalValue()).isCloseTo(2.5, within(1e-12));
        assertThat(r.values()).containsOnlyKeys("L*");
        assertThat(r.values().get("L*")).isCloseTo(2.5, within(1e-12));
        assertThat(r.runs().runs()).hasSize(12).allSatisfy(run -> {
            assertThat(run.verdict()).isEqualTo(MultiStart.Verdict.REACHED_GLOBAL);
            assertThat(run.finalLoss()).isBetween(2.5 - 1e-9, 2.5 + 2.5e-6);
        });
        // what TrainerIT reads from the page
        assertThat(r.summary()).startsWith("L* = 2.50000; 12 of 12 runs reached L*; largest gap to L*: ");
        double gap = Double.parseDouble(r.summary().replaceAll("^.*largest gap to L\\*: ", ""));
        assertThat(gap).isBetween(-1e-9, 2.5e-6);
    }

    @Test
    void hidden_width_two_keeps_two_singular_values() throws NumericsException {
        // r = 2: keep σ1 = 3 and σ2 = 2, so L* = ½·1² = 0.5
        LinearTrainerCompute.Result r = compute(Map.of("hidden", "2", "starts", 2, "steps", 3000));
        assertThat(r.values().get("L*")).isCloseTo(0.5, within(1e-12));
        assertThat(r.summary()).startsWith("L* = 0.500000; 2 of 2 runs reached L*");
        // a deeper network is as wide as its narrowest layer: 3-2-1-3 keeps only σ1
        assertThat(compute(Map.of("hidden", "2,1", "starts", 1, "steps", 10))
                        .values()
                        .get("L*"))
                .isCloseTo(2.5, within(1e-12));
    }

    @Test
    void l_star_of_diagonal_targets_is_half_the_squares_that_do_not_fit() {
        // X = I3, Y = diag(a, b, c): the optimum with bottleneck r drops all but the r largest |entries|.
        qt().withExamples(40)
                .forAll(
                        integers().between(-9, 9),
                        integers().between(-9, 9),
                        integers().between(-9, 9),
                        integers().between(1, 3))
                .checkAssert((a, b, c, r) -> {
                    double[] sq = {a * a, b * b, c * c};
                    Arrays.sort(sq);
                    double expected = 0;
                    for (int i = 0; i < 3 - r; i++) {
                        expected += sq[i] / 2;
                    }
                    String y = a + ",0,0;0," + b + ",0;0,0," + c;
                    try {
                        LinearTrainerCompute.Result result =
                                compute(Map.of("Y", y, "hidden", String.valueOf(r), "starts", 1, "steps", 10));
                        assertThat(result.values().get("L*")).isCloseTo(expected, within(1e-9 * (1 + expected)));
                        assertThat(result.summary())
                                .startsWith("L* = " + org.landscapelab.components.Numerals.sig(expected, 6) + "; ");
                    } catch (NumericsException e) {
                        throw new AssertionError(e);
                    }
                });
    }

    @Test
    void a_rate_too_large_diverges_and_is_never_called_a_minimum() throws NumericsException {
        // The largest rate the option allows already blows up on this example (stable only below about 1/3).
        LinearTrainerCompute.Result r = compute(Map.of("rate", 1, "starts", 3, "steps", 200));
        assertThat(r.runs().count(MultiStart.Verdict.DIVERGED)).isEqualTo(3);
        assertThat(r.summary())
                .contains("0 of 3 runs reached L*")
                .contains("3 diverged")
                .doesNotContain("minimum");
    }

    @Test
    void a_step_cap_too_small_is_not_converged() throws NumericsException {
        assertThat(compute(Map.of("rate", 0.001, "starts", 2, "steps", 10)).summary())
                .contains("0 of 2 runs reached L*; 2 not converged");
    }

    @Test
    void cancelling_stops_the_runs_and_says_so() throws NumericsException {
        LinearTrainerCompute.Result r =
                LinearTrainerCompute.compute(inputs(Map.of("starts", 3)), new Job(() -> true, p -> {}));
        assertThat(r.runs().runs()).hasSize(1);
        assertThat(r.summary()).contains("0 of 1 runs reached L*; 1 stopped");
    }

    @Test
    void expect_evaluates_the_same_result_the_view_renders() throws NumericsException {
        Map<String, Object> lesson = Map.of(
                "X",
                List.of(List.of(1, 0, 0), List.of(0, 1, 0), List.of(0, 0, 1)),
                "Y",
                List.of(List.of(3, 0, 0), List.of(0, 2, 0), List.of(0, 0, 1)),
                "hidden",
                "1",
                "rate",
                0.05,
                "steps",
                3000,
                "starts",
                12);
        Evaluation e = widget.evaluate(lesson).orElseThrow();
        LinearTrainerCompute.Result r = compute(lesson);
        assertThat(e.summary()).isEqualTo(r.summary());
        assertThat(e.values()).isEqualTo(r.values());
        // the lesson's claims: summary-contains "L* = 2.50000", values {L*: 2.5}
        assertThat(e.summary()).contains("L* = 2.50000");
        assertThat(e.values()).containsOnlyKeys("L*");
        assertThat(e.values().get("L*")).isCloseTo(2.5, within(1e-12));
    }

    @Test
    void bad_lesson_options_are_refused_naming_the_option() {
        assertThat(widget.check(Map.of())).isEmpty();
        assertThat(widget.check(Map.of("X", "1,0;0,1")))
                .containsExactly("X and Y need the same number of columns (samples): X is 2×2, Y is 3×3.");
        assertThat(widget.check(Map.of("hidden", "2,x")))
                .containsExactly("hidden: each must be a whole number from 1 to 6; 'x' is not.");
        assertThat(widget.check(Map.of("hidden", "1,1,1,1,1")))
                .containsExactly("hidden: give 1 to 4 whole numbers separated by commas; '1,1,1,1,1' has 5.");
        assertThat(widget.check(Map.of("rate", 2.5)))
                .singleElement()
                .asString()
                .startsWith("rate: must be from ")
                .endsWith(" to 2; 2.5 is not.");
        assertThat(widget.check(Map.of("steps", 5))).containsExactly("steps: must be from 10 to 20000; '5' is not.");
        assertThat(widget.check(Map.of("Y", "1,2,3,4,5,6,7")))
                .containsExactly("Y: it is 1×7; at most 6 rows and 6 columns here.");
        assertThatThrownBy(() -> widget.evaluate(Map.of("X", "1,0;0,1")))
                .isInstanceOf(IllegalArgumentException.class)
                .hasMessageContaining("same number of columns");
    }

    @Test
    void the_reference_rows_keep_their_names_defaults_and_ranges() {
        assertThat(widget.name()).isEqualTo("linear-trainer");
        assertThat(widget.options())
                .extracting(o -> o.name() + "=" + o.defaultValue() + " [" + o.min() + ", " + o.max() + "]")
                .containsExactly(
                        "X=1,0,0;0,1,0;0,0,1 [1.0, 6.0]",
                        "Y=3,0,0;0,2,0;0,0,1 [1.0, 6.0]",
                        "hidden=1 [1.0, 6.0]",
                        "rate=0.05 [1.0E-4, 2.0]",
                        "momentum=0 [0.0, 0.99]",
                        "steps=3000 [10.0, 20000.0]",
                        "starts=12 [1.0, 50.0]",
                        "scale=0.3 [0.001, 3.0]",
                        "seed=1 [0.0, 1.0E9]");
        assertThat(widget.options())
                .extracting(OptionSpec::type)
                .containsExactly(
                        OptionType.MATRIX,
                        OptionType.MATRIX,
                        OptionType.INTEGERS,
                        OptionType.NUMBER,
                        OptionType.NUMBER,
                        OptionType.INTEGER,
                        OptionType.INTEGER,
                        OptionType.NUMBER,
                        OptionType.INTEGER);
        assertThat(widget.options().get(8).doc()).isEqualTo("seed of the random starts");
    }

    @Test
    void a_written_link_reloads_the_same_inputs_and_old_links_still_load() {
        LinearTrainer.Inputs in = inputs(Map.of(
                "X",
                "1,0,1;0,1,1;1,1,2",
                "hidden",
                "2,2",
                "rate",
                0.001,
                "momentum",
                0.9,
                "steps",
                50,
                "starts",
                2,
                "scale",
                0.25,
                "seed",
                7));
        Map<String, String> link = UrlState.of(context(Map.of()))
                .with(LinearProblem.X, in.problem().x())
                .with(LinearProblem.Y, in.problem().y())
                .with(LinearProblem.HIDDEN, in.problem().hidden())
                .with(LinearTrainer.RATE, in.rate())
                .with(LinearTrainer.MOMENTUM, in.momentum())
                .with(LinearTrainer.STEPS, in.steps())
                .with(LinearTrainer.STARTS, in.starts())
                .with(LinearTrainer.SCALE, in.scale())
                .with(LinearTrainer.SEED, in.seed())
                .asMap();
        assertThat(link)
                .containsEntry("rate", "0.001")
                .containsEntry("hidden", "2,2")
                .containsEntry("momentum", "0.9")
                .containsEntry("X", "1,0,1;0,1,1;1,1,2");
        WidgetSpec.Start<LinearTrainer.Inputs> start = LinearTrainer.SPEC.start(context(link));
        assertThat(start.notice()).isEmpty();
        assertThat(start.inputs()).isEqualTo(in);

        // as the old view wrote them: String.valueOf of doubles, the hidden field's text as typed
        Map<String, String> old = Map.of(
                "X",
                "1,0,1;0,1,1;1,1,2",
                "Y",
                "3,0,0;0,2,0;0,0,1",
                "hidden",
                "2, 2",
                "rate",
                "0.001",
                "momentum",
                "0.9",
                "steps",
                "50",
                "starts",
                "2",
                "scale",
                "0.25",
                "seed",
                "7");
        assertThat(LinearTrainer.SPEC.start(context(old)).inputs()).isEqualTo(in);
        assertThat(LinearTrainer.SPEC
                        .start(context(Map.of("momentum", "0.0")))
                        .inputs()
                        .momentum())
                .isZero();
    }

    @Test
    void a_bad_link_falls_back_to_the_lesson_with_a_notice_and_locked_options_ignore_the_link() {
        Map<String, Object> lesson = Map.of("hidden", "2");
        WidgetSpec.Start<LinearTrainer.Inputs> start = LinearTrainer.SPEC.start(
                new WidgetContext("trainer", lesson, List.of(), Map.of("rate", "2.5", "starts", "3"), "trainer."));
        assertThat(start.inputs()).isEqualTo(inputs(lesson));
        assertThat(start.notice())
                .hasValueSatisfying(n -> assertThat(n)
                        .startsWith("The link held settings that do" + " not work (rate in the link: must be from ")
                        .contains(" to 2; 2.5 is not.)"));

        LinearTrainer.Inputs locked = LinearTrainer.SPEC
                .start(new WidgetContext(
                        "trainer", lesson, List.of("hidden"), Map.of("hidden", "1", "starts", "3"), "trainer."))
                .inputs();
        assertThat(locked.problem().hidden()).containsExactly(2);
        assertThat(locked.starts()).isEqualTo(3);
    }

    @Test
    void inputs_carry_the_widths_of_the_data_and_the_hidden_layers() {
        LinearTrainer.Inputs in = inputs(Map.of("X", "1,0;0,1;1,1", "Y", "1,2", "hidden", "3,2"));
        assertThat(in.problem().widths()).containsExactly(3, 3, 2, 1);
        assertThat(in.problem().x()).isEqualTo(matrix("1,0;0,1;1,1"));
    }

    private static WidgetContext context(Map<String, String> link) {
        return new WidgetContext("trainer", Map.of(), List.of(), link, "trainer.");
    }

    private static Matrix matrix(String text) {
        try {
            return Matrix.parse(text);
        } catch (NumericsException e) {
            throw new AssertionError(e);
        }
    }

    @Test
    void rounding_noise_in_the_gap_is_written_0_but_true_small_gaps_are_kept() {
        assertThat(LinearTrainerCompute.gap(2.5 - 4.44e-16, 2.5)).isEqualTo("0");
        assertThat(LinearTrainerCompute.gap(2.5 + 1e-7, 2.5)).isEqualTo("1.00000e-07");
        // data at the scale of 1e-8: L* = 2.5e-16 and a gap of 1e-17 is a real tenth of it
        assertThat(LinearTrainerCompute.gap(2.6e-16, 2.5e-16)).startsWith("1.0000");
        assertThat(LinearTrainerCompute.gap(1e-20, 0)).isEqualTo("1.00000e-20");
    }
}
