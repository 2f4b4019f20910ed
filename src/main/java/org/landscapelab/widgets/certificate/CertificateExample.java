package org.landscapelab.widgets.certificate;

import com.vaadin.flow.component.Component;
import java.util.List;
import org.landscapelab.numerics.linalg.Matrix;
import org.landscapelab.widgets.Checkpoint;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetResult;
import org.landscapelab.widgets.WidgetSpec;

/**
 * Checkpoint {@code certificate-example}: give a critical point whose Hessian is positive semidefinite and which is
 * nevertheless not a local minimum — graded by the certificate, whose feedback says what the point actually is.
 */
public final class CertificateExample implements Checkpoint {

    /** The largest width, and the largest side of X, Y and of the layer fields. */
    static final int MAX_SIDE = 4;

    static final Option<List<Integer>> WIDTHS =
            Option.integers("widths", "1,1,1,1", 3, 5, 1, MAX_SIDE, "d0,…,dh; at most 4 per layer, depth 2–4");
    static final Option<Matrix> X = Option.matrix("X", "1", MAX_SIDE, "inputs, d0×n");
    static final Option<Matrix> Y = Option.matrix("Y", "1", MAX_SIDE, "targets, dh×n");

    /**
     * @param widths d0, …, dh of the network the student fills in
     * @param x the inputs, d0×n
     * @param y the targets, dh×n
     */
    record Inputs(List<Integer> widths, Matrix x, Matrix y) {
        Inputs {
            widths = List.copyOf(widths);
        }

        /** The number of layers h. */
        int depth() {
            return widths.size() - 1;
        }

        /** d_i. */
        int width(int i) {
            return widths.get(i);
        }

        /** Widths, X and Y that fit together; null, with the reason added to the settings, when they do not. */
        static Inputs of(Settings s, List<Integer> widths, Matrix x, Matrix y) {
            if (x.cols() != y.cols() || x.rows() != widths.getFirst() || y.rows() != widths.getLast()) {
                s.problem("X must be d0×n and Y dh×n with the same n");
                return null;
            }
            return new Inputs(widths, x, y);
        }
    }

    static final WidgetSpec<Inputs, WidgetResult> SPEC = WidgetSpec.withoutResult(
            "certificate-example",
            "The student enters the layers W1…Wh of a network with given widths, X and Y (squared loss); passed when"
                    + " the certificate finds a critical point with no negative Hessian eigenvalue that is not a minimum.",
            List.of(WIDTHS, X, Y),
            CertificateExample::inputs);

    static Inputs inputs(Settings s) {
        return Inputs.of(s, s.get(WIDTHS), s.get(X), s.get(Y));
    }

    @Override
    public WidgetSpec<Inputs, WidgetResult> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context, Hooks hooks) {
        Inputs in = SPEC.lessonInputs(context);
        return new CertificateExampleView(in, hooks);
    }
}
