package org.landscapelab.numerics.landscape;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import org.junit.jupiter.api.Test;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.linalg.Matrix;

class TrajectorySliceTest {

    private static TrajectorySlice.Result run(int[] widths, int grid) throws NumericsException {
        return TrajectorySlice.compute(
                Matrix.identity(3),
                Matrix.parse("3,0,0;0,2,0;0,0,1"),
                widths,
                0.05,
                400,
                0.3,
                3,
                grid,
                Instant.now().plusSeconds(60),
                () -> false,
                p -> {});
    }

    @Test
    void the_run_starts_at_the_origin_of_the_plane_and_its_end_lies_on_the_first_axis() throws NumericsException {
        TrajectorySlice.Result r = run(new int[] {3, 1, 3}, 20);
        TrajectorySlice.Point start = r.trajectory().getFirst();
        TrajectorySlice.Point end = r.trajectory().getLast();

        assertThat(start.alpha()).isZero();
        assertThat(start.beta()).isZero();
        assertThat(start.offPlane()).isZero();
        // D1 points from the start to the end, so the end projects onto (‖W_end − W0‖, 0) with nothing off the plane.
        assertThat(end.beta()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-10));
        assertThat(end.offPlane()).isCloseTo(0, org.assertj.core.data.Offset.offset(1e-10));
        assertThat(end.trueLoss()).isCloseTo(end.sliceLoss(), org.assertj.core.data.Offset.offset(1e-9));
        assertThat(r.globalValue()).isCloseTo(2.5, org.assertj.core.data.Offset.offset(1e-12));
    }

    @Test
    void in_between_the_run_leaves_the_plane_and_the_slice_shows_a_different_loss() throws NumericsException {
        TrajectorySlice.Result r = run(new int[] {3, 2, 3}, 20);

        assertThat(r.maxOffPlane()).isPositive();
        assertThat(r.trajectory())
                .anySatisfy(
                        p -> assertThat(Math.abs(p.trueLoss() - p.sliceLoss())).isGreaterThan(1e-6));
        assertThat(r.trajectory()).allSatisfy(p -> assertThat(p.offPlane()).isLessThanOrEqualTo(r.maxOffPlane()));
    }

    @Test
    void the_slice_grid_is_the_loss_at_the_plane_points() throws NumericsException {
        TrajectorySlice.Result r = run(new int[] {3, 1, 3}, 11);
        assertThat(r.slice().loss()).hasDimensions(11, 11);
        assertThat(r.slice().max()).isGreaterThanOrEqualTo(r.slice().min());
    }

    @Test
    void oversized_grids_are_refused() {
        assertThatThrownBy(() -> run(new int[] {3, 1, 3}, TrajectorySlice.MAX_GRID + 1))
                .isInstanceOf(NumericsException.class)
                .hasMessage("The grid needs between 2 and 120 points per side.");
    }
}
