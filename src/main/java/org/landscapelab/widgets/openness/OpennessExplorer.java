package org.landscapelab.widgets.openness;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** {@code openness-explorer}: is multiplication locally open at (W1, W2)? Every condition, computed live. */
public final class OpennessExplorer implements Widget {

    static final int MAX_SIDE = 6;

    static final Option<Matrix> W1 = Option.matrix("W1", "1,0;0,1;0,0", MAX_SIDE, "first factor, m×k");
    static final Option<Matrix> W2 =
            Option.matrix("W2", "1,0,0;0,0,0", MAX_SIDE, "second factor, k×n (its rows must match W1's columns)");
    static final Option<Boolean> EXAMPLES = Option.bool("examples", true, "show the instance and random-example menus");

    /**
     * @param pair the factors, multipliable
     * @param examples whether the example menus are shown
     */
    record Inputs(Pair pair, boolean examples) {}

    /** A pair (W1, W2) with W1's columns matching W2's rows. */
    record Pair(Matrix w1, Matrix w2) {

        /** The pair of these matrices; null, with the reason added to the settings, when they do not multiply. */
        static Pair of(Settings s, Matrix w1, Matrix w2) {
            if (w1.cols() != w2.rows()) {
                s.problem("W2 must have as many rows as W1 has columns: W1 is " + w1.shape() + ", W2 is " + w2.shape());
                return null;
            }
            return new Pair(w1, w2);
        }
    }

    static final WidgetSpec<Inputs, OpennessExplorerCompute.Result> SPEC = WidgetSpec.of(
            "openness-explorer",
            "Edit W1 and W2 and see ranks, N(W1) ∩ C(W2), conditions (i)–(iv) with witnesses and the verdict"
                    + " of Theorem 2.",
            List.of(W1, W2, EXAMPLES),
            OpennessExplorer::inputs,
            OpennessExplorerCompute::compute);

    static Inputs inputs(Settings s) {
        Pair pair = Pair.of(s, s.get(W1), s.get(W2));
        return pair == null ? null : new Inputs(pair, s.get(EXAMPLES));
    }

    @Override
    public WidgetSpec<Inputs, OpennessExplorerCompute.Result> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context) {
        return new OpennessExplorerView(context);
    }
}
