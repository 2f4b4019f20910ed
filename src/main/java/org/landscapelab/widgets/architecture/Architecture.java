package org.landscapelab.widgets.architecture;

import com.vaadin.flow.component.Component;
import java.util.List;
import java.util.Locale;
import org.landscapelab.numerics.NumericsException;
import org.landscapelab.numerics.Tolerances;
import org.landscapelab.numerics.networks.Hypotheses;
import org.landscapelab.widgets.Option;
import org.landscapelab.widgets.Settings;
import org.landscapelab.widgets.Widget;
import org.landscapelab.widgets.WidgetContext;
import org.landscapelab.widgets.WidgetSpec;

/** {@code architecture}: which results apply to these widths and this kind of loss, each hypothesis with its reason. */
public final class Architecture implements Widget {

    /** d0, …, dh: two layers at least, {@link Tolerances#MAX_DEPTH} at most, each width as the numerics allow. */
    static final Option<List<Integer>> WIDTHS = Option.integers(
            "widths", "2,1,1,2", 3, Tolerances.MAX_DEPTH + 1, 1, Tolerances.MAX_SIDE, "d0,…,dh separated by commas");

    static final Option<Hypotheses.LossKind> LOSS =
            Option.choice("loss", Hypotheses.LossKind.SQUARED, Architecture::key, "squared, or any convex loss");

    /**
     * @param widths d0, …, dh
     * @param loss the kind of loss
     */
    record Inputs(List<Integer> widths, Hypotheses.LossKind loss) {
        Inputs {
            widths = List.copyOf(widths);
        }
    }

    static final WidgetSpec<Inputs, ArchitectureCompute.Result> SPEC = WidgetSpec.of(
            "architecture",
            "Widths d0,…,dh and a kind of loss: Laurent–von Brecht, Zhang's reduction, Corollary 1 and NR's"
                    + " condition, each hypothesis true or false with the reason, and what it licenses.",
            List.of(WIDTHS, LOSS),
            Architecture::inputs,
            ArchitectureCompute::compute);

    static Inputs inputs(Settings s) {
        return new Inputs(s.get(WIDTHS), s.get(LOSS));
    }

    @Override
    public WidgetSpec<Inputs, ArchitectureCompute.Result> spec() {
        return SPEC;
    }

    @Override
    public Component create(WidgetContext context) {
        return new ArchitectureView(context);
    }

    /** How lesson files and links name each kind of loss: {@code squared}, {@code convex}. */
    static String key(Hypotheses.LossKind kind) {
        return kind.name().toLowerCase(Locale.ROOT);
    }

    /**
     * The widths as the student types them in the field, in the words the field has always used; the range of each
     * width and the depth are the computation's to check.
     */
    static List<Integer> widths(String text) throws NumericsException {
        String[] parts = text.strip().split("\\s*[,\\s]\\s*");
        Integer[] out = new Integer[parts.length];
        for (int i = 0; i < parts.length; i++) {
            try {
                out[i] = Integer.parseInt(parts[i]);
            } catch (NumberFormatException e) {
                throw new NumericsException(
                        "Widths are whole numbers separated by commas, e.g. 2,1,1,2; '" + parts[i] + "' is not one.");
            }
        }
        if (out.length < 3) {
            throw new NumericsException("Give at least three widths d0, d1, d2 (two layers).");
        }
        return List.of(out);
    }
}
