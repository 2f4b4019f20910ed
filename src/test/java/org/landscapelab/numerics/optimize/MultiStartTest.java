package org.landscapelab.numerics.optimize;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

class MultiStartTest {

    private static final Instant LATER = Instant.now().plusSeconds(60);

    private static MultiStart.Result run(double rate, int steps, int starts) throws NumericsException {
        return MultiStart.run(
                Matrix.identity(3),
                Matrix.parse("3,0,0;0,2,0;0,0,1"),
                new int[] {3, 1, 3},
                rate,
                steps,
                starts,
                0.3,
                7,
                LATER,
                () -> false,
                p -> {});
    }

    @Test
    void every_start_of_the_eckart_young_instance_reaches_l_star_of_two_and_a_half() throws NumericsException {
        List<Double> progress = new ArrayList<>();
        MultiStart.Result r = MultiStart.run(
                Matrix.identity(3),
                Matrix.parse("3,0,0;0,2,0;0,0,1"),
                new int[] {3, 1, 3},
                0.05,
                3000,
                10,
                0.3,
                7,
                LATER,
                () -> false,
                progress::add);

        assertThat(r.globalValue()).isEqualTo(2.5, org.assertj.core.data.Offset.offset(1e-12));
        assertThat(r.count(MultiStart.Verdict.REACHED_GLOBAL)).isEqualTo(10);
        assertThat(r.runs()).allSatisfy(run -> {
            assertThat(run.finalLoss() - 2.5).isLessThanOrEqualTo(2.5e-6);
            assertThat(run.steps().length).isLessThanOrEqualTo(MultiStart.CURVE_POINTS + 1);
        });
        assertThat(progress).hasSize(10).last().isEqualTo(1.0);
    }

    @Test
    void runs_are_labelled_by_how_they_ended_never_as_minima_when_they_did_not_reach_l_star() throws NumericsException {
        assertThat(run(1.5, 200, 3).count(MultiStart.Verdict.DIVERGED)).isEqualTo(3);
        assertThat(run(0.001, 10, 2).count(MultiStart.Verdict.NOT_CONVERGED)).isEqualTo(2);
    }

    @Test
    void the_same_seed_gives_the_same_runs() throws NumericsException {
        assertThat(run(0.05, 500, 3).runs().getFirst().losses())
                .containsExactly(run(0.05, 500, 3).runs().getFirst().losses());
    }

    @Test
    void oversized_requests_are_refused() {
        assertThatThrownBy(() -> run(0.05, MultiStart.MAX_STEPS + 1, 1))
                .isInstanceOf(NumericsException.class)
                .hasMessage("Choose between 1 and 20000 steps.");
        assertThatThrownBy(() -> run(0.05, 10, MultiStart.MAX_STARTS + 1))
                .isInstanceOf(NumericsException.class)
                .hasMessage("Choose between 1 and 50 starts.");
    }

    @Test
    void cancelling_stops_after_the_current_run() throws NumericsException {
        MultiStart.Result r = MultiStart.run(
                Matrix.identity(3),
                Matrix.parse("3,0,0;0,2,0;0,0,1"),
                new int[] {3, 1, 3},
                0.05,
                3000,
                10,
                0.3,
                7,
                LATER,
                () -> true,
                p -> {});
        assertThat(r.runs())
                .singleElement()
                .extracting(MultiStart.RunSummary::verdict)
                .isEqualTo(MultiStart.Verdict.STOPPED);
    }

    @Test
    void momentum_reaches_the_same_optimum_in_fewer_steps_on_an_ill_conditioned_problem() throws NumericsException {
        // Y = diag(3, 0.3, 0.1) with hidden width 2: the second singular direction is slow for plain descent.
        Matrix y = Matrix.parse("3,0,0;0,0.3,0;0,0,0.1");
        MultiStart.Result plain = MultiStart.run(
                Matrix.identity(3), y, new int[] {3, 2, 3}, 0.02, 0, 20_000, 6, 0.3, 5, LATER, () -> false, p -> {});
        MultiStart.Result heavy = MultiStart.run(
                Matrix.identity(3), y, new int[] {3, 2, 3}, 0.02, 0.9, 20_000, 6, 0.3, 5, LATER, () -> false, p -> {});

        assertThat(heavy.count(MultiStart.Verdict.REACHED_GLOBAL)).isEqualTo(6);
        assertThat(heavy.globalValue()).isEqualTo(plain.globalValue());
        double plainSteps = plain.runs().stream()
                .mapToDouble(r -> r.steps()[r.steps().length - 1])
                .average()
                .orElseThrow();
        double heavySteps = heavy.runs().stream()
                .mapToDouble(r -> r.steps()[r.steps().length - 1])
                .average()
                .orElseThrow();
        assertThat(heavySteps).isLessThan(plainSteps / 2);
    }

    @Test
    void a_momentum_outside_zero_to_one_is_refused() {
        assertThatThrownBy(() -> MultiStart.run(
                        Matrix.identity(3),
                        Matrix.identity(3),
                        new int[] {3, 1, 3},
                        0.05,
                        1.0,
                        10,
                        1,
                        0.3,
                        1,
                        LATER,
                        () -> false,
                        p -> {}))
                .isInstanceOf(NumericsException.class)
                .hasMessage("The momentum must lie in [0, 1).");
    }
}
