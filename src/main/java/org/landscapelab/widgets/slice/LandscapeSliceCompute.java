package org.landscapelab.widgets.slice;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.landscapelab.components.Numerals;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.landscape.Contours;
import org.landscapelab.numerics.landscape.TrajectorySlice;
import org.landscapelab.widgets.Job;
import org.landscapelab.widgets.LinearProblem;
import org.landscapelab.widgets.WidgetResult;

/** The slice's one computation: the run, the plane through its start, its level lines, and how it is said. */
final class LandscapeSliceCompute {

    /** Level lines drawn on the map. */
    static final int LEVELS = 12;

    private LandscapeSliceCompute() {}

    static Result compute(LandscapeSliceWidget.Inputs in, Job job) throws NumericsException {
        LinearProblem p = in.problem();
        TrajectorySlice.Result r = TrajectorySlice.compute(
                p.x(),
                p.y(),
                p.widths(),
                in.rate(),
                in.steps(),
                LandscapeSliceWidget.INIT_SCALE,
                in.seed(),
                in.grid(),
                Instant.now().plus(LandscapeSliceWidget.BUDGET),
                job.cancelled(),
                job.progress());
        double[][] loss = r.slice().loss();
        return new Result(
                r, Contours.of(r.slice().alphas(), r.slice().betas(), loss, Contours.quantileLevels(loss, LEVELS)));
    }

    /**
     * @param slice the slice, the run projected on it, the distance off the plane and L*
     * @param levels the map's level lines
     */
    record Result(TrajectorySlice.Result slice, List<Contours.Level> levels) implements WidgetResult {

        public Result {
            levels = List.copyOf(levels);
        }

        @Override
        public String summary() {
            return "The run leaves the plane by at most " + Numerals.sigOrZero(slice.maxOffPlane(), 6)
                    + "; largest gap between the"
                    + " true loss and the slice's loss along it: " + Numerals.sigOrZero(maxGap(), 6) + "; final loss "
                    + Numerals.sigOrZero(finalLoss(), 6) + " (L* = " + Numerals.sigOrZero(slice.globalValue(), 6) + ")";
        }

        @Override
        public Map<String, Double> values() {
            Map<String, Double> values = new LinkedHashMap<>();
            values.put("L*", slice.globalValue());
            values.put("max-off-plane", slice.maxOffPlane());
            values.put("max-gap", maxGap());
            values.put("final-loss", finalLoss());
            return values;
        }

        /** The largest |true loss − slice loss| along the run. */
        double maxGap() {
            return slice.trajectory().stream()
                    .mapToDouble(p -> Math.abs(p.trueLoss() - p.sliceLoss()))
                    .max()
                    .orElse(0);
        }

        double finalLoss() {
            return slice.trajectory().getLast().trueLoss();
        }
    }
}
