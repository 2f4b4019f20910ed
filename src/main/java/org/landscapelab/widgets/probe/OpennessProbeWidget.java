package org.landscapelab.widgets.probe;

import com.vaadin.flow.component.Component;
import java.time.Duration;
import java.util.List;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/**
 * {@code openness-probe}: measures δ*(ε) at (W1, W2) for the default ε values (math.md §3.4), fits the log–log slope
 * and compares the measured rate with the one Theorem 2's rank test predicts.
 */
public final class OpennessProbeWidget implements Widget {

    /** The probe's own cap (an optimisation per target). */
    static final int MAX_SIDE = 5;
    /** One fixed seed: the same pair always gives the same measurement, on screen and in {@code {expect}}. */
    static final long SEED = 1;
    /** A 3×2×3 pair takes about a second; the largest (5×4×5) up to half a minute on a loaded machine. */
    static final Duration BUDGET = Duration.ofSeconds(90);

    static final Option<Matrix> W1 = Option.matrix("W1", "1,0;0,0;0,0", MAX_SIDE, "first factor, m×k");
    static final Option<Matrix> W2 =
            Option.matrix("W2", "1,0,0;0,0,0", MAX_SIDE, "second factor, k×n (its rows must match W1's columns)");

    /**
     * @param w1 the first factor, m×k
     * @param w2 the second factor, k×n
     */
    record Inputs(Matrix w1, Matrix w2) {

        /** The pair of these matrices; null, with the reason added to the settings, when they do not multiply. */
        static Inputs of(Settings s, Matrix w1, Matrix w2) {
            if (w1.cols() != w2.rows()) {
                s.problem("W2 must have as many rows as W1 has columns: W1 is " + w1.shape() + ", W2 is " + w2.shape());
                return null;
            }
            return new Inputs(w1, w2);
        }
    }

    static final WidgetSpec<Inputs, OpennessProbeCompute.Result> SPEC = WidgetSpec.of(
            "openness-probe",
            "Measures δ*(ε), the largest reachable target radius for perturbations of size ε, at (W1, W2) for"
                    + " ε = 0.1, 0.05, 0.025; plots it on log–log axes, fits the slope and compares the measured rate with"
                    + " the theorem's.",
            List.of(W1, W2),
            OpennessProbeWidget::inputs,
            OpennessProbeCompute::compute);

    static Inputs inputs(Settings s) {
        return Inputs.of(s, s.get(W1), s.get(W2));
    }

    @Override
    public WidgetSpec<Inputs, OpennessProbeCompute.Result> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context) {
        return new OpennessProbeView(context);
    }
}
